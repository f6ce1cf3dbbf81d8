package org.skycrane.mars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.DiskCache;

/**
 * The Mars-GRAM tables shipped in the jar (see {@code atmosphere/SOURCES.md}): a mean profile of
 * temperature and speed of sound, and two sets of 200 perturbed density profiles (20°N for Jezero,
 * the equator for Gale). Tables are parsed once and shared; they are immutable.
 */
public final class MarsGram {

    /** Names of the built-in profile sets. */
    public static final List<String> PROFILE_SETS = List.of("mars-gram-lat20n", "mars-gram-lat00n");
    /** Name of the built-in mean temperature profile. */
    public static final String MEAN_PROFILE = "mars-gram-mean";

    private static final Map<String, ProfileSet> SETS = new ConcurrentHashMap<>();
    private static volatile MeanProfile mean;

    /** A profile set as doubles: start, step, count, length, the mean density, then each profile. */
    static final DiskCache.Codec<ProfileSet> PROFILE_SET_BITS = new DiskCache.Codec<>() {
        @Override
        public byte[] encode(ProfileSet set) {
            int length = set.meanDensity().length;
            ByteBuffer out = ByteBuffer.allocate((4 + length * (1 + set.profiles().size())) * Double.BYTES);
            out.putDouble(set.gridStart()).putDouble(set.gridStep()).putDouble(set.profiles().size()).putDouble(length);
            out.asDoubleBuffer().put(set.meanDensity());
            out.position(out.position() + length * Double.BYTES);
            for (double[] profile : set.profiles()) {
                out.asDoubleBuffer().put(profile);
                out.position(out.position() + length * Double.BYTES);
            }
            return out.array();
        }

        @Override
        public ProfileSet decode(byte[] bytes) {
            if (bytes.length < 4 * Double.BYTES) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
            double start = in.getDouble();
            double step = in.getDouble();
            double count = in.getDouble();
            double length = in.getDouble();
            if (count < 1 || length < 2 || count > 100_000 || length > 100_000
                    || count != Math.rint(count) || length != Math.rint(length)
                    || bytes.length != (4 + length * (1 + count)) * Double.BYTES) {
                return null;
            }
            double[] meanDensity = new double[(int) length];
            in.asDoubleBuffer().get(meanDensity);
            in.position(in.position() + meanDensity.length * Double.BYTES);
            List<double[]> profiles = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                double[] profile = new double[(int) length];
                in.asDoubleBuffer().get(profile);
                in.position(in.position() + profile.length * Double.BYTES);
                profiles.add(profile);
            }
            return new ProfileSet(start, step, meanDensity, List.copyOf(profiles));
        }
    };

    private MarsGram() {
    }

    /**
     * Density profiles on a uniform grid.
     *
     * @param gridStart  first altitude (m)
     * @param gridStep   spacing (m)
     * @param meanDensity mean of the Mars-GRAM runs at each altitude (kg/m³)
     * @param profiles   one density array per perturbed profile (kg/m³)
     */
    public record ProfileSet(double gridStart, double gridStep, double[] meanDensity, List<double[]> profiles) {
    }

    /**
     * Mean temperature profile on a uniform grid.
     *
     * @param gridStart    first altitude (m)
     * @param gridStep     spacing (m)
     * @param temperature  K
     * @param speedOfSound m/s
     */
    public record MeanProfile(double gridStart, double gridStep, double[] temperature, double[] speedOfSound) {
    }

    /** A built-in profile set by name; throws {@link IllegalArgumentException} for an unknown name. */
    public static ProfileSet profileSet(String name) {
        if (!PROFILE_SETS.contains(name)) {
            throw new IllegalArgumentException("unknown atmosphere profile set '" + name + "', expected one of "
                    + PROFILE_SETS);
        }
        return SETS.computeIfAbsent(name, MarsGram::loadProfiles);
    }

    /** The built-in mean profile (temperature, speed of sound). */
    public static MeanProfile meanProfile() {
        MeanProfile m = mean;
        if (m == null) {
            synchronized (MarsGram.class) {
                if (mean == null) {
                    mean = loadMean();
                }
                m = mean;
            }
        }
        return m;
    }

    /**
     * Atmosphere from a profile set: the set's mean density ({@code profile} &lt; 0) or one perturbed
     * profile (0-based), with temperature and speed of sound from the mean profile.
     */
    public static TabulatedAtmosphere atmosphere(String setName, int profile, Gas gas) {
        ProfileSet set = profileSet(setName);
        double[] density = profile < 0 ? set.meanDensity() : set.profiles().get(profile);
        MeanProfile m = meanProfile();
        return new TabulatedAtmosphere(new TabulatedAtmosphere.Grid(set.gridStart(), set.gridStep()), density,
                new TabulatedAtmosphere.Grid(m.gridStart(), m.gridStep()), m.temperature(), m.speedOfSound(), gas);
    }

    /**
     * The set as parsed from its CSV, kept in the disk cache as exact doubles: parsing 1.5 MB of text
     * is about 0.1 s of a cold run's start-up (docs/performance.md), reading the cached bits a few ms.
     */
    private static ProfileSet loadProfiles(String name) {
        String code = DiskCache.codeVersion(MarsGram.class);
        if (code == null) {
            return parseProfiles(name);
        }
        return DiskCache.shared().get("atmosphere", "Mars-GRAM profile set " + name + " parsed from "
                + name + "-profiles.csv, layout 1, code " + code, PROFILE_SET_BITS, () -> parseProfiles(name));
    }

    static ProfileSet parseProfiles(String name) {
        List<String[]> rows = read(name + "-profiles.csv");
        // columns: profile, altitude_m, density, mean_density, minus_1sigma, plus_1sigma
        List<double[]> profiles = new ArrayList<>();
        List<Double> altitudes = new ArrayList<>();
        List<Double> meanDensity = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        int currentProfile = -1;
        for (String[] r : rows) {
            int p = Integer.parseInt(r[0].trim());
            if (p != currentProfile) {
                if (currentProfile >= 0) {
                    profiles.add(toArray(current));
                }
                current = new ArrayList<>();
                currentProfile = p;
            }
            current.add(Double.parseDouble(r[2]));
            if (p == 0) {
                altitudes.add(Double.parseDouble(r[1]));
                meanDensity.add(Double.parseDouble(r[3]));
            }
        }
        profiles.add(toArray(current));
        double start = altitudes.get(0);
        double step = altitudes.get(1) - altitudes.get(0);
        for (int i = 1; i < altitudes.size(); i++) {
            if (Math.abs(altitudes.get(i) - (start + i * step)) > 1e-6) {
                throw new IllegalStateException(name + ": altitude grid is not uniform at row " + i);
            }
        }
        for (double[] p : profiles) {
            if (p.length != altitudes.size()) {
                throw new IllegalStateException(name + ": profiles differ in length");
            }
        }
        return new ProfileSet(start, step, toArray(meanDensity), List.copyOf(profiles));
    }

    private static MeanProfile loadMean() {
        List<String[]> rows = read(MEAN_PROFILE + ".csv");
        // columns: altitude_m, temperature_k, pressure_pa, density, speed_of_sound_mps
        double[] t = new double[rows.size()];
        double[] a = new double[rows.size()];
        double start = Double.parseDouble(rows.get(0)[0]);
        double step = Double.parseDouble(rows.get(1)[0]) - start;
        for (int i = 0; i < rows.size(); i++) {
            t[i] = Double.parseDouble(rows.get(i)[1]);
            a[i] = Double.parseDouble(rows.get(i)[4]);
        }
        return new MeanProfile(start, step, t, a);
    }

    private static List<String[]> read(String file) {
        String path = "atmosphere/" + file;
        try (InputStream in = MarsGram.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<String[]> rows = new ArrayList<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
