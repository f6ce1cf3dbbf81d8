package org.skycrane.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.util.FastMath;
import org.skycrane.DiskCache;
import org.skycrane.gnc.guidance.ReferenceTrajectory;
import org.skycrane.math.Curve;
import org.skycrane.scenario.Scenario;
import org.skycrane.terrain.SyntheticTerrain;

/**
 * A {@link GuidanceDesign} kept in the {@link DiskCache} between runs: its tables as the exact bits
 * of their doubles, under a key naming the whole scenario (a tree of records of plain values, so
 * its text is its content) and the code that designs (this program's classes and resources, the
 * terrain's and the integrator's libraries).
 */
final class GuidanceDesignStore {

    /** Folder of the designs in the disk cache. */
    static final String KIND = "guidance-design";

    /** Version of what is stored; raise it when the layout below changes. */
    private static final int FORMAT = 1;

    private static final DiskCache.Codec<GuidanceDesign> CODEC = new DiskCache.Codec<>() {
        @Override
        public byte[] encode(GuidanceDesign design) {
            return GuidanceDesignStore.encode(design);
        }

        @Override
        public GuidanceDesign decode(byte[] bytes) {
            return GuidanceDesignStore.decode(bytes);
        }
    };

    private GuidanceDesignStore() {
    }

    /** The design of {@code scenario} from {@code cache}, or made by {@code maker} and stored. */
    static GuidanceDesign get(DiskCache cache, Scenario scenario, Supplier<GuidanceDesign> maker) {
        String key = key(scenario);
        return key == null ? maker.get() : cache.get(KIND, key, CODEC, maker);
    }

    /** Everything a design depends on, as text; null when the code cannot be fingerprinted. */
    static String key(Scenario scenario) {
        String code = DiskCache.codeVersion(GuidanceDesign.class, SyntheticTerrain.class, ODEIntegrator.class,
                Vector3D.class, FastMath.class);
        return code == null ? null : "guidance design, format " + FORMAT + "\nscenario " + scenario + "\ncode " + code;
    }

    static byte[] encode(GuidanceDesign design) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeDouble(design.reference().endSpeed());
            double[][] tables = design.reference().tables();
            out.writeInt(tables.length);
            for (double[] table : tables) {
                write(out, table);
            }
            write(out, design.referenceBank());
            out.writeBoolean(design.chuteDistance() != null);
            if (design.chuteDistance() != null) {
                write(out, design.chuteDistance());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // not reached: the stream is in memory
        }
    }

    /** The design {@link #encode} wrote, or null for bytes that are not one. */
    static GuidanceDesign decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            double endSpeed = in.readDouble();
            int count = in.readInt();
            if (count != 8) {
                return null;
            }
            double[][] tables = new double[count][];
            for (int k = 0; k < tables.length; k++) {
                tables[k] = read(in);
            }
            Curve bank = curve(in);
            Curve chute = in.readBoolean() ? curve(in) : null;
            return in.available() != 0 ? null
                    : new GuidanceDesign(ReferenceTrajectory.ofTables(tables, endSpeed), bank, chute);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void write(DataOutputStream out, Curve curve) throws IOException {
        write(out, curve.xs());
        write(out, curve.ys());
    }

    private static Curve curve(DataInputStream in) throws IOException {
        return Curve.of(read(in), read(in));
    }

    private static void write(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / Double.BYTES) {
            throw new IOException("a table longer than the bytes left");
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = in.readDouble();
        }
        return values;
    }
}
