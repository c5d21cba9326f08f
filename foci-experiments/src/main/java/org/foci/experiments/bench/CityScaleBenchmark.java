package org.foci.experiments.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.foci.agents.augment.CompetitorAwareAugmenter;
import org.foci.agents.augment.ProximityMeanFieldAugmenter;
import org.foci.agents.dqn.DuelingDdqnAgent;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.M2mCi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one decision point costs per device as the city grows at the paper's density (docs/performance.md,
 * "City scale"): the augmenters and the learner on the real {@code m2m-ci} environment in the city presets'
 * configuration (random waypoint, the nearest-edge frame with 8 slots), at 240 / 11 / 1,581 m,
 * 2,400 / 110 / 5,000 m and 24,000 / 1,100 / 15,811 m.
 *
 * <ul>
 *   <li>{@code proximityMeanField}, {@code competitorAware}: one augmentation of all M devices;</li>
 *   <li>{@code act}: greedy decisions for all M devices (one batched forward pass), F = local + competitor-aware
 *       features, as FOCI and COA-only see them;</li>
 *   <li>{@code actInBlocks}: the same with {@code agent.actBlockRows = 512} (a different agent of the same
 *       weights; its decisions may differ in the last bits' ties);</li>
 *   <li>{@code learn}: store M device-transitions and make the default update (one batch of 64).</li>
 * </ul>
 * The environment's own step is {@link EnvironmentBenchmark} ({@code :slots8} scales). The set-up prints the
 * memory: the environment's heap per device and the replay buffer's bytes per row (bounded by
 * {@code agent.replayCapacity}, not by M). Divide a score by M for the cost per device.
 *
 * <p>Run: {@code OMP_NUM_THREADS=1 java -cp "foci-experiments/target/foci.jar:foci-experiments/target/lib/*"
 * org.openjdk.jmh.Main CityScaleBenchmark} (or {@code ./foci bench CityScaleBenchmark})
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CityScaleBenchmark {

    private static final int SLOTS = 8;
    private static final int WARM_STEPS = 12;
    private static final int ACT_BLOCK_ROWS = 512;

    /** {@code devices:edges:areaSideM}, at the paper's density. */
    @Param({"240:11:1581", "2400:110:5000", "24000:1100:15811"})
    public String scale;

    private Scene scene;
    private ProximityMeanFieldAugmenter meanField;
    private CompetitorAwareAugmenter competitorAware;
    private float[] meanFieldOut;
    private float[] competitorOut;
    private DuelingDdqnAgent agent;
    private DuelingDdqnAgent agentInBlocks;
    private Observations observations;
    private Transition transition;
    private int[] actions;

    /** Builds the environment, steps it past its first decision points, fills the replay buffer. */
    @Setup(Level.Trial)
    public void build() {
        String[] parts = scale.split(":");
        int devices = Integer.parseInt(parts[0]);
        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        Environment env = M2mCi.environment(Settings.of("env.devices", devices, "env.edges", parts[1],
                "area.sideM", parts[2], "env.edgeSlots", SLOTS, "mobility.plugin", "random-waypoint"));
        StepBatch batch = env.reset(42, Split.TRAIN);
        long environmentBytes = usedAfterGc(runtime) - before;
        EnvironmentSpec spec = env.spec();
        scene = env.view(Scene.class).orElseThrow();
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < WARM_STEPS; t++) {
            batch = env.step(randomActions(spec, batch, random));
        }
        meanField = new ProximityMeanFieldAugmenter(0);
        competitorAware = new CompetitorAwareAugmenter();
        int meanFeatures = meanField.featureCount(spec);
        int competitorFeatures = competitorAware.featureCount(spec);
        meanFieldOut = new float[devices * meanFeatures];
        competitorOut = new float[devices * competitorFeatures];

        int local = spec.observationSize();
        int features = local + competitorFeatures;
        float[] current = features(batch, devices, local, competitorFeatures);
        boolean[] mask = batch.actionMask().clone();
        actions = new int[devices];
        AgentProvider learner = PluginDiscovery.discover(PluginKind.AGENT).require("dueling-ddqn");
        AgentSpec agentSpec = new AgentSpec(devices, features, spec.actionCount(), 42);
        agent = (DuelingDdqnAgent) learner.create(Settings.of("warmupTransitions", 0, "epsilonStart", 0.05,
                "epsilonMin", 0.05), agentSpec);
        agentInBlocks = (DuelingDdqnAgent) learner.create(Settings.of("epsilonStart", 0.05, "epsilonMin", 0.05,
                "actBlockRows", ACT_BLOCK_ROWS), agentSpec);
        observations = new Observations(current, mask, env);
        agent.act(observations, true, actions);
        StepBatch next = env.step(actions);
        float[] following = features(next, devices, local, competitorFeatures);
        transition = new Transition(current, actions.clone(), next.rewards().clone(), following,
                next.actionMask().clone(), false);
        long beforeReplay = usedAfterGc(runtime);
        int fill = Math.max(1, 100_000 / devices + 1);   // the default replay capacity, full
        for (int i = 0; i < fill; i++) {
            agent.learn(transition);
        }
        long replayBytes = usedAfterGc(runtime) - beforeReplay;
        System.out.printf(Locale.ROOT, "%n[setup %s] environment %.0f bytes/device; F = %d features (%d local + %d "
                        + "competitor-aware), |A| = %d; mean field %d features; replay + learner after %d learn calls "
                        + "(%d rows): %.1f MB, %.0f bytes/row%n", scale, (double) environmentBytes / devices, features,
                local, competitorFeatures, spec.actionCount(), meanFeatures, fill, (long) fill * devices,
                replayBytes / 1e6, (double) replayBytes / Math.min(100_000L, (long) fill * devices));
    }

    private float[] features(StepBatch batch, int devices, int local, int competitorFeatures) {
        int features = local + competitorFeatures;
        float[] out = new float[devices * features];
        float[] observation = batch.observations();
        for (int m = 0; m < devices; m++) {
            System.arraycopy(observation, m * local, out, m * features, local);
        }
        competitorAware.augment(scene, out, local, features);
        return out;
    }

    private static int[] randomActions(EnvironmentSpec spec, StepBatch batch, SplittableRandom random) {
        int[] out = new int[spec.deviceCount()];
        for (int m = 0; m < out.length; m++) {
            int a = 1 + random.nextInt(spec.actionCount() - 1);
            out[m] = random.nextInt(5) > 0 && batch.actionMask()[m * spec.actionCount() + a] ? a : ActionSpace.LOCAL;
        }
        return out;
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * A companion to the JMH run for a shared machine: thread CPU time per call and per device of each
     * benchmark at each scale, which other processes disturb much less than wall time. Arguments: optional
     * scales; default all of {@link #scale}'s.
     */
    public static void main(String[] args) {
        String[] scales = args.length > 0 ? args : new String[] {"240:11:1581", "2400:110:5000", "24000:1100:15811"};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String s : scales) {
            CityScaleBenchmark bench = new CityScaleBenchmark();
            bench.scale = s;
            bench.build();
            int devices = bench.scene.spec().deviceCount();
            Runnable[] calls = {bench::proximityMeanField, bench::competitorAware, bench::act, bench::actInBlocks,
                bench::learn};
            String[] names = {"proximityMeanField", "competitorAware", "act", "actInBlocks", "learn"};
            for (int b = 0; b < calls.length; b++) {
                double best = Double.POSITIVE_INFINITY;
                for (int round = 0; round < 4; round++) {        // round 0 warms up
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    int n = 0;
                    while (System.nanoTime() - wall0 < 1_000_000_000L) {
                        calls[b].run();
                        n++;
                    }
                    double perCall = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
                    if (round > 0) {
                        best = Math.min(best, perCall);
                    }
                }
                System.out.printf(Locale.ROOT, "[cpu-time %s] %s: %.1f µs per call, %.3f µs per device "
                        + "(best of 3 rounds of 1 s)%n", s, names[b], best, best / devices);
            }
        }
    }

    /** The proximity mean field of all M devices. */
    @Benchmark
    public float[] proximityMeanField() {
        meanField.augment(scene, meanFieldOut, 0, meanFieldOut.length / scene.spec().deviceCount());
        return meanFieldOut;
    }

    /** The competitor-aware records of all M devices. */
    @Benchmark
    public float[] competitorAware() {
        competitorAware.augment(scene, competitorOut, 0, competitorOut.length / scene.spec().deviceCount());
        return competitorOut;
    }

    /** Greedy decisions for all M devices. */
    @Benchmark
    public int[] act() {
        agent.act(observations, false, actions);
        return actions;
    }

    /** Greedy decisions for all M devices, {@value #ACT_BLOCK_ROWS} rows per forward pass. */
    @Benchmark
    public int[] actInBlocks() {
        agentInBlocks.act(observations, false, actions);
        return actions;
    }

    /** Store M device-transitions and make the default update. */
    @Benchmark
    public void learn() {
        agent.learn(transition);
    }
}
