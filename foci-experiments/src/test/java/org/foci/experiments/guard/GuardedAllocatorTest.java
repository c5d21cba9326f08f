package org.foci.experiments.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.foci.api.allocation.Allocator;
import org.foci.oracle.EqualShareAllocator;
import org.foci.oracle.IplsMinRiskAllocator;
import org.junit.jupiter.api.Test;

/** The guard only reads: a correct allocator's answers pass through unchanged, bit for bit. */
class GuardedAllocatorTest {

    @Test
    void aCorrectAllocatorsAllocationAndWorstCostPassThroughUnchanged() {
        SplittableRandom random = new SplittableRandom(11);
        for (Allocator plain : new Allocator[] {new EqualShareAllocator(), new IplsMinRiskAllocator()}) {
            Allocator guarded = new GuardedAllocator(plain, PluginIdentity.of("shaping allocator", "x", plain),
                    new RunPosition());
            for (int i = 0; i < 500; i++) {
                int devices = 1 + random.nextInt(30);
                int sms = devices + random.nextInt(40);
                double[] fixed = random.doubles(devices, 0, 2).toArray();
                double[] scalable = random.doubles(devices, 0, 20).toArray();
                int[] expected = new int[devices];
                int[] actual = new int[devices];
                double expectedWorst = plain.allocate(fixed, scalable, devices, sms, expected);
                double actualWorst = guarded.allocate(fixed, scalable, devices, sms, actual);
                assertThat(actual).isEqualTo(expected);
                assertThat(Double.doubleToRawLongBits(actualWorst))
                        .isEqualTo(Double.doubleToRawLongBits(expectedWorst));
            }
        }
    }

    @Test
    void theMessageNamesThePluginThePositionAndTheRule() {
        RunPosition position = new RunPosition();
        position.training(3);
        position.step(17);
        Allocator stingy = (fixed, scalable, count, sms, allocation) -> {
            java.util.Arrays.fill(allocation, 0, count, 1);
            return Allocator.worstCost(fixed, scalable, allocation, count);
        };
        Allocator guarded = new GuardedAllocator(stingy, new PluginIdentity("shaping allocator", "stingy",
                "org.example.Stingy"), position);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> guarded.allocate(new double[] {1, 1},
                        new double[] {2, 2}, 2, 24, new int[2]))
                .isInstanceOf(PluginFault.class)
                .hasMessage("the shaping allocator 'stingy' (org.example.Stingy) broke its contract at training "
                        + "episode 3, step 17: it handed out 2 SMs of the edge's 24 to 2 devices; all L SMs must be "
                        + "handed out");
    }
}
