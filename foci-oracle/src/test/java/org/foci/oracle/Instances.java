package org.foci.oracle;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.foci.api.allocation.AllocationRequest;

/** jqwik generators of allocation instances small enough for brute force. */
final class Instances {

    private Instances() {
    }

    /** Up to 6 devices and 12 SMs beyond one each; coarse and fine values, so ties and zeros occur. */
    static Arbitrary<AllocationRequest> small() {
        return instances(6, 12);
    }

    /** Up to 3 devices on up to 153 SMs: more than 32 SMs per device to hand out takes the bulk path. */
    static Arbitrary<AllocationRequest> fewDevicesManySms() {
        return instances(3, 150);
    }

    private static Arbitrary<AllocationRequest> instances(int maxDevices, int maxExtraSms) {
        Arbitrary<Double> fixed = Arbitraries.oneOf(Arbitraries.doubles().between(0, 3).ofScale(1),
                Arbitraries.doubles().between(0, 3).ofScale(12));
        Arbitrary<Double> scalable = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.doubles().between(0, 20).ofScale(1), Arbitraries.doubles().between(0, 20).ofScale(12));
        Arbitrary<double[]> device = Combinators.combine(fixed, scalable).as((rc, rf) -> new double[] {rc, rf});
        return Combinators.combine(device.list().ofMinSize(1).ofMaxSize(maxDevices),
                Arbitraries.integers().between(0, maxExtraSms)).as(Instances::request);
    }

    private static AllocationRequest request(List<double[]> devices, int extraSms) {
        double[] fixed = devices.stream().mapToDouble(d -> d[0]).toArray();
        double[] scalable = devices.stream().mapToDouble(d -> d[1]).toArray();
        return new AllocationRequest(fixed, scalable, devices.size() + extraSms);
    }
}
