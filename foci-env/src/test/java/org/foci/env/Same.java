package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/** Fast exact array comparison for hot test loops; AssertJ's diff only when they differ. */
public final class Same {

    private Same() {
    }

    /** Bit-identical doubles. */
    public static void doubles(double[] actual, double[] expected, String what) {
        if (!Arrays.equals(actual, expected)) {
            assertThat(actual).as(what).containsExactly(expected);
        }
    }

    /** Bit-identical floats. */
    public static void floats(float[] actual, float[] expected, String what) {
        if (!Arrays.equals(actual, expected)) {
            assertThat(actual).as(what).containsExactly(expected);
        }
    }

    /** Equal booleans. */
    public static void booleans(boolean[] actual, boolean[] expected, String what) {
        if (!Arrays.equals(actual, expected)) {
            assertThat(actual).as(what).containsExactly(expected);
        }
    }

    /** Equal ints. */
    public static void ints(int[] actual, int[] expected, String what) {
        if (!Arrays.equals(actual, expected)) {
            assertThat(actual).as(what).containsExactly(expected);
        }
    }
}
