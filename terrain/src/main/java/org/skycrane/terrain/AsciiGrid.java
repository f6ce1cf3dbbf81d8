package org.skycrane.terrain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * Writes a raster of a terrain in the Esri ASCII grid format ({@code .asc}) with an Esri WKT
 * {@code .prj} beside it, which GDAL, QGIS and ArcGIS read without plug-ins.
 *
 * <p>Why this format: it is plain text (nothing to encode, easy to check by eye) and its {@code .prj}
 * can carry a user-defined Mars CRS. The CRS is the terrain's own: an azimuthal equidistant
 * projection about the site on a sphere of the site's datum radius. The IAU Mars 2000 codes (e.g.
 * IAU:49900, sphere of 3,396,190 m) are not used because heights here are above the areoid-at-site
 * sphere; with its own radius the map coordinates in the grid are exactly the terrain's. Rows are
 * written north to south as the format requires; values are at cell centres.
 */
public final class AsciiGrid {

    /** Value written where a value is not finite. */
    public static final double NO_DATA = -99999;

    private AsciiGrid() {
    }

    /**
     * Writes {@code base}.asc and {@code base}.prj.
     *
     * @param frame   the map frame the grid is in
     * @param value   value at map point (east, north) (m), e.g. terrain::height
     * @param east0   map east of the grid's west edge (m)
     * @param north0  map north of the grid's south edge (m)
     * @param cell    cell size (m)
     * @param columns number of columns
     * @param rows    number of rows
     * @param base    path without extension
     */
    public static void write(SiteFrame frame, DoubleBinaryOperator value, double east0, double north0, double cell,
            int columns, int rows, Path base) throws IOException {
        Path asc = base.resolveSibling(base.getFileName() + ".asc");
        try (BufferedWriter w = Files.newBufferedWriter(asc, StandardCharsets.US_ASCII)) {
            w.write(String.format(Locale.ROOT, "ncols %d%nnrows %d%nxllcorner %.3f%nyllcorner %.3f%ncellsize %.6f%n"
                    + "NODATA_value %.0f%n", columns, rows, east0, north0, cell, NO_DATA));
            StringBuilder line = new StringBuilder();
            for (int r = rows - 1; r >= 0; r--) {
                line.setLength(0);
                double n = north0 + (r + 0.5) * cell;
                for (int c = 0; c < columns; c++) {
                    double v = value.applyAsDouble(east0 + (c + 0.5) * cell, n);
                    if (c > 0) {
                        line.append(' ');
                    }
                    line.append(String.format(Locale.ROOT, "%.3f", Double.isFinite(v) ? v : NO_DATA));
                }
                line.append('\n');
                w.write(line.toString());
            }
        }
        Files.writeString(base.resolveSibling(base.getFileName() + ".prj"), prj(frame), StandardCharsets.US_ASCII);
    }

    /** Esri WKT of the frame's CRS. */
    public static String prj(SiteFrame frame) {
        return String.format(Locale.ROOT, "PROJCS[\"Mars_Site_Azimuthal_Equidistant\",GEOGCS[\"GCS_Mars_Site_Datum\","
                + "DATUM[\"D_Mars_Site_Datum\",SPHEROID[\"Mars_Site_Datum_Sphere\",%.3f,0.0]],"
                + "PRIMEM[\"Reference_Meridian\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Azimuthal_Equidistant\"],PARAMETER[\"False_Easting\",0.0],"
                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",%.7f],"
                + "PARAMETER[\"Latitude_Of_Origin\",%.7f],UNIT[\"Meter\",1.0]]",
                frame.datumRadius(), Math.toDegrees(frame.longitude()), Math.toDegrees(frame.latitude()));
    }
}
