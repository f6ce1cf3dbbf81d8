package org.skycrane.mars;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Mars-GRAM profile sets kept in the disk cache are the parsed CSV, bit for bit. */
class MarsGramCacheTest {

    private static void assertSame(MarsGram.ProfileSet expected, MarsGram.ProfileSet actual) {
        assertEquals(Double.doubleToRawLongBits(expected.gridStart()), Double.doubleToRawLongBits(actual.gridStart()));
        assertEquals(Double.doubleToRawLongBits(expected.gridStep()), Double.doubleToRawLongBits(actual.gridStep()));
        assertArrayEquals(bits(expected.meanDensity()), bits(actual.meanDensity()));
        assertEquals(expected.profiles().size(), actual.profiles().size());
        for (int k = 0; k < expected.profiles().size(); k++) {
            assertArrayEquals(bits(expected.profiles().get(k)), bits(actual.profiles().get(k)), "profile " + k);
        }
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void eachSetComesBackAsParsed() {
        for (String name : MarsGram.PROFILE_SETS) {
            MarsGram.ProfileSet parsed = MarsGram.parseProfiles(name);
            byte[] bytes = MarsGram.PROFILE_SET_BITS.encode(parsed);
            assertSame(parsed, MarsGram.PROFILE_SET_BITS.decode(bytes));
            assertSame(parsed, MarsGram.profileSet(name)); // through the shared cache, written or read
            assertNull(MarsGram.PROFILE_SET_BITS.decode(Arrays.copyOf(bytes, bytes.length - 8)), "a truncated file");
        }
        // one profile of 2.5 altitudes: its size, 4 + 2.5 × 2 doubles, is whole though its header is not
        java.nio.ByteBuffer fractional = java.nio.ByteBuffer.allocate(9 * Double.BYTES);
        fractional.putDouble(0).putDouble(1000).putDouble(1).putDouble(2.5);
        assertNull(MarsGram.PROFILE_SET_BITS.decode(fractional.array()), "a header that is not whole");
    }
}
