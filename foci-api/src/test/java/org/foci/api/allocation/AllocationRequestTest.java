package org.foci.api.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllocationRequestTest {

    @Test
    void invalidValuesAreNamedWithTheirIndex() {
        assertThatThrownBy(() -> new AllocationRequest(new double[] {1, 2}, new double[] {1, -0.5}, 4))
                .hasMessage("scalableCost[1] must be finite and >= 0, but was -0.5");
        assertThatThrownBy(() -> new AllocationRequest(new double[] {1, 2}, new double[] {1}, 4))
                .hasMessageContaining("one entry per device");
        assertThatThrownBy(() -> new AllocationRequest(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 2))
                .hasMessage("sms must be >= deviceCount (3), but was 2");
        assertThatThrownBy(() -> new AllocationRequest(new double[0], new double[0], 0))
                .hasMessage("sms must be >= 1, but was 0");
    }

    @Test
    void everyNonFiniteOrNegativeCostIsRefusedAndZeroIsAccepted() {
        double[] bad = {-1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double value : bad) {
            assertThatThrownBy(() -> new AllocationRequest(new double[] {1, value}, new double[] {1, 1}, 4))
                    .hasMessage("fixedCost[1] must be finite and >= 0, but was " + value);
            assertThatThrownBy(() -> new AllocationRequest(new double[] {1, 1}, new double[] {value, 1}, 4))
                    .hasMessage("scalableCost[0] must be finite and >= 0, but was " + value);
        }
        assertThat(new AllocationRequest(new double[] {0.0, -0.0}, new double[] {Double.MAX_VALUE, 0}, 2)
                .deviceCount()).isEqualTo(2);
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] fixed = {1, 2};
        AllocationRequest request = new AllocationRequest(fixed, new double[] {3, 4}, 5);
        fixed[0] = 99;
        request.fixedCost()[1] = 99;
        assertThat(request.fixedCost()).containsExactly(1, 2);
    }

    @Test
    void worstCostIsTheLargestDeviceCost() {
        assertThat(Allocator.worstCost(new double[] {1, 0}, new double[] {2, 9}, new int[] {2, 3}, 2)).isEqualTo(3.0);
        assertThat(Allocator.worstCost(new double[0], new double[0], new int[0], 0)).isNaN();
        assertThatThrownBy(() -> Allocator.worstCost(new double[] {1}, new double[] {1}, new int[] {0}, 1))
                .hasMessage("allocation[0] must be >= 1, but was 0");
    }
}
