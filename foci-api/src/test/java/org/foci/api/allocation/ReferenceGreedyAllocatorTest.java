package org.foci.api.allocation;

import org.foci.api.testkit.AllocatorContract;

/**
 * Proves the contract kit accepts a correct allocator: a textbook greedy max-min (every spare SM to
 * the currently worst device), written independently of foci-oracle.
 */
class ReferenceGreedyAllocatorTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return (fixed, scalable, count, sms, out) -> {
            AllocationRequest.validate(fixed, scalable, count, sms, out);
            if (count == 0) {
                return Double.NaN;
            }
            for (int m = 0; m < count; m++) {
                out[m] = 1;
            }
            for (int spare = sms - count; spare > 0; spare--) {
                int worst = 0;
                for (int m = 1; m < count; m++) {
                    if (fixed[m] + scalable[m] / out[m] > fixed[worst] + scalable[worst] / out[worst]) {
                        worst = m;
                    }
                }
                out[worst]++;
            }
            return Allocator.worstCost(fixed, scalable, out, count);
        };
    }
}
