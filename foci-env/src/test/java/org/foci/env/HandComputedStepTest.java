package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.foci.api.Settings;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.Split;
import org.foci.env.config.EnvironmentConfig;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;

/**
 * One device, two edges, two steps, checked against numbers worked out by hand from MODEL.md (no
 * call into the model classes for the expected values).
 */
class HandComputedStepTest {

    // MODEL.md §4–7 constants
    private static final double THETA_DEV = 7.74e9;
    private static final double THETA_EDGE = 24 * 7.74e9;
    private static final double TOTAL_MACS = 216_589_760;
    private static final double MACS_1_TO_5 = 5_419_008 + 5_017_600 + 19_468_288 + 12_870_144 + 9_091_584;
    private static final double DEADLINE = 1.0 / 24;

    private static M2mCiEnvironment environment() {
        // device at (100, 0); edge 0 at the origin (100 m away), edge 1 at (150, 0) (50 m away)
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", 1, "edges", 2,
                "edge.positions", "0,0;150,0", "device.initialBatteryMinWh", 12, "device.initialBatteryMaxWh", 12));
        return new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA,
                new FixedMobility(new double[] {100}, new double[] {0}), EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE));
    }

    private static double rateAt(double distanceM) {
        double pathLossDb = 128.1 + 37.6 * Math.log10(distanceM / 1000);
        double noiseDbm = -174 + 9 + 10 * Math.log10(10e6);
        double snr = Math.pow(10, (23 - pathLossDb - noiseDbm) / 10);
        return 10e6 * Math.log(1 + snr) / Math.log(2);
    }

    @Test
    void offloadingAfterFiveLayersToAnIdleEdgeAtOneHundredMetres() {
        M2mCiEnvironment env = environment();
        Outcome batch = Outcome.of(env, env.reset(1, Split.TRAIN));
        int action = env.spec().actionSpace().encode(0, 5);
        assertThat(action).isEqualTo(6);
        batch = Outcome.of(env, env.step(new int[] {action}));

        // PL(100 m) = 128.1 − 37.6 = 90.5 dB; noise −95 dBm; SNR 27.5 dB; r ≈ 91.38 Mbit/s
        double rate = rateAt(100);
        assertThat(rate / 1e6).isCloseTo(91.38, within(0.01));
        double dLo = MACS_1_TO_5 / THETA_DEV;                        // 6.701 ms
        double dTx = 31_360 * 8 / rate;                              // 2.745 ms
        double dEdge = (TOTAL_MACS - MACS_1_TO_5) / THETA_EDGE;      // l = L = 24: 0.887 ms
        double d = dLo + dTx + dEdge;
        double e = (1.2 + 0.9) * dLo + 1.2 * dTx;
        double eRef = (1.2 + 0.9) * TOTAL_MACS / THETA_DEV;         // 58.76 mJ
        double cost = e / eRef + d / DEADLINE;

        assertThat(batch.latencyS()[0] * 1e3).isCloseTo(d * 1e3, within(1e-9)).isCloseTo(10.333, within(0.001));
        assertThat(batch.energyJ()[0] * 1e3).isCloseTo(e * 1e3, within(1e-9)).isCloseTo(17.367, within(0.001));
        assertThat(batch.cost()[0]).isCloseTo(cost, within(1e-12)).isCloseTo(0.5435, within(0.0001));
        assertThat(batch.qosReward()[0]).isEqualTo((float) -batch.cost()[0]);
        assertThat(batch.servingEdge()[0]).isZero();
        assertThat(batch.partition()[0]).isEqualTo(5);
        assertThat(batch.sms()[0]).isEqualTo(24);
        assertThat(batch.handover()[0]).isFalse();
        assertThat(batch.deadlineMissed()[0]).isFalse();
        assertThat(batch.rejected()[0]).isFalse();
        assertThat(batch.edgeLoad()).containsExactly(1, 0);
        assertThat(batch.edgeOracleValue()[0]).isCloseTo(-cost, within(1e-12));
        assertThat(batch.edgeOracleValue()[1]).isNaN();
        assertThat(batch.oracleReward()[0]).isEqualTo((float) batch.edgeOracleValue()[0]);
        // F^0_1[5] = 1 device / L
        assertThat(Outcome.scene(env).edgeRecord(0, 5)).isEqualTo(1.0 / 24);
        assertThat(Outcome.scene(env).edgeLoad(0)).isEqualTo(1);

        // battery: 12 Wh − 360 inferences × E − 0.5 W × 15 s
        double battery = 12 * 3600 - 360 * e - 0.5 * 15;
        assertThat(env.batteryJ(0)).isCloseTo(battery, within(1e-9));
        // next observation: [b, f, (flag, rate/rate(10 m)) × 2, one-hot (local, e0, e1), k/K, t/T]
        float[] obs = batch.observations();
        assertThat(obs).hasSize(3 * 2 + 5);
        assertThat(obs[0]).isEqualTo((float) (battery / (12 * 3600)));
        assertThat(obs[1]).isEqualTo(1f);
        assertThat(obs[2]).isEqualTo(1f);
        assertThat((double) obs[3]).isCloseTo(rate / rateAt(10), within(1e-6));
        assertThat(obs[4]).isEqualTo(1f);
        assertThat((double) obs[5]).isCloseTo(rateAt(50) / rateAt(10), within(1e-6));
        assertThat(new float[] {obs[6], obs[7], obs[8]}).containsExactly(0f, 1f, 0f);
        assertThat(obs[9]).isEqualTo(5f / 19);
        assertThat(obs[10]).isEqualTo(1f / 240);
    }

    @Test
    void switchingEdgesCostsOneHandoverAndLocalRunsCostTheFullLocalInference() {
        M2mCiEnvironment env = environment();
        env.reset(1, Split.TRAIN);
        env.step(new int[] {env.spec().actionSpace().encode(0, 0)});
        Outcome batch = Outcome.of(env, env.step(new int[] {env.spec().actionSpace().encode(1, 0)}));
        // k = 0 at 50 m: D = 150,528·8 / r(50) + ΣD^re; E = 1.2 W·D_tx; C = 1, which costs γ/l in the
        // paper's switch-cost form (the default), with l = all 24 SMs for the only device at the edge
        double dTx = 150_528 * 8 / rateAt(50);
        double d = dTx + TOTAL_MACS / THETA_EDGE;
        double e = 1.2 * dTx;
        double eRef = 2.1 * TOTAL_MACS / THETA_DEV;
        assertThat(batch.handover()[0]).isTrue();
        assertThat(batch.sms()[0]).isEqualTo(24);
        assertThat(batch.cost()[0]).isCloseTo(e / eRef + d / DEADLINE + 1.0 / 24, within(1e-12));
        assertThat(env.handovers()).isEqualTo(1);

        batch = Outcome.of(env, env.step(new int[] {0}));
        double local = TOTAL_MACS / THETA_DEV;                       // 27.98 ms at f = 1
        assertThat(batch.latencyS()[0] * 1e3).isCloseTo(27.983, within(0.001));
        assertThat(batch.energyJ()[0]).isCloseTo(2.1 * local, within(1e-15));
        assertThat(batch.cost()[0]).isCloseTo(1.0 + local / DEADLINE, within(1e-12));
        assertThat(batch.handover()[0]).isFalse();
        assertThat(batch.servingEdge()[0]).isEqualTo(-1);
        assertThat(batch.partition()[0]).isEqualTo(19);
        assertThat(batch.oracleReward()[0]).isEqualTo(batch.qosReward()[0]);
    }
}
