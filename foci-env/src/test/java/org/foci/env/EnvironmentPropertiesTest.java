package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.foci.api.Settings;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.CostModel;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.env.config.EnvironmentConfig;
import org.foci.testkit.ReferenceGreedyMaxMin;

/** Whole-environment properties: batteries, determinism, the scene's cost model and the masks. */
class EnvironmentPropertiesTest {

    /** Random valid actions, biased towards offloading so that edges fill up. */
    static int[] randomActions(Outcome batch, SplittableRandom random) {
        int devices = batch.spec().deviceCount();
        int count = batch.spec().actionCount();
        int[] actions = new int[devices];
        for (int m = 0; m < devices; m++) {
            int a;
            int tries = 0;
            do {
                a = random.nextInt(count);
                tries++;
            } while (!batch.actionMask()[m * count + a] && tries < 50);
            actions[m] = batch.actionMask()[m * count + a] ? a : ActionSpace.LOCAL;
        }
        return actions;
    }

    private static M2mCiEnvironment crowded(double initialWh, double shadowing) {
        return crowded(initialWh, shadowing, 4);
    }

    private static M2mCiEnvironment crowded(double initialWh, double shadowing, int edges) {
        return crowded(initialWh, shadowing, edges, false);
    }

    private static M2mCiEnvironment crowded(double initialWh, double shadowing, int edges, boolean exactRates) {
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", 120, "edges", edges,
                "episodeSeconds", 15 * 60, "edge.sms", 6, "device.initialBatteryMinWh", 0,
                "device.initialBatteryMaxWh", initialWh, "channel.shadowingSigmaDb", shadowing,
                "channel.exactRates", exactRates));
        return new M2mCiEnvironment(config, Fixtures.traceComponents(EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE));
    }

    @Property(tries = 8, seed = "20261129")
    void batteriesNeverGoNegativeOrNaN(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        // nearly empty batteries: many drain to zero within the episode and must stay there, at f_min
        M2mCiEnvironment env = crowded(0.02, 0);
        SplittableRandom random = new SplittableRandom(seed);
        Outcome batch = Outcome.of(env, env.reset(seed, Split.TRAIN));
        boolean sawEmpty = false;
        while (!batch.truncated()) {
            batch = Outcome.of(env, env.step(randomActions(batch, random)));
            for (int m = 0; m < env.spec().deviceCount(); m++) {
                double b = env.batteryJ(m);
                float fraction = batch.observations()[m * env.spec().observationSize()];
                if (!(b >= 0.0) || !(fraction >= 0f && fraction <= 1f) || (b == 0.0 && env.frequencyRatio(m) != 0.65)) {
                    throw new AssertionError("device " + m + " at step " + batch.step() + ": battery " + b + " J, "
                            + "fraction " + fraction + ", f " + env.frequencyRatio(m));
                }
                sawEmpty |= b == 0.0;
            }
        }
        assertThat(sawEmpty).isTrue();
    }

    @Property(tries = 6, seed = "20261129")
    void theSameSeedGivesBitIdenticalTrajectoriesAndCosts(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                          @ForAll boolean evaluation) {
        M2mCiEnvironment first = crowded(12, 4);
        M2mCiEnvironment second = crowded(12, 4);
        Split split = evaluation ? Split.EVALUATION : Split.TRAIN;
        Outcome a = Outcome.of(first, first.reset(seed, split));
        Outcome b = Outcome.of(second, second.reset(seed, split));
        SplittableRandom random = new SplittableRandom(seed);
        while (!a.truncated()) {
            for (int m = 0; m < first.spec().deviceCount(); m++) {
                if (Outcome.scene(second).deviceXM(m) != Outcome.scene(first).deviceXM(m)
                        || Outcome.scene(second).deviceYM(m) != Outcome.scene(first).deviceYM(m)) {
                    throw new AssertionError("device " + m + " is elsewhere at step " + a.step());
                }
            }
            Same.floats(b.observations(), a.observations(), "observations");
            int[] actions = randomActions(a, random);
            a = Outcome.of(first, first.step(actions));
            b = Outcome.of(second, second.step(actions));
            Same.doubles(b.cost(), a.cost(), "cost");
            Same.doubles(b.latencyS(), a.latencyS(), "latency");
            Same.doubles(b.energyJ(), a.energyJ(), "energy");
            Same.ints(b.sms(), a.sms(), "sms");
            Same.booleans(b.rejected(), a.rejected(), "rejected");
            Same.floats(b.oracleReward(), a.oracleReward(), "oracle reward");
            Same.doubles(b.edgeOracleValue(), a.edgeOracleValue(), "oracle value");
        }
        assertThat(second.rejections()).isEqualTo(first.rejections());
    }

    /** With shadowing, and without it from the rate table or from pow and log. */
    @Property(tries = 8, seed = "20261129")
    void predictedCostIsTheChargedCostBitForBit(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                @ForAll @IntRange(min = 0, max = 2) int rates) {
        M2mCiEnvironment env = crowded(12, rates == 0 ? 6 : 0, 4, rates == 2);
        SplittableRandom random = new SplittableRandom(seed);
        Outcome batch = Outcome.of(env, env.reset(seed, Split.TRAIN));
        CostModel scene = Outcome.costModel(env);
        int devices = env.spec().deviceCount();
        double[] predicted = new double[devices];
        int checked = 0;
        while (!batch.truncated()) {
            int[] actions = randomActions(batch, random);
            // predict for every possible SM count; keep the one the device will get after the step
            double[][] byL = new double[devices][env.spec().smsPerEdge() + 1];
            for (int m = 0; m < devices; m++) {
                for (int l = 1; l <= env.spec().smsPerEdge(); l++) {
                    byL[m][l] = scene.predictedCost(m, actions[m], l);
                }
                predicted[m] = scene.predictedCost(m, ActionSpace.LOCAL, 1);
            }
            batch = Outcome.of(env, env.step(actions));
            for (int m = 0; m < devices; m++) {
                double expected = batch.servingEdge()[m] >= 0 ? byL[m][batch.sms()[m]] : predicted[m];
                if (batch.cost()[m] != expected) {
                    assertThat(batch.cost()[m]).as("device %d at step %d", m, batch.step()).isEqualTo(expected);
                }
                checked += batch.servingEdge()[m] >= 0 ? 1 : 0;
            }
        }
        assertThat(checked).isPositive();
    }

    @Property(tries = 3, seed = "20261129")
    void tabulatedRatesChangeCostsOnlyInTheirLastDigitsAndObservationsNotAtAll(
            @ForAll @LongRange(min = 0, max = 1000) long seed) {
        M2mCiEnvironment tabulated = crowded(12, 0, 4, false);
        M2mCiEnvironment exact = crowded(12, 0, 4, true);
        SplittableRandom random = new SplittableRandom(seed);
        Outcome a = Outcome.of(tabulated, tabulated.reset(seed, Split.TRAIN));
        Outcome b = Outcome.of(exact, exact.reset(seed, Split.TRAIN));
        boolean sawDifference = false;
        while (!a.truncated()) {
            int[] actions = randomActions(a, random);
            a = Outcome.of(tabulated, tabulated.step(actions));
            b = Outcome.of(exact, exact.step(actions));
            Same.floats(a.observations(), b.observations(), "observations at step " + a.step());
            for (int m = 0; m < a.cost().length; m++) {
                assertThat(a.cost()[m]).as("cost of device %d at step %d", m, a.step())
                        .isCloseTo(b.cost()[m], org.assertj.core.api.Assertions.withinPercentage(1e-10));
                sawDifference |= a.cost()[m] != b.cost()[m];
            }
            // the step stays in lockstep only while batteries agree closely; they drift by rounding alone
            for (int m = 0; m < a.cost().length; m++) {
                assertThat(tabulated.batteryJ(m)).isCloseTo(exact.batteryJ(m),
                        org.assertj.core.api.Assertions.withinPercentage(1e-9));
            }
        }
        assertThat(sawDifference).as("the two evaluations differ somewhere (else the flag does nothing)").isTrue();
    }

    /** Up to 64 edges the in-range sets are bit sets (see the next property for more edges). */
    @Property(tries = 5, seed = "20261129")
    void masksAndObservationsStayExactAfterManyIncrementalUpdates(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                                  @ForAll @IntRange(min = 0, max = 1) int shadowing) {
        checkMasksAndObservations(crowded(12, 6 * shadowing, 4), seed);
    }

    /** Beyond 64 edges the in-range sets come from grid queries merged with the previous lists. */
    @Property(tries = 3, seed = "20261129")
    void masksAndObservationsStayExactWithMoreEdgesThanABitSetHolds(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        checkMasksAndObservations(crowded(12, 0, 70), seed);
    }

    private static void checkMasksAndObservations(M2mCiEnvironment env, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Outcome batch = Outcome.of(env, env.reset(seed, Split.EVALUATION));
        int devices = env.spec().deviceCount();
        int edges = env.spec().edgeCount();
        int layers = env.spec().layerCount();
        int count = env.spec().actionCount();
        int o = env.spec().observationSize();
        int[] inRange = new int[edges];
        while (true) {
            Scene scene = Outcome.scene(env);
            boolean[] expectedMask = new boolean[devices * count];
            float[] expectedFlags = new float[devices * edges * 2];
            float[] actualFlags = new float[devices * edges * 2];
            for (int m = 0; m < devices; m++) {
                int found = scene.edgesInRange(m, inRange);
                boolean[] reachable = new boolean[edges];
                for (int i = 0; i < found; i++) {
                    reachable[inRange[i]] = true;
                    if (i > 0) {
                        assertThat(inRange[i]).isGreaterThan(inRange[i - 1]);
                    }
                }
                expectedMask[m * count] = true;
                for (int n = 0; n < edges; n++) {
                    double dx = scene.deviceXM(m) - scene.edgeXM(n);
                    double dy = scene.deviceYM(m) - scene.edgeYM(n);
                    if (reachable[n] != (Math.sqrt(dx * dx + dy * dy) <= scene.perceptionRadiusM())) {
                        throw new AssertionError("device " + m + ", edge " + n + ": in range disagrees with distance");
                    }
                    for (int k = 0; k < layers; k++) {
                        expectedMask[m * count + 1 + n * layers + k] = reachable[n];
                    }
                    int j = (m * edges + n) * 2;
                    expectedFlags[j] = reachable[n] ? 1f : 0f;
                    expectedFlags[j + 1] = reachable[n]
                            ? (float) (env.linkRateBps(m, n) / env.channelModel().rateAtMinDistanceBps()) : 0f;
                    actualFlags[j] = batch.observations()[m * o + 2 + 2 * n];
                    actualFlags[j + 1] = batch.observations()[m * o + 3 + 2 * n];
                }
                int oneHot = 0;
                for (int slot = 0; slot <= edges; slot++) {
                    oneHot += batch.observations()[m * o + 2 + 2 * edges + slot] == 1f ? 1 : 0;
                }
                int prevEdge = batch.step() == 0 ? -1 : batch.servingEdge()[m];
                if (oneHot != 1 || batch.observations()[m * o + 2 + 2 * edges + prevEdge + 1] != 1f) {
                    throw new AssertionError("device " + m + ": previous-edge one-hot is wrong at step " + batch.step());
                }
            }
            Same.booleans(batch.actionMask(), expectedMask, "mask at step " + batch.step());
            Same.floats(actualFlags, expectedFlags, "in-range flags and rates at step " + batch.step());
            if (batch.truncated()) {
                break;
            }
            batch = Outcome.of(env, env.step(randomActions(batch, random)));
        }
    }
}
