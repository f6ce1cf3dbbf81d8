package org.skycrane.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reference is the JDK's own formatter: FixedPoint must write what {@code %.Nf} writes, byte for byte. */
class FixedPointTest {

    private static String reference(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private static String fast(double v, int digits) {
        return FixedPoint.append(new StringBuilder(), v, digits).toString();
    }

    @Test
    void matchesTheFormatterOnRandomValuesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int i = 0; i < 400_000; i++) {
            int digits = random.nextInt(8);
            double v = (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble(-9, 13)) * random.nextDouble();
            assertEquals(reference(v, digits), fast(v, digits), () -> "v = " + v + ", digits = " + digits);
        }
    }

    @Test
    void matchesTheFormatterOnDecimalTies() {
        // k.5·10^-N written as decimals are the cases where the shortest digits and the binary value
        // round differently (1.0005 is 1.000499999… in binary; the formatter gives 1.001)
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            int digits = random.nextInt(8);
            long k = random.nextLong(1_000_000_000L);
            double v = Double.parseDouble(k + "5E-" + (digits + 1));
            for (double w : new double[] {v, -v, Math.nextUp(v), Math.nextDown(v)}) {
                assertEquals(reference(w, digits), fast(w, digits), () -> "v = " + w + ", digits = " + digits);
            }
        }
        assertEquals("1.001", fast(1.0005, 3));
    }

    @Test
    void matchesTheFormatterOnSpecialValues() {
        double[] special = {0.0, -0.0, -1e-9, 1e-9, 0.5, -0.5, 1.5, 2.5, 9.9995, 99.5, 1e15, -3.7e20,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : special) {
            for (int digits = 0; digits < 10; digits++) {
                assertEquals(reference(v, digits), fast(v, digits), "v = " + v + ", digits = " + digits);
            }
        }
    }
}
