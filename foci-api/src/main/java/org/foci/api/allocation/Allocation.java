package org.foci.api.allocation;

import java.util.Arrays;

/**
 * The result of an allocation: SMs per device and the worst device cost they give.
 *
 * <p>Immutable (arrays are copied).
 *
 * @param sms       SMs per device, in request order, each {@code >= 1}
 * @param worstCost {@code max_m R_c^m + R_f^m / l^m}, or NaN when there is no device
 */
public record Allocation(int[] sms, double worstCost) {

    /**
     * Copies {@code sms}.
     *
     * @param sms       SMs per device, in request order, each {@code >= 1}
     * @param worstCost {@code max_m R_c^m + R_f^m / l^m}, or NaN when there is no device
     */
    public Allocation {
        sms = sms.clone();
    }

    /** {@return a copy of the SMs per device} */
    @Override
    public int[] sms() {
        return sms.clone();
    }

    /** {@return total SMs handed out} */
    public int total() {
        return Arrays.stream(sms).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Allocation a && Arrays.equals(a.sms, sms)
                && Double.compare(a.worstCost, worstCost) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sms) + Double.hashCode(worstCost);
    }

    @Override
    public String toString() {
        return "Allocation[sms=" + Arrays.toString(sms) + ", worstCost=" + worstCost + "]";
    }
}
