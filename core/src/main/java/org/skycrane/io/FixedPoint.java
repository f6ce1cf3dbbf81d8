package org.skycrane.io;

import java.util.Locale;

/**
 * Fixed-point text of a double, exactly as {@code String.format(Locale.ROOT, "%.Nf", v)} writes it, at a
 * fraction of the cost: the formatter builds a {@code Formatter}, parses the pattern and goes through
 * {@code FormattedFloatingDecimal} for every number, which dominated writing {@code trajectory.csv}
 * (docs/performance.md, start-up).
 *
 * <p>The formatter rounds half up the shortest decimal that reads back as the double (the digits of
 * {@link Double#toString(double)}), not the double's exact binary value. So: when |v|·10^N lies well
 * clear of a half-integer, every value within the double's half-ulp rounds the same way, and the
 * rounded integer is the answer; near a half-integer, the shortest digits are rounded as the formatter
 * does. Negative values keep their sign even when they round to zero ("-0.000"), as the formatter's do.
 */
public final class FixedPoint {

    /** 10^N for N = 0..9, exact. */
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    /**
     * Up to this |v|·10^N the fast path's margin is over 500 ulps of the product (which is off by at most
     * half an ulp, and the shortest digits by at most half an ulp of v) and the rounded digits fit a long;
     * beyond it the formatter writes the number.
     */
    private static final double FAST_LIMIT = 1e10;
    /** Distance from a half-integer of |v|·10^N below which the exact path decides. */
    private static final double TIE_MARGIN = 1e-3;

    private FixedPoint() {
    }

    /**
     * Appends {@code value} with {@code digits} decimals (0 to 9).
     *
     * @return {@code out}
     */
    public static StringBuilder append(StringBuilder out, double value, int digits) {
        if (digits < 0 || digits >= POWERS.length) {
            throw new IllegalArgumentException("digits " + digits + " outside 0..9");
        }
        if (Double.isNaN(value)) {
            return out.append("NaN");
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double magnitude = Math.abs(value);
        if (Double.isInfinite(magnitude)) {
            return out.append(negative ? "-Infinity" : "Infinity");
        }
        if (negative) {
            out.append('-');
        }
        double scaled = magnitude * POWERS[digits];
        if (!(scaled < FAST_LIMIT)) { // rare in the outputs: the formatter itself
            return out.append(String.format(Locale.ROOT, "%." + digits + "f", magnitude));
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
            long units = (long) whole + (fraction > 0.5 ? 1 : 0);
            return appendUnits(out, units, digits);
        }
        return appendShortestRounded(out, Double.toString(magnitude), digits);
    }

    /** Appends {@code units}·10^-digits. */
    private static StringBuilder appendUnits(StringBuilder out, long units, int digits) {
        String text = Long.toString(units);
        int integerDigits = text.length() - digits;
        if (integerDigits <= 0) {
            out.append('0');
            if (digits > 0) {
                out.append('.');
                for (int i = integerDigits; i < 0; i++) {
                    out.append('0');
                }
                out.append(text);
            }
            return out;
        }
        out.append(text, 0, integerDigits);
        if (digits > 0) {
            out.append('.').append(text, integerDigits, text.length());
        }
        return out;
    }

    /**
     * Rounds half up, at {@code digits} decimals, the decimal {@code shortest} (Double.toString of a
     * finite non-negative double: "123.45" or "1.2345E-7") and appends it; the value times 10^digits
     * is below {@link #FAST_LIMIT}, so the kept digits fit a long.
     */
    private static StringBuilder appendShortestRounded(StringBuilder out, String shortest, int digits) {
        int e = shortest.indexOf('E');
        String mantissa = e < 0 ? shortest : shortest.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(shortest.substring(e + 1));
        int point = mantissa.indexOf('.');
        StringBuilder all = new StringBuilder(mantissa.length());
        all.append(mantissa, 0, point).append(mantissa, point + 1, mantissa.length());
        int pointAt = point + exponent; // digits of `all` before the decimal point (may be ≤ 0 or beyond)
        // keep pointAt + digits digits of `all`, rounding half up on the next one
        int keep = pointAt + digits;
        long units;
        if (keep < 0) {
            units = 0;
        } else {
            units = 0;
            for (int i = 0; i < keep; i++) {
                units = units * 10 + (i < all.length() ? all.charAt(i) - '0' : 0);
            }
            if (keep < all.length() && all.charAt(keep) >= '5') {
                units++;
            }
        }
        return appendUnits(out, units, digits);
    }
}
