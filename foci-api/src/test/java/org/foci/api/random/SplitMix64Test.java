package org.foci.api.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void theGeneratorFollowsTheReferenceSplitMix64Sequence() {
        // splitmix64.c (Vigna) seeded with 0 and with 1234567: the published first outputs.
        SplitMix64 zero = SplitMix64.ofState(0);
        assertThat(zero.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(zero.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(zero.nextLong()).isEqualTo(0x06C45D188009454FL);
        assertThat(zero.nextLong()).isEqualTo(0xF88BB8A8724C81ECL);
        SplitMix64 other = SplitMix64.ofState(1234567);
        assertThat(other.nextLong()).isEqualTo(Long.parseUnsignedLong("6457827717110365317"));
        assertThat(other.nextLong()).isEqualTo(Long.parseUnsignedLong("3203168211198807973"));
        assertThat(other.nextLong()).isEqualTo(Long.parseUnsignedLong("9817491932198370423"));
        assertThat(other.nextLong()).isEqualTo(Long.parseUnsignedLong("4593380528125082431"));
        assertThat(other.nextLong()).isEqualTo(Long.parseUnsignedLong("16408922859458223821"));
    }

    @Test
    void theFunctionsKeepTheValuesTheEnvironmentAndTheLearnerAlreadyDependOn() {
        // Pinned from the implementations this class replaces (foci-env's SplitMix, foci-agents' SplitMix64):
        // changing any of them changes simulations and checkpoints.
        assertThat(SplitMix64.hash(1, 2, 3, 4)).isEqualTo(7921689350532767455L);
        assertThat(SplitMix64.derive(42, 7)).isEqualTo(5810446953182348043L);
        assertThat(SplitMix64.gaussian(0x123456789ABCDEF0L)).isEqualTo(0.32897616570662397);
        assertThat(SplitMix64.gaussian(-0x123456789ABCDEF0L)).isEqualTo(-0.3048443646203197);
        assertThat(SplitMix64.below(0x123456789ABCDEF0L, 210)).isEqualTo(14);
        assertThat(SplitMix64.below(-1L, 1000)).isEqualTo(999);
        assertThat(SplitMix64.unit(-1L)).isEqualTo(1.0 - 0x1.0p-53);
        assertThat(SplitMix64.next(5)).isEqualTo(5 + SplitMix64.GAMMA);
        SplitMix64 seeded = new SplitMix64(3);
        assertThat(seeded.state()).isEqualTo(8125866533284041588L);
        assertThat(seeded.nextLong()).isEqualTo(-3697505732807843950L);
        assertThat(seeded.nextInt(210)).isEqualTo(73);
        assertThat(seeded.nextDouble()).isEqualTo(0.07300318411552731);
    }

    @Property
    void nextLongFromAStateIsWhatSplittableRandomDrawsFromThatSeed(@ForAll long state) {
        SplitMix64 ours = SplitMix64.ofState(state);
        SplittableRandom jdk = new SplittableRandom(state);
        for (int i = 0; i < 4; i++) {
            assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
        }
    }

    @Property
    void theGeneratorIsTheFunctionsAppliedToItsState(@ForAll long seed) {
        SplitMix64 generator = new SplitMix64(seed);
        long state = SplitMix64.mix64(seed ^ 0x5DEECE66DL);
        assertThat(generator.state()).isEqualTo(state);
        state = SplitMix64.next(state);
        assertThat(generator.nextLong()).isEqualTo(SplitMix64.mix64(state));
        state = SplitMix64.next(state);
        assertThat(generator.nextDouble()).isEqualTo(SplitMix64.unit(SplitMix64.mix64(state)));
    }

    @Property
    void unitIsInTheUnitInterval(@ForAll long bits) {
        assertThat(SplitMix64.unit(bits)).isGreaterThanOrEqualTo(0).isLessThan(1);
    }

    @Property
    void belowIsInItsRange(@ForAll long bits, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int bound) {
        assertThat(SplitMix64.below(bits, bound)).isBetween(0, bound - 1);
    }

    @Property
    void nextIntAndNextDoubleStayInTheirRanges(@ForAll long seed,
                                               @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int bound) {
        SplitMix64 generator = new SplitMix64(seed);
        for (int i = 0; i < 8; i++) {
            assertThat(generator.nextInt(bound)).isBetween(0, bound - 1);
            assertThat(generator.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }

    @Property
    void gaussianIsFinite(@ForAll long bits) {
        assertThat(SplitMix64.gaussian(bits)).isFinite();
    }

    @Property
    void aRestoredStateContinuesTheStream(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int drawn) {
        SplitMix64 original = new SplitMix64(seed);
        for (int i = 0; i < drawn; i++) {
            original.nextLong();
        }
        SplitMix64 restored = new SplitMix64(seed + 1);
        restored.restore(original.state());
        SplitMix64 copy = SplitMix64.ofState(original.state());
        for (int i = 0; i < 10; i++) {
            int expected = original.nextInt(1000);
            assertThat(restored.nextInt(1000)).isEqualTo(expected);
            assertThat(copy.nextInt(1000)).isEqualTo(expected);
        }
    }

    @Test
    void nearbySeedsGiveDifferentStreams() {
        assertThat(new SplitMix64(4).nextLong()).isNotEqualTo(new SplitMix64(3).nextLong());
        assertThat(SplitMix64.derive(1, 0)).isNotEqualTo(SplitMix64.derive(1, 1));
        assertThat(SplitMix64.hash(1, 0, 0, 0)).isNotEqualTo(SplitMix64.hash(1, 0, 0, 1));
    }

    @Test
    void nextIntIsUniformOverItsRangeAndRejectsAnEmptyOne() {
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
    void nextDoubleAveragesOneHalf() {
        SplitMix64 random = new SplitMix64(2);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += random.nextDouble();
        }
        assertThat(sum / 10_000).isBetween(0.48, 0.52);
    }
}
