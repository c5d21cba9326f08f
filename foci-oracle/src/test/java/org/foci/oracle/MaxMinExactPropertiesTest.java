package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.data.Offset;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;

/** {@code maxmin-exact} against brute-force enumeration of every allocation. */
class MaxMinExactPropertiesTest {

    private final MaxMinExactAllocator exact = new MaxMinExactAllocator();

    @Property(tries = 1500, seed = "1005")
    void reachesTheBruteForceWorstCost(@ForAll("smallInstances") AllocationRequest request) {
        BruteForce.Optimum optimum = BruteForce.solve(request);
        Allocation allocation = exact.allocate(request);
        // Both evaluate costs as Allocator.worstCost does, so the optimum must agree bit for bit.
        assertThat(allocation.worstCost()).as("%s", request).isEqualTo(optimum.worstCost());
    }

    @Property(tries = 300, seed = "1006")
    void reachesTheBruteForceWorstCostWithManySmsPerDevice(@ForAll("fewDevicesManySms") AllocationRequest request) {
        BruteForce.Optimum optimum = BruteForce.solve(request);
        assertThat(exact.allocate(request).worstCost()).as("%s", request).isEqualTo(optimum.worstCost());
    }

    @Property(tries = 1500, seed = "1007")
    void spareSmsGiveTheLeastTotalCostAmongOptimalAllocations(@ForAll("smallInstances") AllocationRequest request) {
        BruteForce.Optimum optimum = BruteForce.solve(request);
        Allocation allocation = exact.allocate(request);
        double total = BruteForce.totalCost(request.fixedCost(), request.scalableCost(), allocation.sms());
        assertThat(total).as("%s -> %s", request, allocation)
                .isCloseTo(optimum.totalCostAtWorst(), Offset.offset(1e-12 * Math.max(1, optimum.totalCostAtWorst())));
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
