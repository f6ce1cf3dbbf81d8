package org.skycrane.scenario;

import java.util.List;

/** Validation of scenario values; every failure names the field as written in the file. */
public final class Check {

    private Check() {
    }

    /** The value, which must be present. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new FieldException(field, "missing (required)");
        }
        return value;
    }

    /** A present, finite number. */
    public static double finite(String field, Double value) {
        required(field, value);
        if (!Double.isFinite(value)) {
            throw new FieldException(field, "must be a finite number, got " + value);
        }
        return value;
    }

    /** A present number &gt; 0. */
    public static double positive(String field, Double value, String unit) {
        double v = finite(field, value);
        if (!(v > 0)) {
            throw new FieldException(field, "must be > 0" + unit(unit) + ", got " + format(v));
        }
        return v;
    }

    /** A present number ≥ 0. */
    public static double nonNegative(String field, Double value, String unit) {
        double v = finite(field, value);
        if (!(v >= 0)) {
            throw new FieldException(field, "must be >= 0" + unit(unit) + ", got " + format(v));
        }
        return v;
    }

    /** A present number in [min, max]. */
    public static double between(String field, Double value, double min, double max, String unit) {
        double v = finite(field, value);
        if (v < min || v > max) {
            throw new FieldException(field, "must be between " + format(min) + " and " + format(max) + unit(unit)
                    + ", got " + format(v));
        }
        return v;
    }

    /**
     * A present number in [min, max] whose bounds have a physical reason, given in the message
     * (for example "the heaviest Mars lander studied is tens of tonnes").
     */
    public static double range(String field, Double value, double min, double max, String unit, String reason) {
        double v = finite(field, value);
        if (v < min || v > max) {
            throw new FieldException(field, "must be between " + format(min) + " and " + format(max) + unit(unit)
                    + " (" + reason + "), got " + format(v));
        }
        return v;
    }

    /** A present number in (0, max], with the reason for the bound. */
    public static double positiveUpTo(String field, Double value, double max, String unit, String reason) {
        double v = positive(field, value, unit);
        if (v > max) {
            throw new FieldException(field, "must be at most " + format(max) + unit(unit) + " (" + reason + "), got "
                    + format(v));
        }
        return v;
    }

    /** Bound of every mass (kg): 100 t. */
    public static final double MAX_MASS = 100_000;
    /** Why masses are bounded. */
    public static final String MASS_REASON = "no Mars lander flown or studied is heavier than 100 t; Mars 2020 "
            + "entered at about 3.4 t";

    /** A mass of a part: (0, 100 t]. */
    public static double mass(String field, Double value) {
        return positiveUpTo(field, value, MAX_MASS, "kg", MASS_REASON);
    }

    /** A drag area (m²): (0, 10,000]. */
    public static double dragArea(String field, Double value) {
        return positiveUpTo(field, value, 10_000, "m2", "10,000 m2 is a disk 110 m across, far beyond any "
                + "aeroshell or parachute");
    }

    /** A present whole number ≥ {@code min}. */
    public static int atLeast(String field, Integer value, int min) {
        required(field, value);
        if (value < min) {
            throw new FieldException(field, "must be >= " + min + ", got " + value);
        }
        return value;
    }

    /** A present, non-empty list. */
    public static <T> List<T> nonEmpty(String field, List<T> value) {
        required(field, value);
        if (value.isEmpty()) {
            throw new FieldException(field, "must not be empty");
        }
        for (T item : value) {
            if (item == null) {
                throw new FieldException(field, "must not contain empty entries");
            }
        }
        return List.copyOf(value);
    }

    private static String unit(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
