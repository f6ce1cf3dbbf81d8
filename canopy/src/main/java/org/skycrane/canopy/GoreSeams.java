package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.skycrane.canopy.Conics.Frame;

/**
 * Step 5 of {@link CanopyImageReader}, the gores: colour and brightness edges around the circles
 * repeat every 4.5°; the phase of their 80th Fourier harmonic puts the seams, and each ring gets a
 * small first-order correction of its own (see {@link #ringWarp}). Also where the later steps sample
 * each gore: {@link #segmentAngles}.
 */
final class GoreSeams {

    private static final int PHASE_SAMPLES_PER_SEGMENT = 16;
    /** Samples across the middle of a segment. */
    static final int ACROSS = 5;
    /** Cosines and sines of the angles around a circle at which edges are measured. */
    private static final double[] COS = new double[SEGMENTS * PHASE_SAMPLES_PER_SEGMENT];
    private static final double[] SIN = new double[SEGMENTS * PHASE_SAMPLES_PER_SEGMENT];

    static {
        for (int j = 0; j < COS.length; j++) {
            COS[j] = Math.cos(2 * Math.PI * j / COS.length);
            SIN[j] = Math.sin(2 * Math.PI * j / COS.length);
        }
    }

    private GoreSeams() {
    }

    /** Angle of a gore seam (rad): the phase of the 80th harmonic of the colour and brightness edges around the disk and band. */
    static double phase(Picture pixels, Frame outline, double[] edges) {
        double margin = margin(outline);
        List<Double> radii = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            radii.add(edges[0] + margin + (edges[1] - edges[0] - 2 * margin) * (i + 0.5) / 24);
        }
        for (int i = 0; i < 8; i++) {
            radii.add(edges[2] + margin + (1 - edges[2] - 2 * margin) * (i + 0.5) / 8);
        }
        double[] energy = edgeEnergy(pixels, outline, radii);
        double re = 0;
        double im = 0;
        for (int j = 0; j < energy.length; j++) {
            int harmonic = SEGMENTS * j % energy.length;   // 80 θ_j, taken from the same table
            re += energy[j] * COS[harmonic];
            im -= energy[j] * SIN[harmonic];
        }
        return Math.atan2(-im, re) / SEGMENTS;
    }

    /** Colour plus brightness change across each of 1280 angles, summed over the given radii. */
    private static double[] edgeEnergy(Picture pixels, Frame outline, List<Double> radii) {
        int samples = COS.length;
        double[] energy = new double[samples];
        float[] colour = new float[samples];
        float[] light = new float[samples];
        double[] p = new double[2];
        for (double rho : radii) {
            for (int j = 0; j < samples; j++) {
                outline.map(rho, COS[j], SIN[j], p);
                colour[j] = pixels.redness(p[0], p[1]);
                light[j] = pixels.at(3, p[0], p[1]) / 255f;
            }
            for (int j = 0; j < samples; j++) {
                int next = (j + 1) % samples;
                int previous = (j + samples - 1) % samples;
                double edge = Math.abs(colour[next] - colour[previous]) + Math.abs(light[next] - light[previous]);
                if (!Double.isNaN(edge)) {
                    energy[j] += edge;
                }
            }
        }
        return energy;
    }

    /**
     * How far one ring's seams sit from the common phase, as a function of angle: Δ(θ) = a₀ + a₁ cos θ
     * + a₂ sin θ (rad). Small errors in the centre or the perspective turn the gores of an inner ring,
     * whose circumference is short, by up to half a gore; this is their first-order form. The local
     * phase of the 80th harmonic of the ring's own edges, averaged over ±8 gores, is fitted by
     * weighted least squares; the correction is limited to a third of a gore.
     */
    static double[] ringWarp(Picture pixels, Frame outline, double from, double to, double phase) {
        List<Double> radii = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            radii.add(from + (to - from) * (i + 0.5) / 6);
        }
        double[] energy = edgeEnergy(pixels, outline, radii);
        int samples = energy.length;
        double[] re = new double[samples];
        double[] im = new double[samples];
        for (int j = 0; j < samples; j++) {
            int harmonic = SEGMENTS * j % samples;
            re[j] = energy[j] * COS[harmonic];
            im[j] = -energy[j] * SIN[harmonic];
        }
        int half = 8 * PHASE_SAMPLES_PER_SEGMENT;
        double windowRe = 0;
        double windowIm = 0;
        for (int j = -half; j <= half; j++) {
            windowRe += re[Math.floorMod(j, samples)];
            windowIm += im[Math.floorMod(j, samples)];
        }
        double gore = 2 * Math.PI / SEGMENTS;
        double[][] normal = new double[3][3];
        double[] right = new double[3];
        for (int j = 0; j < samples; j++) {
            double weight = Math.hypot(windowRe, windowIm);
            if (weight > 0) {
                double offset = -Math.atan2(windowIm, windowRe) / SEGMENTS - phase;
                offset -= gore * Math.rint(offset / gore);
                double[] row = {1, COS[j], SIN[j]};
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        normal[a][b] += weight * row[a] * row[b];
                    }
                    right[a] += weight * row[a] * offset;
                }
            }
            int leaving = Math.floorMod(j - half, samples);
            int entering = Math.floorMod(j + half + 1, samples);
            windowRe += re[entering] - re[leaving];
            windowIm += im[entering] - im[leaving];
        }
        try {
            double[] warp = new QRDecomposition(MatrixUtils.createRealMatrix(normal), 1e-12).getSolver()
                    .solve(new ArrayRealVector(right)).toArray();
            double largest = Math.abs(warp[0]) + Math.hypot(warp[1], warp[2]);
            if (largest > gore / 3) {
                for (int a = 0; a < 3; a++) {
                    warp[a] *= gore / 3 / largest;
                }
            }
            return warp;
        } catch (MathRuntimeException e) {
            return new double[3];
        }
    }

    /** Margin kept from the dark edges of the disk and the band, for blur (normalised radius). */
    static double margin(Frame outline) {
        return Math.max(0.012, 3.0 / outline.axes()[1]);
    }

    /**
     * Cosines and sines of {@value #ACROSS} angles across the middle of every segment, spaced by
     * {@code spacing} of a segment and turned by the ring's warp (see {@link #ringWarp}):
     * {@code [0 cos, 1 sin][segment * ACROSS + i]}.
     */
    static double[][] segmentAngles(double phase, double spacing, double[] warp) {
        double[][] angles = new double[2][SEGMENTS * ACROSS];
        for (int k = 0; k < SEGMENTS; k++) {
            double middle = phase + 2 * Math.PI * (k + 0.5) / SEGMENTS;
            double shift = warp[0] + warp[1] * Math.cos(middle) + warp[2] * Math.sin(middle);
            for (int i = 0; i < ACROSS; i++) {
                double theta = shift + phase + 2 * Math.PI * (k + 0.5 + spacing * (i - (ACROSS - 1) / 2.0)) / SEGMENTS;
                angles[0][k * ACROSS + i] = Math.cos(theta);
                angles[1][k * ACROSS + i] = Math.sin(theta);
            }
        }
        return angles;
    }
}
