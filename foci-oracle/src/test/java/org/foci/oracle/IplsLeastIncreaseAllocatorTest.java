package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.testkit.AllocatorContract;
import org.junit.jupiter.api.Test;

/** The literal "least own increase" reading of Algorithm 1's take-back keeps the contract too. */
class IplsLeastIncreaseAllocatorTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return new IplsMinRiskAllocator(1e-3, IplsMinRiskAllocator.Rounding.LEAST_INCREASE);
    }

    @Test
    void takingBackWhereTheOwnCostRisesLeastCanRaiseTheWorstCost() {
        // Continuous optimum p = 4.5 with l̄ = (2.8, 1.2): the ceilings (3, 2) hold one SM too many. Device 0's
        // own cost rises least (by 7/6, to 5.5), but device 1 would be left lower (3/2 more, at 5): the literal
        // rule ends at 5.5, min-risk at the optimum 5.
        AllocationRequest request = new AllocationRequest(new double[] {2, 2}, new double[] {7, 3}, 4);
        Allocation literal = allocator().allocate(request);
        Allocation minRisk = new IplsMinRiskAllocator().allocate(request);
        assertThat(literal.sms()).containsExactly(2, 2);
        assertThat(literal.worstCost()).isEqualTo(5.5);
        assertThat(minRisk.sms()).containsExactly(3, 1);
        assertThat(minRisk.worstCost()).isEqualTo(5.0).isEqualTo(new MaxMinExactAllocator().allocate(request).worstCost());
    }
}
