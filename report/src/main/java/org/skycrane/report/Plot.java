package org.skycrane.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What every plot shares: an image size, writing to PNG or SVG by the file name's extension, and
 * rendering to an image. Subclasses build the chart.
 *
 * @param <T> the plot type, so {@link #size} chains
 */
public abstract class Plot<T extends Plot<T>> {

    int width;
    int height;

    Plot(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Image size (px). */
    @SuppressWarnings("unchecked")
    public T size(int width, int height) {
        this.width = width;
        this.height = height;
        return (T) this;
    }

    /** Writes the plot as PNG or SVG, by the file name's extension; creates missing directories. */
    public void write(Path file) throws IOException {
        PlotFiles.write(chart(), file);
    }

    /** The plot as an image of {@link #size} pixels. */
    public BufferedImage render() {
        return chart().render();
    }

    /** The chart to draw. */
    abstract PlotChart chart();
}
