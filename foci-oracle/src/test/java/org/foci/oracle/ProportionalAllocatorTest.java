package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.testkit.AllocatorContract;
import org.junit.jupiter.api.Test;

class ProportionalAllocatorTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return new ProportionalAllocator();
    }

    @Test
    void theSmsBeyondOneEachFollowTheEdgeWork() {
        // 12 SMs beyond one each, in proportion 1 : 2 : 3.
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[3], new double[] {1, 2, 3}, 15));
        assertThat(allocation.sms()).containsExactly(3, 5, 7);
    }

    @Test
    void leftoverSmsGoToTheLargestRemaindersThenToTheLowerIndex() {
        // Quotas of 10 SMs: 10/7 ≈ 1.43, 20/7 ≈ 2.86, 40/7 ≈ 5.71; floors 1 + 2 + 5 = 8; remainders .86 > .71 > .43.
        assertThat(allocator().allocate(new AllocationRequest(new double[3], new double[] {1, 2, 4}, 13)).sms())
                .containsExactly(2, 4, 7);
        // Equal quotas 2/3 each: the two leftovers go to the first two devices.
        assertThat(allocator().allocate(new AllocationRequest(new double[3], new double[] {5, 5, 5}, 5)).sms())
                .containsExactly(2, 2, 1);
    }

    @Test
    void aDeviceWithoutEdgeWorkGetsExactlyOneSm() {
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {2, 0, 0},
                new double[] {0, 3, 1}, 10));
        // 7 SMs beyond one each: quotas 0, 5.25, 1.75; the leftover SM goes to the larger remainder.
        assertThat(allocation.sms()).containsExactly(1, 6, 3);
    }

    @Test
    void noEdgeWorkAtAllSharesEqually() {
        assertThat(allocator().allocate(new AllocationRequest(new double[] {1, 2, 3}, new double[3], 8)).sms())
                .containsExactly(3, 3, 2);
    }
}
