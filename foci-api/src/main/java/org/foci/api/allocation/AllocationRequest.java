package org.foci.api.allocation;

import java.util.Arrays;

/**
 * One allocation instance: per-device cost constants and the SMs of the edge.
 *
 * <p>Validated on construction (see {@link #validate}); arrays are copied in and out, so the
 * record is immutable and thread-safe.
 *
 * @param fixedCost    {@code R_c^m}, finite, {@code >= 0}
 * @param scalableCost {@code R_f^m}, finite, {@code >= 0}, same length
 * @param sms          L, {@code >= max(1, number of devices)}
 */
public record AllocationRequest(double[] fixedCost, double[] scalableCost, int sms) {

    /**
     * Checks the request as {@link #validate} does and copies the arrays.
     *
     * @param fixedCost    {@code R_c^m}, finite, {@code >= 0}
     * @param scalableCost {@code R_f^m}, finite, {@code >= 0}, same length
     * @param sms          L, {@code >= max(1, number of devices)}
     */
    public AllocationRequest {
        if (fixedCost == null || scalableCost == null) {
            throw new IllegalArgumentException("fixedCost and scalableCost must not be null");
        }
        if (fixedCost.length != scalableCost.length) {
            throw new IllegalArgumentException("fixedCost and scalableCost must have one entry per device, but had "
                    + fixedCost.length + " and " + scalableCost.length);
        }
        fixedCost = fixedCost.clone();
        scalableCost = scalableCost.clone();
        validate(fixedCost, scalableCost, fixedCost.length, sms, new int[fixedCost.length]);
    }

    /** {@return number of devices} */
    public int deviceCount() {
        return fixedCost.length;
    }

    /** {@return a copy of {@code R_c^m}} */
    @Override
    public double[] fixedCost() {
        return fixedCost.clone();
    }

    /** {@return a copy of {@code R_f^m}} */
    @Override
    public double[] scalableCost() {
        return scalableCost.clone();
    }

    /**
     * Checks the arguments of {@link Allocator#allocate(double[], double[], int, int, int[])}; every
     * allocator calls this first.
     *
     * @param fixedCost    {@code R_c^m}, finite and {@code >= 0} for {@code m < deviceCount}
     * @param scalableCost {@code R_f^m}, finite and {@code >= 0} for {@code m < deviceCount}
     * @param deviceCount  number of devices, {@code 0 <= deviceCount <= sms}
     * @param sms          L, {@code >= 1}
     * @param allocation   the output array, room for {@code deviceCount} entries
     * @throws IllegalArgumentException naming the first offending value, for example
     *                                  {@code scalableCost[3] must be finite and >= 0, but was NaN} or
     *                                  {@code sms must be >= deviceCount (25), but was 24}
     */
    public static void validate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms,
                                int[] allocation) {
        if (fixedCost == null || scalableCost == null || allocation == null) {
            throw new IllegalArgumentException("fixedCost, scalableCost and allocation must not be null");
        }
        if (deviceCount < 0) {
            throw new IllegalArgumentException("deviceCount must be >= 0, but was " + deviceCount);
        }
        if (sms < 1) {
            throw new IllegalArgumentException("sms must be >= 1, but was " + sms);
        }
        if (sms < deviceCount) {
            throw new IllegalArgumentException("sms must be >= deviceCount (" + deviceCount + "), but was " + sms);
        }
        if (fixedCost.length < deviceCount || scalableCost.length < deviceCount || allocation.length < deviceCount) {
            throw new IllegalArgumentException("arrays must hold deviceCount (" + deviceCount
                    + ") entries, but fixedCost, scalableCost and allocation hold " + fixedCost.length + ", "
                    + scalableCost.length + " and " + allocation.length);
        }
        for (int m = 0; m < deviceCount; m++) {
            double fixed = fixedCost[m];
            double scalable = scalableCost[m];
            // one branch per device (environments call this for every edge every step); NaN fails too
            if (!(fixed >= 0 & fixed < Double.POSITIVE_INFINITY & scalable >= 0
                    & scalable < Double.POSITIVE_INFINITY)) {
                requireCost("fixedCost", m, fixed);
                requireCost("scalableCost", m, scalable);
            }
        }
    }

    private static void requireCost(String name, int m, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + "[" + m + "] must be finite and >= 0, but was " + value);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllocationRequest r && r.sms == sms && Arrays.equals(r.fixedCost, fixedCost)
                && Arrays.equals(r.scalableCost, scalableCost);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(fixedCost) + Arrays.hashCode(scalableCost)) + sms;
    }

    @Override
    public String toString() {
        return "AllocationRequest[sms=" + sms + ", fixedCost=" + Arrays.toString(fixedCost) + ", scalableCost="
                + Arrays.toString(scalableCost) + "]";
    }
}
