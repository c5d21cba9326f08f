package org.foci.oracle;

import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * Enumerates every composition of L into M positive parts: the slow, obviously right reference for
 * small instances ({@code C(L-1, M-1)} allocations).
 */
final class BruteForce {

    /** The best worst cost, and the least total cost among allocations that reach it. */
    record Optimum(double worstCost, double totalCostAtWorst) {
    }

    private BruteForce() {
    }

    static Optimum solve(AllocationRequest request) {
        double[] fixed = request.fixedCost();
        double[] scalable = request.scalableCost();
        int devices = request.deviceCount();
        int[] allocation = new int[devices];
        double[] best = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        enumerate(fixed, scalable, allocation, 0, request.sms(), best);
        return new Optimum(best[0], best[1]);
    }

    private static void enumerate(double[] fixed, double[] scalable, int[] allocation, int device, int left,
                                  double[] best) {
        int devices = allocation.length;
        if (device == devices - 1) {
            allocation[device] = left;
            double worst = Allocator.worstCost(fixed, scalable, allocation, devices);
            double total = totalCost(fixed, scalable, allocation);
            if (worst < best[0] || worst == best[0] && total < best[1]) {
                best[0] = worst;
                best[1] = total;
            }
            return;
        }
        int othersNeed = devices - device - 1;
        for (int l = 1; l <= left - othersNeed; l++) {
            allocation[device] = l;
            enumerate(fixed, scalable, allocation, device + 1, left - l, best);
        }
    }

    static double totalCost(double[] fixed, double[] scalable, int[] allocation) {
        double total = 0;
        for (int m = 0; m < allocation.length; m++) {
            total += fixed[m] + scalable[m] / allocation[m];
        }
        return total;
    }
}
