package org.foci.agents.augment;

/** Argument checks shared by the augmenters. */
final class AugmentChecks {

    private AugmentChecks() {
    }

    /**
     * Checks that {@code out} holds {@code devices} rows of {@code stride} floats and that the
     * augmenter's {@code features} columns starting at {@code offset} fit in a row.
     *
     * @throws IllegalArgumentException naming the violated rule and the values
     */
    static void requireMatrix(float[] out, int devices, int offset, int stride, int features) {
        if (out == null) {
            throw new NullPointerException("out");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, but was " + offset);
        }
        if ((long) offset + features > stride) {
            throw new IllegalArgumentException("offset + featureCount must be <= stride, but was " + offset + " + "
                    + features + " > " + stride);
        }
        if ((long) devices * stride > out.length) {
            throw new IllegalArgumentException("out must hold " + devices + " rows of " + stride + " floats ("
                    + (long) devices * stride + "), but has " + out.length);
        }
    }
}
