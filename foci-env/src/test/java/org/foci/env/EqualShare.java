package org.foci.env;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * The equal-share runtime allocator of MODEL.md §3, for tests (foci-env may not depend on
 * foci-oracle): ⌊L/|M_n|⌋ each, the remainder one by one in admission order.
 */
public final class EqualShare implements Allocator {

    /** The shared instance (stateless). */
    public static final EqualShare INSTANCE = new EqualShare();

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        int base = sms / deviceCount;
        int extra = sms % deviceCount;
        for (int m = 0; m < deviceCount; m++) {
            allocation[m] = base + (m < extra ? 1 : 0);
        }
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }
}
