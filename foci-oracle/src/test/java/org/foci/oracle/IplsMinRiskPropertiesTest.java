package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;

/** {@code ipls-minrisk} against {@code maxmin-exact} (itself checked against brute force). */
class IplsMinRiskPropertiesTest {

    private final MaxMinExactAllocator exact = new MaxMinExactAllocator();

    @Property(tries = 1000, seed = "1002")
    void minRiskRoundingReachesTheIntegerOptimumForAnyTolerance(
            @ForAll("smallInstances") AllocationRequest request,
            @ForAll("tolerances") double epsilon) {
        Allocation allocation = new IplsMinRiskAllocator(epsilon, IplsMinRiskAllocator.Rounding.MIN_RISK)
                .allocate(request);
        assertThat(allocation.worstCost()).as("epsilon %s, %s", epsilon, request)
                .isEqualTo(exact.allocate(request).worstCost());
    }

    @Property(tries = 300, seed = "1003")
    void minRiskRoundingReachesTheIntegerOptimumWithManySmsPerDevice(
            @ForAll("fewDevicesManySms") AllocationRequest request,
            @ForAll("tolerances") double epsilon) {
        Allocation allocation = new IplsMinRiskAllocator(epsilon, IplsMinRiskAllocator.Rounding.MIN_RISK)
                .allocate(request);
        assertThat(allocation.worstCost()).as("epsilon %s, %s", epsilon, request)
                .isEqualTo(exact.allocate(request).worstCost());
    }

    @Property(tries = 1000, seed = "1004")
    void theLiteralTakeBackNeverBeatsTheOptimum(
            @ForAll("smallInstances") AllocationRequest request,
            @ForAll("tolerances") double epsilon) {
        Allocation allocation = new IplsMinRiskAllocator(epsilon, IplsMinRiskAllocator.Rounding.LEAST_INCREASE)
                .allocate(request);
        assertThat(allocation.worstCost()).as("epsilon %s, %s", epsilon, request)
                .isGreaterThanOrEqualTo(exact.allocate(request).worstCost());
        assertThat(allocation.total()).isEqualTo(request.sms());
    }

    @Provide
    Arbitrary<Double> tolerances() {
        return Arbitraries.of(1e-12, 1e-6, 1e-3, 0.05, 1.0, 1e3);
    }

    @Provide
    Arbitrary<AllocationRequest> smallInstances() {
        return Instances.small();
    }

    @Provide
    Arbitrary<AllocationRequest> fewDevicesManySms() {
        return Instances.fewDevicesManySms();
    }
}
