package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.foci.api.allocation.AllocationRequest;

/** {@code proportional} follows the largest remainder rule on random instances. */
class ProportionalAllocatorPropertiesTest {

    @Property(tries = 500, seed = "1008")
    void everyDeviceGetsOneSmPlusItsHamiltonQuotaOfTheRest(
            @ForAll("smallInstances") AllocationRequest request) {
        int[] sms = new ProportionalAllocator().allocate(request).sms();
        double[] scalable = request.scalableCost();
        double total = 0;
        for (double work : scalable) {
            total += work;
        }
        int rest = request.sms() - request.deviceCount();
        for (int m = 0; m < sms.length; m++) {
            double quota = total == 0 ? (double) rest / sms.length : rest * scalable[m] / total;
            assertThat((double) sms[m] - 1).as("device %d of %s", m, request)
                    .isBetween(Math.floor(quota - 1e-9), Math.ceil(quota + 1e-9));
        }
    }

    @Provide
    Arbitrary<AllocationRequest> smallInstances() {
        return Instances.small();
    }
}
