package org.foci.env.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.foci.env.config.ChannelParameters;
import org.foci.env.config.DeviceParameters;
import org.foci.env.config.EnvironmentConfig;
import org.junit.jupiter.api.Test;

/** The physics of MODEL.md §5–7 as properties. */
class PhysicsPropertiesTest {

    private final EnvironmentConfig config = EnvironmentConfig.defaults();
    private final QosModel qos = new QosModel(config);
    private final ChannelModel channel = new ChannelModel(config.channel());

    private double offloadLatency(int k, double f, double distanceM, int sms) {
        return qos.localLatencyS(k, f) + qos.txLatencyS(k, channel.rateBps(distanceM)) + qos.edgeLatencyS(k, sms);
    }

    @Property(seed = "20261129")
    void latencyGrowsWithDistance(@ForAll @IntRange(min = 0, max = 18) int k,
                                  @ForAll @DoubleRange(min = 10, max = 5000) double near,
                                  @ForAll @DoubleRange(min = 1, max = 5000) double further,
                                  @ForAll @IntRange(min = 1, max = 24) int sms) {
        assertThat(offloadLatency(k, 1.0, near + further, sms)).isGreaterThan(offloadLatency(k, 1.0, near, sms));
    }

    @Property(seed = "20261129")
    void latencyShrinksWithSms(@ForAll @IntRange(min = 0, max = 18) int k,
                               @ForAll @DoubleRange(min = 0, max = 2000) double distance,
                               @ForAll @IntRange(min = 1, max = 23) int sms) {
        assertThat(offloadLatency(k, 1.0, distance, sms + 1)).isLessThan(offloadLatency(k, 1.0, distance, sms));
    }

    @Property(seed = "20261129")
    void costFallsWithSmsAndEqualsTheMODELFormula(@ForAll @IntRange(min = 0, max = 18) int k,
                                                  @ForAll @DoubleRange(min = 0, max = 2000) double distance,
                                                  @ForAll @DoubleRange(min = 0.65, max = 1) double f,
                                                  @ForAll @IntRange(min = 1, max = 23) int sms,
                                                  @ForAll boolean handover) {
        double local = qos.localLatencyS(k, f);
        double tx = qos.txLatencyS(k, channel.rateBps(distance));
        double energy = qos.energyJ(f, local, tx);
        double fixed = qos.fixedCost(energy, local, tx, handover);
        double d = local + tx + qos.edgeLatencyS(k, sms);
        double cost = qos.cost(fixed, qos.scalableCost(k, handover), sms, d);
        // the paper's switch-cost form (the default): a handover costs γ/l
        double model = energy / qos.referenceEnergyJ() + d / qos.deadlineS() + (handover ? 1.0 / sms : 0)
                + Math.max(0, d - qos.deadlineS()) / qos.deadlineS();
        assertThat(cost).isCloseTo(model, within(1e-12));
        double more = qos.cost(fixed, qos.scalableCost(k, handover), sms + 1,
                local + tx + qos.edgeLatencyS(k, sms + 1));
        assertThat(more).isLessThan(cost);
    }

    @Test
    void fullLocalEnergyAtFullSpeedIsTheReferenceEnergy() {
        assertThat(qos.fullLocalEnergyJ(1.0)).isEqualTo(qos.referenceEnergyJ());
        assertThat(qos.referenceEnergyJ() * 1e3).isCloseTo(2.1 * 216.58976 / 7.74, within(1e-9));
        assertThat(qos.referenceLatencyS() * 1e3).isCloseTo(27.98, within(0.01));   // MODEL.md §5: 28 ms
        assertThat(qos.fullLocalCost(1.0)).isCloseTo(1.0 + qos.referenceLatencyS() * 24, within(1e-12));
    }

    @Property(seed = "20261129")
    void dvfsIsMonotoneAndBounded(@ForAll @DoubleRange(min = 0, max = 1) double b,
                                  @ForAll @DoubleRange(min = 0, max = 1) double more) {
        DeviceParameters device = config.device();
        double f = device.frequencyRatio(b);
        assertThat(f).isBetween(0.65, 1.0);
        assertThat(device.frequencyRatio(Math.min(1, b + more))).isGreaterThanOrEqualTo(f);
        assertThat(device.frequencyRatio(0.5)).isEqualTo(1.0);
        assertThat(device.frequencyRatio(0.1)).isEqualTo(0.65);
        assertThat(device.frequencyRatio(0.3)).isCloseTo(0.825, within(1e-12));
    }

    @Test
    void thePerceptionRadiusIsAbout320MetresAndTheLinkExactlyMeetsTheDeadlineThere() {
        double rp = PerceptionRadius.solve(qos, channel);
        assertThat(rp).isCloseTo(320, within(10.0));
        assertThat(PerceptionRadius.fullOffloadLatencyS(qos, channel, rp)).isLessThanOrEqualTo(qos.deadlineS())
                .isCloseTo(qos.deadlineS(), within(1e-12));
        assertThat(PerceptionRadius.fullOffloadLatencyS(qos, channel, rp + 1e-3)).isGreaterThan(qos.deadlineS());
    }

    @Test
    void noEdgeIsReachableWhenEvenTheBestLinkMissesTheDeadline() {
        EnvironmentConfig tight = config.toBuilder()
                .channel(ChannelParameters.builder().bandwidthHz(1e5).build()).build();
        assertThat(PerceptionRadius.solve(new QosModel(tight), new ChannelModel(tight.channel()))).isZero();
    }

    @Property(seed = "20261129")
    void shadowingLowersOrRaisesTheRateAsItsSignSays(@ForAll @DoubleRange(min = 10, max = 2000) double d,
                                                    @ForAll @DoubleRange(min = 0.1, max = 20) double shadow) {
        assertThat(channel.rateBps(d, shadow)).isLessThan(channel.rateBps(d));
        assertThat(channel.rateBps(d, -shadow)).isGreaterThan(channel.rateBps(d));
        assertThat(channel.rateBps(d, 0.0)).isEqualTo(channel.rateBps(d));
    }
}
