package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.testkit.AllocatorContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IplsMinRiskAllocatorTest extends AllocatorContract {

    private static final MaxMinExactAllocator EXACT = new MaxMinExactAllocator();

    @Override
    protected Allocator allocator() {
        return new IplsMinRiskAllocator();
    }

    @Test
    void theDefaultsAreATenthOfAPercentToleranceAndMinRiskRounding() {
        IplsMinRiskAllocator allocator = new IplsMinRiskAllocator();
        assertThat(allocator.epsilon()).isEqualTo(1e-3);
        assertThat(allocator.rounding()).isEqualTo(IplsMinRiskAllocator.Rounding.MIN_RISK);
    }

    @Test
    void takesSmsBackFromTheDeviceLeftWithTheLowestCost() {
        // Continuous optimum p = 3 with l̄ = (1.5, 1.5, 1): the ceilings (2, 2, 1) hold 5 > 4 SMs. Giving one
        // back leaves device 0 at 0 + 4.5/1 = 4.5 and device 1 at 0.5 + 3.75/1 = 4.25: device 1 gives it.
        AllocationRequest request = new AllocationRequest(new double[] {0, 0.5, 2}, new double[] {4.5, 3.75, 1}, 4);
        Allocation allocation = allocator().allocate(request);
        assertThat(allocation.sms()).containsExactly(2, 1, 1);
        assertThat(allocation.worstCost()).isEqualTo(4.25).isEqualTo(EXACT.allocate(request).worstCost());
    }

    @Test
    void tiedTakeBacksGoToTheLowerIndexFirst() {
        // l̄ = 4/3 each, ceilings 2 each: two SMs come back, every candidate is left at cost 6.
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[3], new double[] {6, 6, 6}, 4));
        assertThat(allocation.sms()).containsExactly(1, 1, 2);
    }

    @Test
    void aCoarseGridThatLeavesSmsUnassignedHandsThemToTheWorstDevice() {
        // With ε = 10⁶ the grid is {R̄^l, R̄^u}; R̄^u gives one SM each and the greedy hands out the rest.
        Allocator coarse = new IplsMinRiskAllocator(1e6, IplsMinRiskAllocator.Rounding.MIN_RISK);
        AllocationRequest request = new AllocationRequest(new double[] {0.5, 1, 0.3}, new double[] {8, 2, 5}, 9);
        Allocation allocation = coarse.allocate(request);
        assertThat(allocation.total()).isEqualTo(9);
        assertThat(allocation.worstCost()).isEqualTo(EXACT.allocate(request).worstCost());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, 1e-15, 1e-9, 1e-3, 0.5, 3, 1e6, 1e300})
    void anyToleranceReachesTheIntegerOptimum(double epsilon) {
        Allocator allocator = new IplsMinRiskAllocator(epsilon, IplsMinRiskAllocator.Rounding.MIN_RISK);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 300; i++) {
            AllocationRequest request = randomRequest(random, 24);
            assertThat(allocator.allocate(request).worstCost()).as("epsilon %s, %s", epsilon, request)
                    .isEqualTo(EXACT.allocate(request).worstCost());
        }
    }

    @Test
    void identicalDevicesShareEvenly() {
        double[] fixed = new double[6];
        double[] scalable = new double[6];
        Arrays.fill(fixed, 1.1);
        Arrays.fill(scalable, 7.3);
        int[] sms = allocator().allocate(new AllocationRequest(fixed, scalable, 20)).sms();
        assertThat(Arrays.stream(sms).max().orElseThrow() - Arrays.stream(sms).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void allZeroScalableCostsGiveTheLargestFixedCost() {
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {0.4, 2.5, 1}, new double[3], 9));
        assertThat(allocation.worstCost()).isEqualTo(2.5);
        assertThat(allocation.sms()).containsExactly(3, 3, 3);
    }

    @Test
    void allZeroCostsHaveZeroWorstCost() {
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[4], new double[4], 10));
        assertThat(allocation.worstCost()).isZero();
        assertThat(allocation.total()).isEqualTo(10);
    }

    @Test
    void manySmsPerDeviceStayFast() {
        // The relative grid is coarse in SMs here (R_c dominates): the hand-out moves millions of SMs.
        AllocationRequest request = new AllocationRequest(new double[] {0.5, 1.2, 0.9}, new double[] {3, 10, 7},
                1_000_000_000);
        Allocation allocation = allocator().allocate(request);
        assertThat(allocation.total()).isEqualTo(1_000_000_000);
        assertThat(allocation.worstCost()).isEqualTo(EXACT.allocate(request).worstCost());
    }

    @Test
    void aToleranceThatIsNotFiniteAndPositiveIsRejectedNamingIt() {
        for (double epsilon : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new IplsMinRiskAllocator(epsilon, IplsMinRiskAllocator.Rounding.MIN_RISK))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("epsilon must be finite and > 0, but was " + epsilon);
        }
    }
}
