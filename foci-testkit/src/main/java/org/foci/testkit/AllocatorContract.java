package org.foci.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Allocator} keeps. Extend it in your allocator's tests:
 *
 * <pre>{@code
 * class MyAllocatorTest extends AllocatorContract {
 *     @Override protected Allocator allocator() { return new MyAllocator(); }
 * }
 * }</pre>
 *
 * <p>Checks, on seeded random instances: every device gets at least one SM and all SMs are handed
 * out; the returned worst cost is the worst cost of the allocation written; the same input gives
 * the same output; inputs are not modified; invalid input is rejected with a message naming the
 * value; degenerate instances (no device, one device, zero scalable cost, L = M) work.
 */
public abstract class AllocatorContract {

    /** Instances per randomised check. */
    protected static final int RANDOM_INSTANCES = 300;

    /** A fresh allocator under test. */
    protected abstract Allocator allocator();

    /** A random instance: up to {@code maxDevices} devices, L in [devices, 2·maxDevices]. */
    protected static AllocationRequest randomRequest(SplittableRandom random, int maxDevices) {
        int devices = 1 + random.nextInt(maxDevices);
        int sms = devices + random.nextInt(maxDevices + 1);
        double[] fixed = new double[devices];
        double[] scalable = new double[devices];
        for (int m = 0; m < devices; m++) {
            fixed[m] = random.nextDouble() * 2;
            scalable[m] = random.nextInt(10) == 0 ? 0 : random.nextDouble() * 20;
        }
        return new AllocationRequest(fixed, scalable, sms);
    }

    @Test
    void everyDeviceGetsAtLeastOneSmAndAllSmsAreHandedOut() {
        SplittableRandom random = new SplittableRandom(1);
        Allocator allocator = allocator();
        for (int i = 0; i < RANDOM_INSTANCES; i++) {
            AllocationRequest request = randomRequest(random, 24);
            Allocation allocation = allocator.allocate(request);
            assertThat(allocation.sms()).as("instance %s", request).hasSize(request.deviceCount());
            assertThat(java.util.Arrays.stream(allocation.sms()).min().orElseThrow()).as("instance %s", request)
                    .isGreaterThanOrEqualTo(1);
            assertThat(allocation.total()).as("instance %s", request).isEqualTo(request.sms());
        }
    }

    @Test
    void returnedWorstCostIsTheWorstCostOfTheAllocationWritten() {
        SplittableRandom random = new SplittableRandom(2);
        Allocator allocator = allocator();
        for (int i = 0; i < RANDOM_INSTANCES; i++) {
            AllocationRequest request = randomRequest(random, 24);
            Allocation allocation = allocator.allocate(request);
            double expected = Allocator.worstCost(request.fixedCost(), request.scalableCost(), allocation.sms(),
                    request.deviceCount());
            assertThat(allocation.worstCost()).as("instance %s", request).isEqualTo(expected);
        }
    }

    @Test
    void theSameInputGivesTheSameAllocation() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            AllocationRequest request = randomRequest(random, 24);
            assertThat(allocator().allocate(request)).isEqualTo(allocator().allocate(request));
        }
    }

    @Test
    void inputsAreNotModifiedAndEntriesBeyondTheDeviceCountAreIgnored() {
        double[] fixed = {0.5, 1.0, 0.2, 99};
        double[] scalable = {3.0, 1.0, 6.0, 99};
        double[] fixedCopy = fixed.clone();
        double[] scalableCopy = scalable.clone();
        int[] out = {-7, -7, -7, -7};
        allocator().allocate(fixed, scalable, 3, 10, out);
        assertThat(fixed).containsExactly(fixedCopy);
        assertThat(scalable).containsExactly(scalableCopy);
        assertThat(out[3]).isEqualTo(-7);
        assertThat(out[0] + out[1] + out[2]).isEqualTo(10);
    }

    @Test
    void noDeviceWritesNothingAndHasNoValue() {
        int[] out = {-1};
        double worst = allocator().allocate(new double[0], new double[0], 0, 24, out);
        assertThat(worst).isNaN();
        assertThat(out[0]).isEqualTo(-1);
    }

    @Test
    void oneDeviceGetsEverySm() {
        Allocation allocation = allocator().allocate(new AllocationRequest(new double[] {0.3}, new double[] {5}, 24));
        assertThat(allocation.sms()).containsExactly(24);
        assertThat(allocation.worstCost()).isCloseTo(0.3 + 5.0 / 24, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void asManyDevicesAsSmsGetOneEach() {
        double[] fixed = new double[24];
        double[] scalable = new double[24];
        Arrays.fill(scalable, 2.0);
        assertThat(allocator().allocate(new AllocationRequest(fixed, scalable, 24)).sms()).containsOnly(1);
    }

    @Test
    void zeroScalableCostsAreAllowed() {
        Allocation allocation = allocator().allocate(
                new AllocationRequest(new double[] {1, 1, 1}, new double[] {0, 0, 0}, 5));
        assertThat(allocation.total()).isEqualTo(5);
        assertThat(allocation.worstCost()).isEqualTo(1.0);
    }

    @Test
    void hugeRatiosStayFinite() {
        Allocation allocation = allocator().allocate(
                new AllocationRequest(new double[] {0, 1e-9, 1e6}, new double[] {1e9, 1e-9, 1}, 24));
        assertThat(allocation.total()).isEqualTo(24);
        assertThat(allocation.worstCost()).isFinite();
    }

    @Test
    void negativeCostIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> allocator().allocate(new double[] {0.1, -2}, new double[] {1, 1}, 2, 4, new int[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixedCost[1]").hasMessageContaining("-2.0");
    }

    @Test
    void nonFiniteCostIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> allocator().allocate(new double[] {0.1, 0.2}, new double[] {1, Double.NaN}, 2, 4,
                new int[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scalableCost[1]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> allocator().allocate(new double[] {Double.POSITIVE_INFINITY}, new double[] {1}, 1, 4,
                new int[1])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixedCost[0]").hasMessageContaining("Infinity");
    }

    @Test
    void fewerSmsThanDevicesIsRejectedNamingBoth() {
        assertThatThrownBy(() -> allocator().allocate(new double[3], new double[] {1, 1, 1}, 3, 2, new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sms").hasMessageContaining("3").hasMessageContaining("2");
    }
}
