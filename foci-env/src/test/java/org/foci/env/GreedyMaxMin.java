package org.foci.env;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * An exact max-min shaping allocator for tests (MODEL.md §8 "maxmin-exact"): one SM each, then every
 * next SM to the currently worst device (ties to the first).
 */
public final class GreedyMaxMin implements Allocator {

    /** The shared instance (stateless). */
    public static final GreedyMaxMin INSTANCE = new GreedyMaxMin();

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
