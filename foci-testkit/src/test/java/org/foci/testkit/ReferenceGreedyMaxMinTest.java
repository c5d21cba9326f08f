package org.foci.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.junit.jupiter.api.Test;

/**
 * The reference greedy keeps the allocator contract (which also proves the kit accepts a correct
 * allocator) and computes the hand-checked allocations below.
 */
class ReferenceGreedyMaxMinTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return ReferenceGreedyMaxMin.INSTANCE;
    }

    @Test
    void everySpareSmGoesToTheCurrentlyWorstDevice() {
        // Costs 1 + 8/l and 2 + 2/l. One each: 9 and 4; device 0 gets the next two (5, then 3.67 < 4),
        // device 1 the last (3 < 3.67).
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {1, 2}, new double[] {8, 2}, 5));
        assertThat(allocation.sms()).containsExactly(3, 2);
        assertThat(allocation.worstCost()).isEqualTo(1 + 8.0 / 3);
    }

    @Test
    void tiesGoToTheLowestIndex() {
        Allocation allocation = allocator().allocate(
                new AllocationRequest(new double[] {0, 0, 0}, new double[] {6, 6, 6}, 5));
        assertThat(allocation.sms()).containsExactly(2, 2, 1);
        assertThat(allocation.worstCost()).isEqualTo(6.0);
    }

    @Test
    void theWorstCostIsTheMaxMinOptimumOnASmallInstance() {
        // Exhaustively: l0 + l1 = 6, worst = max(0.5 + 4/l0, 1 + 1/l1); the best is l0 = 4 (1.5) and l1 = 2 (1.5).
        double best = Double.POSITIVE_INFINITY;
        for (int l0 = 1; l0 < 6; l0++) {
            best = Math.min(best, Math.max(0.5 + 4.0 / l0, 1 + 1.0 / (6 - l0)));
        }
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {0.5, 1}, new double[] {4, 1}, 6));
        assertThat(allocation.worstCost()).isEqualTo(best).isEqualTo(1.5);
    }
}
