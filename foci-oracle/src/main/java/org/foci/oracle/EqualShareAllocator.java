package org.foci.oracle;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * The default runtime policy of an edge ({@code equal-share}, MODEL.md §3): {@code floor(L / M)} SMs
 * each, and the remaining {@code L mod M} one by one to the first devices in the given (admission)
 * order. It ignores the costs; it is the baseline the fairness oracle is compared with.
 *
 * <p>Time {@code O(M)}, no allocation. Immutable and thread-safe.
 */
public final class EqualShareAllocator implements Allocator {

    /** Creates the allocator; it has no settings. */
    public EqualShareAllocator() {
    }

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        SmSteps.shareEqually(deviceCount, sms, allocation);
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }

    @Override
    public String toString() {
        return "EqualShareAllocator";
    }
}
