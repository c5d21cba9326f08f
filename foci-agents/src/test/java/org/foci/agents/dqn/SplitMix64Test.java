package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void theSameSeedGivesTheSameStreamAndARestoredStateContinuesIt() {
        SplitMix64 first = new SplitMix64(3);
        SplitMix64 second = new SplitMix64(3);
        for (int i = 0; i < 10; i++) {
            assertThat(second.nextLong()).isEqualTo(first.nextLong());
        }
        SplitMix64 restored = new SplitMix64(99);
        restored.restore(first.state());
        for (int i = 0; i < 10; i++) {
            assertThat(restored.nextInt(1000)).isEqualTo(first.nextInt(1000));
        }
        assertThat(new SplitMix64(4).nextLong()).isNotEqualTo(new SplitMix64(3).nextLong());
    }

    @Test
    void nextIntIsUniformOverItsRange() {
        SplitMix64 random = new SplitMix64(1);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[random.nextInt(7)]++;
        }
        for (int count : counts) {
            assertThat(count).isBetween(9_500, 10_500);
        }
        assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bound must be > 0, but was 0");
    }

    @Test
    void nextDoubleIsInTheUnitInterval() {
        SplitMix64 random = new SplitMix64(2);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double u = random.nextDouble();
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += u;
        }
        assertThat(sum / 10_000).isBetween(0.48, 0.52);
    }
}
