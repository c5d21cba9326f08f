package org.foci.experiments.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.foci.agents.dqn.DuelingDdqnAgent;
import org.foci.agents.dqn.SgemmProbe;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.foci.api.env.ViewSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The learner's cost at paper scale (docs/agents.md, "Performance"): M = 240 devices, F = 247
 * features (38 local + 209 competitor-aware), |A| = 210 actions, batches of {@code batchSize} (64 unless a parameter says otherwise).
 *
 * <ul>
 *   <li>{@code act}: one greedy decision for all 240 devices (one batched forward pass);</li>
 *   <li>{@code update}: one double-DQN update on {@code batchSize} sampled device-transitions (two forward
 *       passes for the targets, forward and backward on the batch, Adam);</li>
 *   <li>{@code step}: a training step as the training loop makes it: ε-greedy {@code act} (ε = 0.05,
 *       so the forward pass runs) and {@code learn} (store 240 transitions, one update);</li>
 *   <li>{@code sgemm}: a 1024×1024×1024 single-precision matrix product through ND4J
 *       ({@link SgemmProbe}), the machine's attainable ceiling (2·1024³ FLOP per call).</li>
 * </ul>
 *
 * <p>Observations are synthetic but shaped like the environment's: 11 edges and 240 devices in a
 * 1.58 km square, r_p = 320 m, so a device's mask allows local plus 19 actions per edge in range. The
 * replay buffer is filled with 40 steps before measuring. ND4J/OpenBLAS threads come from the
 * environment: run under {@code OMP_NUM_THREADS=1}, {@code 2} and unset to compare. Sample-time mode, so
 * JMH reports the median (p0.50), which a shared machine inflates less than the mean.
 *
 * <p>Run: {@code OMP_NUM_THREADS=1 java -cp "foci-experiments/target/foci.jar:foci-experiments/target/lib/*"
 * org.openjdk.jmh.Main LearnerBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LearnerBenchmark {

    static final int DEVICES = 240;
    static final int EDGES = 11;
    static final int LAYERS = 19;
    static final int LOCAL_FEATURES = 38;
    static final int FEATURES = LOCAL_FEATURES + EDGES * LAYERS;
    static final int ACTIONS = EDGES * LAYERS + 1;
    static final long SEED = 20_240_601L;

    /** A learner with paper-scale inputs and a filled replay buffer. */
    @State(Scope.Thread)
    public static class Learner {

        /**
         * Widths of the trunk's hidden layers, joined by {@code x} (JMH splits parameter lists on
         * commas, so {@code -p hiddenUnits=64x64x64,128x128x128} selects two networks).
         */
        @Param({"64x64x64", "128x128x128"})
        public String hiddenUnits;

        /** Device-transitions per update (the training budget's batch size; the default's is 64). */
        @Param({"64"})
        public int batchSize;

        /** Updates per training step (the training budget's other half). */
        @Param({"1"})
        public int updatesPerStep;

        /** {@code direct} (BLAS on the graph's arrays) or {@code dl4j} (ComputationGraph API). */
        @Param({"direct", "dl4j"})
        public String engine;

        DuelingDdqnAgent agent;
        Observations[] observations;
        Transition[] transitions;
        int[] actions;
        int next;

        /** Builds the agent and the observation pool, fills the replay buffer. */
        @Setup
        public void setUp() {
            Settings settings = Settings.of("hiddenUnits", hiddenUnits.replace('x', ','), "engine", engine, "batchSize", batchSize,
                    "updatesPerStep", updatesPerStep,
                    "warmupTransitions", 0, "epsilonStart", 0.05, "epsilonMin", 0.05);
            agent = (DuelingDdqnAgent) PluginDiscovery.discover(PluginKind.AGENT).require("dueling-ddqn")
                    .create(settings, new AgentSpec(DEVICES, FEATURES, ACTIONS, SEED));
            SplittableRandom random = new SplittableRandom(SEED);
            observations = new Observations[16];
            for (int i = 0; i < observations.length; i++) {
                observations[i] = observations(random);
            }
            transitions = new Transition[observations.length];
            actions = new int[DEVICES];
            for (int i = 0; i < transitions.length; i++) {
                agent.act(observations[i], true, actions);
                float[] rewards = new float[DEVICES];
                for (int m = 0; m < DEVICES; m++) {
                    rewards[m] = (float) -random.nextDouble(0.5, 2);
                }
                Observations following = observations[(i + 1) % observations.length];
                transitions[i] = new Transition(observations[i].features(), actions.clone(), rewards,
                        following.features(), following.actionMask(), false);
            }
            for (int i = 0; i < 40; i++) {
                agent.learn(transitions[i % transitions.length]);
            }
        }

        Observations nextObservations() {
            next = (next + 1) & (observations.length - 1);
            return observations[next];
        }
    }

    /** Two random 1024×1024 float matrices and an output, in ND4J. */
    @State(Scope.Thread)
    public static class Matrices {
        SgemmProbe probe;

        /** Random inputs. */
        @Setup
        public void setUp() {
            probe = new SgemmProbe(1024, SEED);
        }
    }

    /** Greedy decisions for 240 devices: one batched forward pass. */
    @Benchmark
    public int[] act(Learner learner) {
        learner.agent.act(learner.nextObservations(), false, learner.actions);
        return learner.actions;
    }

    /** One double-DQN update on a batch of 64. */
    @Benchmark
    public double update(Learner learner) {
        return learner.agent.update();
    }

    /** A training step: ε-greedy decisions for 240 devices, then learn (store 240 rows, one update). */
    @Benchmark
    public void step(Learner learner, Blackhole blackhole) {
        learner.agent.act(learner.nextObservations(), true, learner.actions);
        learner.agent.learn(learner.transitions[learner.next]);
        blackhole.consume(learner.actions);
    }

    /** The ceiling: a 1024³ sgemm through ND4J (2.147 GFLOP per call). */
    @Benchmark
    public float sgemm(Matrices matrices) {
        return matrices.probe.run();
    }

    /**
     * Observations shaped like the environment's: uniform features, masks from the distance of each
     * device to 11 random edges (r_p = 320 m; local always allowed).
     */
    static Observations observations(SplittableRandom random) {
        double halfSide = 790;
        double[] edgeX = new double[EDGES];
        double[] edgeY = new double[EDGES];
        SplittableRandom edges = new SplittableRandom(SEED + 1);
        for (int n = 0; n < EDGES; n++) {
            edgeX[n] = edges.nextDouble(-halfSide, halfSide);
            edgeY[n] = edges.nextDouble(-halfSide, halfSide);
        }
        float[] features = new float[DEVICES * FEATURES];
        boolean[] mask = new boolean[DEVICES * ACTIONS];
        for (int m = 0; m < DEVICES; m++) {
            for (int j = 0; j < FEATURES; j++) {
                features[m * FEATURES + j] = (float) random.nextDouble();
            }
            double x = random.nextDouble(-halfSide, halfSide);
            double y = random.nextDouble(-halfSide, halfSide);
            mask[m * ACTIONS] = true;
            for (int n = 0; n < EDGES; n++) {
                if (Math.hypot(x - edgeX[n], y - edgeY[n]) <= 320) {
                    for (int k = 0; k < LAYERS; k++) {
                        mask[m * ACTIONS + 1 + n * LAYERS + k] = true;
                    }
                }
            }
        }
        return new Observations(features, mask, ViewSource.NONE);   // the learner reads no view
    }
}
