package org.skycrane.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.skycrane.SafeFiles;
import org.skycrane.report.LinePlot;
import org.skycrane.verification.CaseComparison;
import org.skycrane.verification.CheckCase;
import org.skycrane.verification.Quantity;
import org.skycrane.verification.QuantityComparison;
import org.skycrane.verification.ToolHistory;

/**
 * The plot of one check case (PNG): geodetic altitude and down velocity of each NASA tool of the
 * family and of Skycrane, drawn as their difference from the family's median against time, because
 * the curves themselves coincide to the width of a line (they differ by millimetres over 2.6 km of
 * fall). Altitude in millimetres on the left plot, down velocity in mm/s on the right.
 */
final class NescPlots {

    private NescPlots() {
    }

    /** Name of the plot of {@code checkCase}. */
    static String file(CheckCase checkCase) {
        return String.format(Locale.ROOT, "nesc-case-%d.png", checkCase.number());
    }

    /** Writes the plot of {@code comparison} into {@code dir} as part of {@code batch}. */
    static Path write(CaseComparison comparison, Path dir, SafeFiles.Batch batch) throws IOException {
        Path file = dir.resolve(file(comparison.checkCase()));
        List<LinePlot> panels = new ArrayList<>();
        for (Quantity quantity : List.of(Quantity.ALTITUDE, Quantity.VELOCITY_DOWN)) {
            comparison.of(quantity).ifPresent(q -> panels.add(panel(comparison.checkCase(), q)));
        }
        batch.write(file, tmp -> ImageIO.write(sideBySide(panels), "png", tmp.toFile()));
        return file;
    }

    /** The panels rendered next to each other, left to right, in one image. */
    private static BufferedImage sideBySide(List<LinePlot> panels) {
        List<BufferedImage> images = panels.stream().map(LinePlot::render).toList();
        int width = images.stream().mapToInt(BufferedImage::getWidth).sum();
        int height = images.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        BufferedImage out = new BufferedImage(Math.max(width, 1), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), height);
        int x = 0;
        for (BufferedImage image : images) {
            g.drawImage(image, x, 0, null);
            x += image.getWidth();
        }
        g.dispose();
        return out;
    }

    private static LinePlot panel(CheckCase checkCase, QuantityComparison q) {
        String unit = q.quantity() == Quantity.ALTITUDE ? "mm" : "mm/s";
        LinePlot plot = new LinePlot(String.format(Locale.ROOT, "NESC case %d: %s", checkCase.number(),
                q.quantity().label()), "time since release (s)",
                q.quantity().label() + " less the NASA family's median (" + unit + ")");
        double[] t = new double[q.size()];
        double[] sky = new double[q.size()];
        for (int i = 0; i < q.size(); i++) {
            t[i] = q.time(i);
            sky[i] = 1000 * (q.skycrane(i) - q.median(i));
        }
        for (String tool : q.family()) {
            ToolHistory h = checkCase.history(tool);
            double[] d = new double[q.size()];
            for (int i = 0; i < q.size(); i++) {
                d[i] = 1000 * (h.value(q.quantity().column(), h.indexOf(q.time(i))) - q.median(i));
            }
            plot.series("NASA " + tool, t, d);
        }
        plot.series("Skycrane", t, sky);
        return plot;
    }
}
