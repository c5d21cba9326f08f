package org.foci.env.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.foci.api.Settings;
import org.foci.env.config.ChannelParameters;
import org.foci.env.config.EnvironmentConfig;
import org.junit.jupiter.api.Test;

/** The table must give the exact expression's float, bit for bit, and mostly without evaluating it. */
class RateFeatureTableTest {

    private static ChannelModel channel(double minDistance, double slopeDb) {
        return new ChannelModel(EnvironmentConfig.from(Settings.of("channel.minDistanceM", minDistance,
                "channel.pathLossSlopeDb", slopeDb)).channel());
    }

    private static float exactFeature(ChannelModel channel, double normaliser, double d2) {
        return (float) (channel.rateFromSquaredDistance(d2, 1.0) / normaliser);
    }

    @Property(tries = 20, seed = "20261129")
    void equalsTheExactFeatureBitForBit(@ForAll @DoubleRange(min = 5, max = 60) double minDistance,
                                        @ForAll @DoubleRange(min = 25, max = 45) double slopeDb,
                                        @ForAll @DoubleRange(min = 100, max = 3000) double radius,
                                        @ForAll @LongRange(min = 0, max = 1000) long seed) {
        ChannelModel channel = channel(minDistance, slopeDb);
        double normaliser = channel.rateAtMinDistanceBps();
        double maxSq = radius * radius;
        RateFeatureTable table = RateFeatureTable.covering(channel, normaliser, maxSq).orElseThrow();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            // below d_min, inside, and beyond the table's range (the exact fallback)
            double d2 = random.nextDouble(0, 1.2 * maxSq);
            assertThat(table.feature(d2)).as("d² = %s", d2)
                    .isEqualTo(exactFeature(channel, normaliser, Math.max(d2, minDistance * minDistance)));
        }
        // the piece boundaries and their neighbours
        double d2 = minDistance * minDistance;
        while (d2 < maxSq) {
            for (double probe : new double[] {Math.nextDown(d2), d2, Math.nextUp(d2)}) {
                assertThat(table.feature(probe)).as("d² = %s", probe).isEqualTo(exactFeature(channel, normaliser,
                        Math.max(probe, minDistance * minDistance)));
            }
            d2 = Double.longBitsToDouble((Double.doubleToRawLongBits(d2) >>> 46) + 1 << 46);
        }
    }

    @Property(tries = 20, seed = "20261129")
    void theRateRatioIsWithinOnePartIn10To12OfTheExactOne(@ForAll @DoubleRange(min = 5, max = 60) double minDistance,
                                                         @ForAll @DoubleRange(min = 25, max = 45) double slopeDb,
                                                         @ForAll @DoubleRange(min = 100, max = 3000) double radius,
                                                         @ForAll @LongRange(min = 0, max = 1000) long seed) {
        ChannelModel channel = channel(minDistance, slopeDb);
        double normaliser = channel.rateAtMinDistanceBps();
        double maxSq = radius * radius;
        RateFeatureTable table = RateFeatureTable.covering(channel, normaliser, maxSq).orElseThrow();
        SplittableRandom random = new SplittableRandom(seed);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double d2 = random.nextDouble(0, 1.2 * maxSq);
            double exact = channel.rateFromSquaredDistance(d2, 1.0) / normaliser;
            worst = Math.max(worst, Math.abs(table.ratio(d2) - exact) / exact);
        }
        assertThat(worst).as("largest relative error").isLessThan(1e-12);
    }

    @Test
    void theDefaultChannelRarelyNeedsTheExactExpression() {
        ChannelModel channel = new ChannelModel(ChannelParameters.defaults());
        double normaliser = channel.rateAtMinDistanceBps();
        AtomicLong exactCalls = new AtomicLong();
        RateFeatureTable table = new RateFeatureTable(d2 -> {
            exactCalls.incrementAndGet();
            return channel.rateFromSquaredDistance(d2, 1.0) / normaliser;
        }, 100, 323.0 * 323.0);
        assertThat(table.delta()).isLessThan(1e-10);
        exactCalls.set(0);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            table.feature(random.nextDouble(100, 323.0 * 323.0));
        }
        assertThat(exactCalls.get()).isLessThan(200);     // measured: 36 in 100,000
    }

    @Test
    void aValueOnAFloatRoundingBoundaryIsEvaluatedExactly() {
        // 1 + 2^-24 lies halfway between the floats 1 and 1 + 2^-23: no polynomial error bound can
        // decide the rounding, so the exact value must be asked for (and rounds half to even: 1f)
        double midpoint = 1.0 + 0x1p-24;
        AtomicLong exactCalls = new AtomicLong();
        RateFeatureTable table = new RateFeatureTable(d2 -> {
            exactCalls.incrementAndGet();
            return midpoint;
        }, 100, 1000);
        exactCalls.set(0);
        assertThat(table.feature(500)).isEqualTo(1.0f);
        assertThat(exactCalls.get()).isEqualTo(1);
    }

    @Test
    void degenerateOrHugeDomainsAreRefusedOrLeftToTheExactExpression() {
        ChannelModel channel = new ChannelModel(ChannelParameters.defaults());
        assertThat(RateFeatureTable.covering(channel, 1.0, 50)).isEmpty();            // r below d_min
        assertThat(RateFeatureTable.covering(channel, 1.0, 1e300)).isEmpty();         // too many pieces
        assertThat(RateFeatureTable.covering(channel, 1.0, 1e5)).isPresent();
        assertThatThrownBy(() -> new RateFeatureTable(d2 -> 1.0, 100, 50)).hasMessageContaining("[100.0, 50.0]");
        assertThatThrownBy(() -> new RateFeatureTable(d2 -> 1.0, 1e-300, 1e300)).hasMessageContaining("pieces");
    }
}
