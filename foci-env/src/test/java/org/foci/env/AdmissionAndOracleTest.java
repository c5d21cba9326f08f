package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.Split;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.model.QosModel;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;

/** Admission of at most L devices, rejections, SM allocation, edge records and the oracle value. */
class AdmissionAndOracleTest {

    private static final int DEVICES = 30;

    /** 30 devices standing 10..39 m from edge 0; a second edge far away. */
    private static M2mCiEnvironment crowd(Allocator runtime, Allocator shaping) {
        double[] x = new double[DEVICES];
        double[] y = new double[DEVICES];
        for (int m = 0; m < DEVICES; m++) {
            x[m] = 10 + m;
        }
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", DEVICES, "edges", 2,
                "edge.positions", "0,0;700,700", "episodeSeconds", 60));
        return new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA, new FixedMobility(x, y),
                runtime, shaping));
    }

    private static int[] allToEdgeZero(M2mCiEnvironment env, int firstK) {
        int[] actions = new int[DEVICES];
        for (int m = 0; m < DEVICES; m++) {
            actions[m] = env.spec().actionSpace().encode(0, (firstK + m) % 19);
        }
        return actions;
    }

    @Test
    void anEdgeAdmitsAtMostLDevicesAndTheRestRunLocally() {
        M2mCiEnvironment env = crowd(EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE);
        Outcome batch = Outcome.of(env, env.reset(3, Split.TRAIN));
        batch = Outcome.of(env, env.step(allToEdgeZero(env, 0)));
        int admitted = 0;
        int rejected = 0;
        QosModel qos = env.qosModel();
        for (int m = 0; m < DEVICES; m++) {
            if (batch.rejected()[m]) {
                rejected++;
                assertThat(batch.servingEdge()[m]).isEqualTo(-1);
                assertThat(batch.partition()[m]).isEqualTo(19);
                assertThat(batch.sms()[m]).isZero();
                double d = batch.latencyS()[m];
                assertThat(batch.cost()[m]).isEqualTo(qos.cost(qos.fixedCost(batch.energyJ()[m], d, 0, false),
                        0, 1, d));
                assertThat(batch.oracleReward()[m]).isEqualTo(batch.qosReward()[m]);
            } else {
                admitted++;
                assertThat(batch.servingEdge()[m]).isZero();
                assertThat(batch.sms()[m]).isEqualTo(1);   // equal share: 24 SMs over 24 devices
            }
        }
        assertThat(admitted).isEqualTo(24);
        assertThat(rejected).isEqualTo(6);
        assertThat(env.rejections()).isEqualTo(6);
        assertThat(batch.edgeLoad()).containsExactly(24, 0);
        double recordSum = 0;
        for (int k = 0; k < 19; k++) {
            recordSum += Outcome.scene(env).edgeRecord(0, k);
        }
        assertThat(recordSum).isCloseTo(24.0 / 24, within(1e-12));
    }

    @Test
    void theAdmissionOrderIsRandomPerStepButSeeded() {
        M2mCiEnvironment env = crowd(EqualShare.INSTANCE, EqualShare.INSTANCE);
        Set<String> patterns = new HashSet<>();
        Outcome batch = Outcome.of(env, env.reset(5, Split.TRAIN));
        for (int t = 0; t < 4; t++) {
            batch = Outcome.of(env, env.step(allToEdgeZero(env, t)));
            patterns.add(Arrays.toString(batch.rejected()));
        }
        assertThat(patterns).hasSizeGreaterThan(1);
        M2mCiEnvironment again = crowd(EqualShare.INSTANCE, EqualShare.INSTANCE);
        again.reset(5, Split.TRAIN);
        Outcome replay = null;
        for (int t = 0; t < 4; t++) {
            replay = Outcome.of(again, again.step(allToEdgeZero(again, t)));
        }
        assertThat(replay.rejected()).containsExactly(batch.rejected());
    }

    @Test
    void theOracleValueIsMinusTheWorstTrueCostUnderTheShapingAllocation() {
        M2mCiEnvironment env = crowd(EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE);
        env.reset(7, Split.TRAIN);
        int[] actions = new int[DEVICES];
        for (int m = 0; m < 10; m++) {     // ten devices, a mix of partitions: unequal R_f
            actions[m] = env.spec().actionSpace().encode(0, m);
        }
        // predict the shaping allocation from the scene: fixed + scalable parts per device
        double[] fixed = new double[10];
        double[] scalable = new double[10];
        for (int m = 0; m < 10; m++) {
            double c1 = Outcome.costModel(env).predictedCost(m, actions[m], 1);
            double c2 = Outcome.costModel(env).predictedCost(m, actions[m], 2);
            scalable[m] = 2 * (c1 - c2);
            fixed[m] = c1 - scalable[m];
        }
        Outcome batch = Outcome.of(env, env.step(actions));
        // under the runtime equal share the devices' costs differ; the oracle value is no better than
        // minus the best achievable worst cost, and every admitted device receives it
        double worstRuntime = 0;
        for (int m = 0; m < 10; m++) {
            worstRuntime = Math.max(worstRuntime, batch.cost()[m]);
            assertThat(batch.oracleReward()[m]).isEqualTo((float) batch.edgeOracleValue()[0]);
        }
        assertThat(-batch.edgeOracleValue()[0]).isLessThanOrEqualTo(worstRuntime + 1e-12);
        assertThat(batch.edgeOracleValue()[1]).isNaN();
        for (int m = 10; m < DEVICES; m++) {
            assertThat(batch.oracleReward()[m]).isEqualTo(batch.qosReward()[m]);
        }
        assertThat(batch.edgeOracleValue()[0]).isNegative().isFinite();
    }

    @Test
    void theDeadlinePenaltyIsPartOfTheOracleValue() {
        // one SM per device and a slow edge: every admitted device misses D^st, and the oracle's worst
        // cost includes ζ·overrun (the penalty-free form would be lower)
        double[] x = new double[DEVICES];
        double[] y = new double[DEVICES];
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", DEVICES, "edges", 1,
                "edge.positions", "0,0", "episodeSeconds", 60, "edge.smThroughputMacPerS", 3.5e9));
        M2mCiEnvironment env = new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA,
                new FixedMobility(x, y), EqualShare.INSTANCE, EqualShare.INSTANCE));
        env.reset(1, Split.TRAIN);
        int[] fullOffload = new int[DEVICES];
        Arrays.fill(fullOffload, env.spec().actionSpace().encode(0, 0));
        Outcome batch = Outcome.of(env, env.step(fullOffload));
        double worst = 0;
        for (int m = 0; m < DEVICES; m++) {
            if (!batch.rejected()[m]) {
                assertThat(batch.deadlineMissed()[m]).isTrue();
                worst = Math.max(worst, batch.cost()[m]);
            }
        }
        assertThat(batch.edgeOracleValue()[0]).isEqualTo(-worst);
    }

    /** Two devices on edge 0; device 1 came from edge 1, so its step is a handover (γ·C in R_c). */
    private static Outcome oneHandover(String oracleSwitchCost) {
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", 2, "edges", 2,
                "edge.positions", "0,0;100,0", "episodeSeconds", 60, "qos.oracleSwitchCost", oracleSwitchCost,
                "qos.switchCostForm", "fixed"));
        M2mCiEnvironment env = new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA,
                new FixedMobility(new double[] {20, 50}, new double[] {0, 0}), EqualShare.INSTANCE,
                ReferenceGreedyMaxMin.INSTANCE));
        env.reset(2, Split.TRAIN);
        var space = env.spec().actionSpace();
        env.step(new int[] {space.encode(0, 3), space.encode(1, 3)});
        Outcome batch = Outcome.of(env, env.step(new int[] {space.encode(0, 3), space.encode(0, 3)}));
        assertThat(batch.handover()).containsExactly(false, true);
        return batch;
    }

    @Test
    void aSharedHandoverLowersEveryAdmittedDevicesOracleReward() {
        Outcome batch = oneHandover("shared");
        assertThat(batch.oracleReward()[0]).isEqualTo(batch.oracleReward()[1]);
        // the worst cost is the switching device's, handover included
        assertThat(-batch.edgeOracleValue()[0]).isGreaterThan(1.0);
        assertThat(batch.oracleReward()[0]).isEqualTo((float) batch.edgeOracleValue()[0]);
    }

    @Test
    void anIndividualHandoverIsPaidOnlyByTheDeviceThatSwitched() {
        Outcome shared = oneHandover("shared");
        Outcome individual = oneHandover("individual");
        double value = individual.edgeOracleValue()[0];
        assertThat(individual.oracleReward()[0]).isEqualTo((float) value);
        assertThat(individual.oracleReward()[1]).isEqualTo((float) (value - 1.0));   // γ = 1
        // without the handover in it the worst cost is lower, so the non-switching device is better off
        assertThat(value).isGreaterThan(shared.edgeOracleValue()[0]);
        // the environment's own costs do not change with the shaping form
        assertThat(individual.cost()).containsExactly(shared.cost());
    }
}
