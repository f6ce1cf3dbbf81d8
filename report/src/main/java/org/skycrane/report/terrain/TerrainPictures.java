package org.skycrane.report.terrain;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.skycrane.terrain.AsciiGrid;
import org.skycrane.terrain.HazardGrid;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.Terrain;

/**
 * PNG pictures of a square region of a terrain, north up, one pixel per {@code pixel} metres:
 * shaded relief (Lambertian, sun from the north-west 30° above the horizon, the cartographic
 * convention), normal albedo (grey, stretched about the region's mean) and the hazard map (shaded relief dimmed, unsafe
 * slope cells red, cells with a rock above the clearance magenta, safe cells tinted green), plus the
 * heights as an Esri ASCII grid a GIS can load.
 */
public final class TerrainPictures {

    private static final double SUN_AZIMUTH = Math.toRadians(315);
    private static final double SUN_ELEVATION = Math.toRadians(30);

    private final Terrain terrain;
    private final double centreEast;
    private final double centreNorth;
    private final double pixel;
    private final int size;

    /**
     * @param terrain     the terrain
     * @param centreEast  map east of the picture centre (m)
     * @param centreNorth map north of the picture centre (m)
     * @param pixel       metres per pixel
     * @param size        pixels on a side
     */
    public TerrainPictures(Terrain terrain, double centreEast, double centreNorth, double pixel, int size) {
        this.terrain = Objects.requireNonNull(terrain, "terrain");
        if (!(pixel > 0) || size < 2) {
            throw new IllegalArgumentException("pixel must be > 0 m and size >= 2 px");
        }
        this.centreEast = centreEast;
        this.centreNorth = centreNorth;
        this.pixel = pixel;
        this.size = size;
    }

    private double east(int column) {
        return centreEast + (column + 0.5 - size / 2.0) * pixel;
    }

    private double north(int row) {
        return centreNorth + (size / 2.0 - row - 0.5) * pixel;
    }

    /** Lambertian shade (0 to 1) of the surface at a map point. */
    private double shade(double e, double n) {
        double d = pixel / 2;
        double he = (terrain.height(e + d, n) - terrain.height(e - d, n)) / (2 * d);
        double hn = (terrain.height(e, n + d) - terrain.height(e, n - d)) / (2 * d);
        double sx = Math.cos(SUN_ELEVATION) * Math.sin(SUN_AZIMUTH);
        double sy = Math.cos(SUN_ELEVATION) * Math.cos(SUN_AZIMUTH);
        double sz = Math.sin(SUN_ELEVATION);
        double dot = (-he * sx - hn * sy + sz) / Math.sqrt(he * he + hn * hn + 1);
        return Math.max(0, dot);
    }

    private static int rgb(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v * 255)));
    }

    /** Shaded relief in a Mars-like ochre. */
    public BufferedImage shadedRelief() {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double s = 0.15 + 0.85 * shade(east(col), north(row)) / Math.sin(SUN_ELEVATION) * 0.8;
                image.setRGB(col, row, rgb(s, 0.78 * s, 0.6 * s));
            }
        }
        return image;
    }

    /** Normal albedo as grey levels, stretched so that 0.5 and 1.5 times the region's mean are black and white. */
    public BufferedImage albedo() {
        double[] values = new double[size * size];
        double sum = 0;
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                values[row * size + col] = terrain.albedo(east(col), north(row));
                sum += values[row * size + col];
            }
        }
        double mean = sum / values.length;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double a = (values[row * size + col] - 0.5 * mean) / mean;
                image.setRGB(col, row, rgb(a, a, a));
            }
        }
        return image;
    }

    /** The hazard map over the region, on the map's cells, drawn over dimmed shaded relief. */
    public BufferedImage hazards(HazardMap map) {
        double cell = map.spec().cellSize();
        double half = size * pixel / 2;
        int cells = (int) Math.ceil(2 * half / cell);
        return hazards(map.grid(centreEast - half, centreNorth - half, cells, cells));
    }

    /**
     * The hazard map's quick look ({@link HazardMap#preview}: the hazard of touching down at each
     * pixel's centre) for regions of many kilometres, where the map product's cells would cost minutes.
     */
    public BufferedImage hazardPreview(HazardMap map) {
        double half = size * pixel / 2;
        return hazards(map.preview(centreEast - half, centreNorth - half, pixel, size, size));
    }

    private BufferedImage hazards(HazardGrid grid) {
        double cell = grid.cellSize();
        int cells = grid.columns();
        double e0 = grid.east0();
        double n0 = grid.north0();
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double e = east(col);
                double n = north(row);
                int c = Math.min(cells - 1, (int) ((e - e0) / cell));
                int r = Math.min(cells - 1, (int) ((n - n0) / cell));
                double s = 0.25 + 0.45 * shade(e, n);
                if (!grid.rockSafe(c, r)) {
                    image.setRGB(col, row, rgb(0.55 + 0.45 * s, 0.1, 0.75));
                } else if (!grid.slopeSafe(c, r)) {
                    image.setRGB(col, row, rgb(0.6 + 0.4 * s, 0.12, 0.08));
                } else {
                    image.setRGB(col, row, rgb(0.8 * s, 0.25 + s, 0.7 * s));
                }
            }
        }
        return image;
    }

    /**
     * Writes {@code terrain-relief.png}, {@code terrain-albedo.png}, {@code terrain-hazard.png} and
     * {@code terrain-dem.asc} + {@code .prj} (heights above the datum at the pictures' resolution) into
     * {@code dir}; returns the files written.
     */
    public List<Path> writeAll(Path dir, HazardMap map) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(write(shadedRelief(), dir.resolve("terrain-relief.png")));
        written.add(write(albedo(), dir.resolve("terrain-albedo.png")));
        written.add(write(hazards(map), dir.resolve("terrain-hazard.png")));
        double half = size * pixel / 2;
        AsciiGrid.write(terrain.frame(), terrain::height, centreEast - half, centreNorth - half, pixel, size, size,
                dir.resolve("terrain-dem"));
        written.add(dir.resolve("terrain-dem.asc"));
        written.add(dir.resolve("terrain-dem.prj"));
        return written;
    }

    private static Path write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
        return file;
    }
}
