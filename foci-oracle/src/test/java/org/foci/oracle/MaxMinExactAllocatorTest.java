package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.testkit.AllocatorContract;
import org.junit.jupiter.api.Test;

class MaxMinExactAllocatorTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return new MaxMinExactAllocator();
    }

    @Test
    void theHeavyDeviceGetsWhatItNeedsToLowerTheWorstCost() {
        // (4, 1): max(10/4, 1/1) = 2.5; (3, 2): 3.33; (5, 0) is not allowed.
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[2], new double[] {10, 1}, 5));
        assertThat(allocation.sms()).containsExactly(4, 1);
        assertThat(allocation.worstCost()).isEqualTo(2.5);
    }

    @Test
    void identicalDevicesShareEvenlyAndSpareSmsGoInOrder() {
        double[] fixed = new double[5];
        double[] scalable = new double[5];
        Arrays.fill(fixed, 0.5);
        Arrays.fill(scalable, 6);
        Allocation allocation = allocator().allocate(new AllocationRequest(fixed, scalable, 12));
        // Some device must stay at 2 SMs, so v* = 0.5 + 6/2; the 2 spare SMs tie on every rule but the index.
        assertThat(allocation.worstCost()).isEqualTo(3.5);
        assertThat(allocation.sms()).containsExactly(3, 3, 2, 2, 2);
    }

    @Test
    void aDeviceThatSmsCannotHelpFixesTheOptimumAndTheRestGoWhereCostsDropMost() {
        // Device 0 runs locally at cost 3; the others need only 1 SM each to stay below 3.
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {3, 0, 0},
                new double[] {0, 2, 1}, 6));
        assertThat(allocation.worstCost()).isEqualTo(3.0);
        // Spare 3 SMs by largest drop: device 1 (2/2 = 1), device 2 (1/2 = .5) vs device 1 (2/6 = .33), then device 1.
        assertThat(allocation.sms()).containsExactly(1, 3, 2);
    }

    @Test
    void withoutEdgeWorkTheSmsGoRoundRobin() {
        assertThat(allocator().allocate(new AllocationRequest(new double[] {1, 2, 3}, new double[3], 8)).sms())
                .containsExactly(3, 3, 2);
        assertThat(allocator().allocate(new AllocationRequest(new double[] {1, 2, 3}, new double[3], 800_002)).sms())
                .containsExactly(266_668, 266_667, 266_667);
    }

    @Test
    void manySmsPerDeviceAreSolvedWithoutOneStepPerSm() {
        double[] fixed = {0.5, 1.2, 0.9};
        double[] scalable = {3, 10, 7};
        Allocation allocation = allocator().allocate(new AllocationRequest(fixed, scalable, 1_000_000_000));
        assertThat(allocation.total()).isEqualTo(1_000_000_000);
        // The worst device is 1 (highest R_c); the optimum is its cost with every SM the others can spare.
        int[] sms = allocation.sms();
        assertThat(allocation.worstCost()).isEqualTo(1.2 + 10.0 / sms[1]);
        assertThat(sms[0] + sms[2]).isLessThan(100);
    }

    @Test
    void tinyScalableCostNextToAHugeFixedCostStaysExact() {
        AllocationRequest request = new AllocationRequest(new double[] {1e6, 0}, new double[] {1e-9, 1e9}, 24);
        Allocation allocation = allocator().allocate(request);
        assertThat(allocation.worstCost()).isEqualTo(BruteForce.solve(request).worstCost());
    }
}
