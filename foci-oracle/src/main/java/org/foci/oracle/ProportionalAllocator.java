package org.foci.oracle;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * A runtime policy that shares SMs in proportion to the edge work ({@code proportional}): every
 * device gets 1 SM (the minimum), and the other {@code L - M} are apportioned in proportion to
 * {@code R_f^m} by the largest remainder (Hamilton) method: {@code floor} of each quota, then one more
 * to the devices with the largest fractional parts (ties: lower index).
 *
 * <p>Why the 1 comes first: it keeps the floor of 1 SM without a repair step, and a device with
 * {@code R_f = 0} (nothing to run on the edge) gets exactly 1. When every {@code R_f} is 0 there is no
 * proportion to follow and the SMs are shared as {@link EqualShareAllocator} does.
 *
 * <p>Time {@code O(M log M)} at worst; a call allocates two arrays of {@code deviceCount} entries.
 * Immutable and thread-safe.
 */
public final class ProportionalAllocator implements Allocator {

    /** Creates the allocator; it has no settings. */
    public ProportionalAllocator() {
    }

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        double largest = 0;
        for (int m = 0; m < deviceCount; m++) {
            largest = Math.max(largest, scalableCost[m]);
        }
        if (largest == 0) {
            SmSteps.shareEqually(deviceCount, sms, allocation);
        } else if (!SmSteps.allocateTrivially(deviceCount, sms, allocation)) {
            apportion(scalableCost, largest, deviceCount, sms, allocation);
        }
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }

    /** One SM each, then the other {@code L - M} by largest remainder; requires some {@code R_f > 0}. */
    private static void apportion(double[] scalableCost, double largest, int deviceCount, int sms,
                                  int[] allocation) {
        // Weights relative to the largest, so that their sum cannot overflow.
        double totalWeight = 0;
        for (int m = 0; m < deviceCount; m++) {
            totalWeight += scalableCost[m] / largest;
        }
        long rest = sms - deviceCount;
        long apportioned = 0;
        DeviceHeap largestRemainderFirst = new DeviceHeap(deviceCount, null);
        for (int m = 0; m < deviceCount; m++) {
            double quota = rest * (scalableCost[m] / largest / totalWeight);
            // Capping the running total keeps Σ floor(quota) <= rest even if rounding nudged a quota up.
            long whole = Math.min((long) Math.floor(quota), rest - apportioned);
            allocation[m] = 1 + (int) whole;
            apportioned += whole;
            largestRemainderFirst.add(m, quota - whole);
        }
        largestRemainderFirst.heapify();
        // Σ floor(quota) > rest - M, so at most M SMs are left: one per device at most.
        long left = rest - apportioned;
        while (left > 0 && !largestRemainderFirst.isEmpty()) {
            allocation[largestRemainderFirst.top()]++;
            largestRemainderFirst.removeTop();
            left--;
        }
        // Only for (L - M)·M beyond about 2^52 could rounding leave more: those go round robin.
        for (int m = 0; left > 0; m = (m + 1) % deviceCount, left--) {
            allocation[m]++;
        }
    }

    @Override
    public String toString() {
        return "ProportionalAllocator";
    }
}
