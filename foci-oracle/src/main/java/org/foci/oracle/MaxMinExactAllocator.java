package org.foci.oracle;

import java.util.Arrays;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;

/**
 * The exact max-min allocation ({@code maxmin-exact}): integers {@code l^m >= 1} with
 * {@code Σ l^m = L} that minimise the worst cost {@code max_m R_c^m + R_f^m / l^m} (MODEL.md §8).
 *
 * <h2>What it returns</h2>
 * <ol>
 *   <li>The worst cost is the integer optimum {@code v*}: the smallest level {@code v} with
 *       {@code Σ_m need_m(v) <= L}, where {@code need_m(v)} is the fewest SMs that bring device m to
 *       {@code v} or below ({@code ceil(R_f / (v - R_c))}, at least 1), evaluated in the same double
 *       arithmetic as {@link Allocator#worstCost}, so the optimum is exact bit for bit.</li>
 *   <li>Every device first gets {@code need_m(v*)}. The SMs left over (the "spare" SMs no device needs
 *       to reach {@code v*}) go one at a time to the device whose cost drops most
 *       ({@code R_f / (l (l + 1))}; ties: fewer SMs, then lower index). Among all allocations whose
 *       worst cost is {@code v*}, this one has the least total cost {@code Σ c_m}: a utilitarian
 *       tie-break under the max-min objective.</li>
 * </ol>
 *
 * <h2>How</h2>
 * From one SM each, the greedy "next SM to the currently worst device" (among devices whose cost
 * falls with SMs) reaches {@code v*}; then every device is brought back to {@code need_m(v*)} and the
 * spare SMs are handed out by largest drop. Both hand-outs jump in bulk over the SMs they would give
 * anyway when there are many SMs per device (same result). Time {@code O(M + (L - M) log M)}, and
 * at most about {@code 64 M + M log M} divisions whatever L is. Proofs and measured speed in
 * docs/oracle.md.
 *
 * <p>Immutable and thread-safe. A call allocates two arrays of {@code deviceCount} entries for the
 * greedy, two more only if spare SMs remain, and none on the trivial instances (one device, or
 * {@code L = M}).
 */
public final class MaxMinExactAllocator implements Allocator {

    /** Creates the allocator; it has no settings. */
    public MaxMinExactAllocator() {
    }

    @Override
    public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms, int[] allocation) {
        AllocationRequest.validate(fixedCost, scalableCost, deviceCount, sms, allocation);
        if (deviceCount == 0) {
            return Double.NaN;
        }
        if (!SmSteps.allocateTrivially(deviceCount, sms, allocation)) {
            Arrays.fill(allocation, 0, deviceCount, 1);
            SmSteps.handOut(SmSteps.Greedy.TO_WORST, fixedCost, scalableCost, deviceCount, allocation,
                    sms - deviceCount);
            double optimum = Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
            // Back to need_m(v*): the fewest SMs that keep each device at or below the optimum.
            long handedOut = 0;
            for (int m = 0; m < deviceCount; m++) {
                allocation[m] = SmSteps.smallestSufficient(fixedCost[m], scalableCost[m], optimum, allocation[m]);
                handedOut += allocation[m];
            }
            SmSteps.handOut(SmSteps.Greedy.LARGEST_DROP, fixedCost, scalableCost, deviceCount, allocation,
                    sms - handedOut);
        }
        return Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
    }

    @Override
    public String toString() {
        return "MaxMinExactAllocator";
    }
}
