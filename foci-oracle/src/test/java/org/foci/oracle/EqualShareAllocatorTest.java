package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.testkit.AllocatorContract;
import org.junit.jupiter.api.Test;

class EqualShareAllocatorTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return new EqualShareAllocator();
    }

    @Test
    void theRemainderGoesToTheFirstDevicesInAdmissionOrder() {
        Allocation allocation = allocator().allocate(
                new AllocationRequest(new double[] {9, 0, 0, 0, 0}, new double[] {0, 9, 9, 9, 9}, 12));
        assertThat(allocation.sms()).containsExactly(3, 3, 2, 2, 2);
    }

    @Test
    void theCostsDoNotMatter() {
        Allocation cheap = allocator().allocate(new AllocationRequest(new double[] {0, 0, 0}, new double[] {1, 1, 1}, 7));
        Allocation skewed = allocator().allocate(new AllocationRequest(new double[] {5, 0, 1}, new double[] {0, 90, 2}, 7));
        assertThat(skewed.sms()).containsExactly(cheap.sms());
    }

    @Test
    void theWorstCostIsReportedForTheSharesWritten() {
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {1, 0}, new double[] {2, 12}, 4));
        assertThat(allocation.sms()).containsExactly(2, 2);
        assertThat(allocation.worstCost()).isEqualTo(6.0);
    }
}
