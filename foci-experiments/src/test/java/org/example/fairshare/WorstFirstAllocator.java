package org.example.fairshare;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * An example third-party allocator, as a researcher would write it in their own jar: every device
 * starts with one SM, then each spare SM goes to the device that is currently worst off (ties to
 * the lowest index). This greedy rule is optimal for max-min with costs {@code R_c + R_f / l}; it
 * is O(L·M), fine for an example.
 */
public final class WorstFirstAllocator implements Allocator {

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        for (int m = 0; m < deviceCount; m++) {
            allocation[m] = 1;
        }
        for (int spare = sms - deviceCount; spare > 0; spare--) {
            int worst = 0;
            double worstCost = fixedCost[0] + scalableCost[0] / allocation[0];
            for (int m = 1; m < deviceCount; m++) {
                double cost = fixedCost[m] + scalableCost[m] / allocation[m];
                if (cost > worstCost) {
                    worst = m;
                    worstCost = cost;
                }
            }
            allocation[worst]++;
        }
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }
}
