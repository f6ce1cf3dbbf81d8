package org.skycrane.report;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.skycrane.SafeFiles;

/**
 * Writes a chart as PNG (ImageIO) or SVG (VectorGraphics2D), chosen by the file name, through
 * {@link SafeFiles#newOutputStream} (wrap in {@link SafeFiles#replace} to replace a file whole).
 */
final class PlotFiles {

    /** VectorGraphics2D names clip paths after identity hash codes; renumbered so SVGs are reproducible. */
    private static final Pattern CLIP_ID = Pattern.compile("clip\\d+");

    private PlotFiles() {
    }

    static void write(PlotChart chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (name.endsWith(".png")) {
            try (OutputStream out = SafeFiles.newOutputStream(file);
                 ImageOutputStream image = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(chart.render(), "png", image)) {
                    throw new IOException("no PNG writer in this JVM");
                }
            }
        } else if (name.endsWith(".svg")) {
            VectorGraphics2D graphics = new VectorGraphics2D();
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
            Document document = new SVGProcessor().getDocument(graphics.getCommands(),
                    new PageSize(0, 0, chart.getWidth(), chart.getHeight()));
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            document.writeTo(svg);
            try (OutputStream out = SafeFiles.newOutputStream(file)) {
                out.write(renumberClipIds(svg.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
        } else {
            throw new IllegalArgumentException("plot file name must end in .png or .svg: " + file);
        }
    }

    static String renumberClipIds(String svg) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Matcher matcher = CLIP_ID.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (matcher.find()) {
            String id = renamed.computeIfAbsent(matcher.group(), k -> "clip" + (renamed.size() + 1));
            matcher.appendReplacement(out, id);
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
