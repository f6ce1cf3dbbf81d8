package org.skycrane.gnc.trn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.gnc.nav.PositionFix;
import org.skycrane.math.GaussianBlur;

/**
 * The Lander Vision System's image processing (Johnson et al., "The Lander Vision System for Mars
 * 2020 Entry Descent and Landing", AAS 17-038, 2017; Johnson, Ansar &amp; Matthies, NASA Tech Brief
 * NPO-45114): each descent image is projected onto the ground in the maps' orientation and scale
 * through the navigation's belief; while the position is known only to kilometres, one large patch
 * is correlated by FFT with the coarse map over the window of three navigation sigmas (the
 * coarse match); then many small templates at high-texture points are matched to the fine map by
 * normalised correlation in small windows, with sub-pixel peaks, and the largest set of matches that
 * agree on one shift is kept (the fine match). The result is a horizontal position fix with its
 * covariance, for the navigation filter to gate and fuse.
 */
public final class LanderVisionSystem {

    /**
     * Tuning.
     *
     * @param coarsePatch     side of the coarse patch (coarse-map pixels)
     * @param maxSearch       largest half-width of the coarse search window (m)
     * @param minCoarseScore  lowest coarse correlation accepted
     * @param maxAmbiguity    largest ratio of the second peak to the first accepted (else ambiguous)
     * @param fineArea        side of the rectified area the fine templates come from (fine-map pixels)
     * @param fineTemplate    side of a fine template (pixels)
     * @param fineGrid        templates are the most textured point of each cell of a fineGrid × fineGrid grid
     * @param minFineScore    lowest fine correlation accepted
     * @param inlierTolerance largest disagreement of an inlier with the consensus shift (pixels)
     * @param minInliers      fewest agreeing fine matches for a valid fix
     */
    public record Config(int coarsePatch, double maxSearch, double minCoarseScore, double maxAmbiguity, int fineArea,
                         int fineTemplate, int fineGrid, double minFineScore, double inlierTolerance, int minInliers) {

        /** The values used here: sizes from ALGORITHMS-style descriptions of the published design, thresholds ASSUMED. */
        public static Config standard() {
            return new Config(160, 9000, 0.3, 0.9, 320, 21, 12, 0.5, 1.0, 12);
        }
    }

    /**
     * What one image gave.
     *
     * @param time      exposure (s)
     * @param coarse    whether this image ran the coarse match
     * @param fix       the position fix, or null when the image was rejected
     * @param shiftEast correction of the believed position, east (m)
     * @param shiftNorth correction, north (m)
     * @param coarseScore the coarse peak's correlation (NaN without a coarse match)
     * @param templates fine templates matched above the score threshold
     * @param inliers   of those, the ones agreeing with the consensus shift
     * @param rejected  why the image gave no fix, or null
     * @param matches   every fine match above the score threshold, where its template lies on the ground
     *                  by the consensus shift (empty when the coarse match failed or no match agreed)
     */
    public record ImageResult(double time, boolean coarse, PositionFix fix, double shiftEast, double shiftNorth,
                              double coarseScore, int templates, int inliers, String rejected, List<Match> matches) {
    }

    /**
     * One fine match, for display: its template's centre on the ground, map coordinates corrected by the
     * image's consensus shift, and whether it agreed with that shift (an inlier) or was rejected.
     *
     * @param east       map east (m)
     * @param north      map north (m)
     * @param consistent whether it is one of the consensus set
     */
    public record Match(double east, double north, boolean consistent) {
    }

    private final Config config;
    private final LvsMaps maps;
    private final MapProjection projection;
    private final GroundProjection ground;

    public LanderVisionSystem(Config config, LvsMaps maps, MapProjection projection, GroundProjection ground) {
        this.config = Objects.requireNonNull(config);
        this.maps = Objects.requireNonNull(maps);
        this.projection = Objects.requireNonNull(projection);
        this.ground = Objects.requireNonNull(ground);
    }

    public LvsMaps maps() {
        return maps;
    }

    /**
     * Processes one image.
     *
     * @param picture  the image
     * @param camera   believed camera position, Mars-fixed (m)
     * @param attitude believed body-to-Mars-fixed attitude
     * @param sigma    the navigation's horizontal 1σ (m), the larger axis
     * @param coarse   whether to run the coarse match first
     */
    public ImageResult process(DescentImage picture, Vector3D camera, Rotation attitude, double sigma, boolean coarse) {
        double[] m = projection.toMap(camera);
        double shiftE = 0;
        double shiftN = 0;
        double score = Double.NaN;
        double residual = 3 * sigma;
        if (coarse) {
            CoarseShift c = coarse(picture, camera, attitude, m[0], m[1], Math.min(3 * sigma, config.maxSearch()));
            if (c.rejected != null) {
                return new ImageResult(picture.time(), true, null, 0, 0, c.score, 0, 0, c.rejected, List.of());
            }
            shiftE = c.east;
            shiftN = c.north;
            score = c.score;
            residual = 3 * maps.coarse().cell();
        }
        Vector3D shifted = shift(camera, m, shiftE, shiftN);
        return fine(picture, shifted, attitude, m, shiftE, shiftN, score, residual, coarse);
    }

    private record CoarseShift(double east, double north, double score, String rejected) {
    }

