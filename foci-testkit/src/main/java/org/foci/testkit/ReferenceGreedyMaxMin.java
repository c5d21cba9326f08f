package org.foci.testkit;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * The reference greedy max-min allocator: one SM to every device, then every spare SM, one at a time,
 * to the device whose cost {@code R_c + R_f / l} is currently the worst (ties to the lowest index).
 * With costs convex and decreasing in {@code l}, this reaches the max-min optimum (MODEL.md §8
 * {@code maxmin-exact}); it is written for clarity, in O((L − M)·M), and independently of
 * {@code foci-oracle}, so a simulator's tests can use it as a shaping allocator and an allocator's
 * tests can compare with it.
 *
 * <pre>{@code
 * Allocator oracle = ReferenceGreedyMaxMin.INSTANCE;
 * Allocation a = oracle.allocate(new AllocationRequest(new double[] {0.8, 0.5}, new double[] {1.9, 6.0}, 24));
 * }</pre>
 *
 * <p>Stateless and thread-safe; keeps the whole {@link Allocator} contract ({@link AllocatorContract}).
 */
public final class ReferenceGreedyMaxMin implements Allocator {

    /** The shared instance (stateless). */
    public static final ReferenceGreedyMaxMin INSTANCE = new ReferenceGreedyMaxMin();

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        for (int m = 0; m < deviceCount; m++) {
            allocation[m] = 1;
        }
        for (int left = sms - deviceCount; left > 0; left--) {
            int worst = 0;
            double worstCost = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < deviceCount; m++) {
                double c = fixedCost[m] + scalableCost[m] / allocation[m];
                if (c > worstCost) {
                    worstCost = c;
                    worst = m;
                }
            }
            allocation[worst]++;
        }
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }
}