    private CoarseShift coarse(DescentImage picture, Vector3D camera, Rotation attitude, double e, double n,
                               double radius) {
        OrbitalMap map = maps.coarse();
        int p = config.coarsePatch();
        int c0 = (int) Math.round(map.column(e) - p / 2.0);
        int r0 = (int) Math.round(map.row(n) - p / 2.0);
        GrayImage patch = ground.rectify(picture, camera, attitude, map.east(c0), map.northing(r0), map.cell(), p, p);
        float[] t = patch.pixels();
        for (float v : t) {
            if (Float.isNaN(v)) {
                return new CoarseShift(0, 0, Double.NaN, "coarse patch leaves the image");
            }
        }
        int s = (int) Math.ceil(radius / map.cell());
        int w = p + 2 * s;
        float[] area = window(map, c0 - s, r0 - s, w, w);
        Correlation corr = TemplateMatching.fft(t, p, p, area, w, w);
        Correlation.Peak peak = corr.peak(4);
        if (peak == null || peak.score() < config.minCoarseScore()) {
            return new CoarseShift(0, 0, peak == null ? Double.NaN : peak.score(), "coarse match too weak");
        }
        if (peak.second() > config.maxAmbiguity() * peak.score()) {
            return new CoarseShift(0, 0, peak.score(), "coarse match ambiguous");
        }
        return new CoarseShift((peak.x() - s) * map.cell(), -(peak.y() - s) * map.cell(), peak.score(), null);
    }

    private ImageResult fine(DescentImage picture, Vector3D camera, Rotation attitude, double[] m, double shiftE,
                             double shiftN, double score, double residual, boolean coarse) {
        OrbitalMap map = maps.fine();
        int a = config.fineArea();
        double e = m[0] + shiftE;
        double n = m[1] + shiftN;
        int c0 = (int) Math.round(map.column(e) - a / 2.0);
        int r0 = (int) Math.round(map.row(n) - a / 2.0);
        float[] img = ground.rectify(picture, camera, attitude, map.east(c0), map.northing(r0), map.cell(), a, a)
                .pixels();
        int s = Math.max(2, (int) Math.ceil(residual / map.cell()));
        int tsz = config.fineTemplate();
        int w = a + 2 * s;
        double height = m[2] - ground.groundHeight(e, n);
        // the map holds detail the image cannot: smooth it to the image's ground pixel at nadir
        double ratio = height / picture.geometry().focal() / map.cell();
        float[] area = window(map, c0 - s, r0 - s, w, w);
        if (ratio > 1) {
            area = GaussianBlur.blur(area, w, w, 0.5 * Math.sqrt(ratio * ratio - 1));
        }
        List<double[]> shifts = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        for (int[] corner : Texture.corners(img, a, a, tsz, config.fineGrid())) {
            Correlation corr = TemplateMatching.spatial(img, a, corner[0], corner[1], tsz, tsz, area, w, w,
                    corner[0], corner[0] + 2 * s, corner[1], corner[1] + 2 * s);
            Correlation.Peak peak = corr.peak(2);
            if (peak == null || peak.score() < config.minFineScore() || peak.x() < 0.5 || peak.y() < 0.5
                    || peak.x() > 2 * s - 0.5 || peak.y() > 2 * s - 0.5) {
                continue;
            }
            shifts.add(new double[] {peak.x() - s, peak.y() - s});
            centres.add(new double[] {corner[0] + tsz / 2.0, corner[1] + tsz / 2.0});
        }
        List<Integer> inliers = Consensus.largest(shifts, config.inlierTolerance());
        double sx = 0;
        double sy = 0;
        for (int k : inliers) {
            sx += shifts.get(k)[0];
            sy += shifts.get(k)[1];
        }
        sx /= Math.max(1, inliers.size());
        sy /= Math.max(1, inliers.size());
        List<Match> drawn = new ArrayList<>();
        if (!inliers.isEmpty()) {
            Set<Integer> consistent = new HashSet<>(inliers);
            for (int k = 0; k < centres.size(); k++) {
                double[] c = centres.get(k);
                drawn.add(new Match(map.east(c0 + c[0] + sx), map.northing(r0 + c[1] + sy), consistent.contains(k)));
            }
        }
        if (inliers.size() < config.minInliers()) {
            return new ImageResult(picture.time(), coarse, null, shiftE, shiftN, score, shifts.size(), inliers.size(),
                    "too few consistent fine matches", List.copyOf(drawn));
        }
        double scatter = 0;
        for (int k : inliers) {
            scatter += Math.pow(shifts.get(k)[0] - sx, 2) + Math.pow(shifts.get(k)[1] - sy, 2);
        }
        scatter = Math.max(0.3, Math.sqrt(scatter / (2.0 * Math.max(1, inliers.size() - 1))));
        double totalE = shiftE + sx * map.cell();
        double totalN = shiftN - sy * map.cell();
        double sigma = Math.sqrt(Math.pow(scatter * map.cell(), 2) / inliers.size() + Math.pow(map.tieError(), 2));
        PositionFix fix = new PositionFix(picture.time(), shift(camera, new double[] {e, n, m[2]}, totalE - shiftE,
                totalN - shiftN), sigma, height);
        return new ImageResult(picture.time(), coarse, fix, totalE, totalN, score, shifts.size(), inliers.size(), null,
                List.copyOf(drawn));
    }

    private Vector3D shift(Vector3D camera, double[] m, double de, double dn) {
        return projection.toMarsFixed(m[0] + de, m[1] + dn, m[2]);
    }

    /** The map's pixels in the w × h window with top-left pixel (c0, r0); NaN off the map. */
    private static float[] window(OrbitalMap map, int c0, int r0, int w, int h) {
        GrayImage im = map.image();
        float[] out = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int c = c0 + i;
                int r = r0 + j;
                out[j * w + i] = c < 0 || r < 0 || c >= im.width() || r >= im.height() ? Float.NaN : im.at(c, r);
            }
        }
        return out;
    }
}
