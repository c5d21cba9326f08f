package org.foci.experiments.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.foci.api.Settings;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.Scene;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.M2mCiEnvironment;
import org.foci.oracle.EqualShareAllocator;
import org.foci.oracle.IplsMinRiskAllocator;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.mobility.PortoTraceMobility;
import org.foci.env.mobility.RandomWaypointMobility;
import org.foci.env.mobility.RandomWaypointParameters;
import org.foci.env.trace.PortoTrace;
import org.foci.env.trace.TraceSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of one {@code m2m-ci} step (docs/environment-performance.md).
 *
 * <p>Scales {@code devices:edges:areaSideM}: the paper's 240 devices and 11 edges on 1,581 m, then ×10
 * and ×100 devices and edges on an area grown by √10 per stage (the same device and edge density, so
 * each device keeps ~1.5 edges within r_p), plus the ×10 and ×100 stages crowded into the paper's
 * area (~15 and ~150 edges within r_p per device), and the constant-density stages again in the nearest-edge
 * frame ({@code :slots8}, the city presets' frame). Mobility is random waypoint, and for the paper's
 * size also the shipped Porto trace ({@code :trace}); the allocators are the defaults of every preset:
 * {@code equal-share} at run time and {@code ipls-minrisk} as the shaping oracle.
 *
 * <p>Actions are pre-generated in the trial set-up: a replay of one long episode (random valid
 * actions, 80 % offloading) is recorded, and every measurement iteration resets the environment with
 * the same seed and replays it, so each action stays valid and no action is generated inside the
 * measured code. {@link #step} is the environment alone; {@link #stepAndCopyBatch} also copies the
 * dense observation and mask matrices, as a consumer that reads them all (a replay buffer) must —
 * that part is O(M·N) by nature.
 *
 * <p>Run: {@code java -cp "foci-experiments/target/foci.jar:foci-experiments/target/lib/*"
 * org.openjdk.jmh.Main EnvironmentBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class EnvironmentBenchmark {

    /**
     * {@code devices:edges:areaSideM[:trace][:slotsS]}; {@code :trace} replays the shipped Porto sample,
     * {@code :slots8} uses the nearest-edge frame with 8 slots ({@code env.edgeSlots}).
     */
    @Param({"240:11:1581:trace", "240:11:1581", "2400:110:5000", "24000:1100:15811", "2400:110:1581",
        "24000:1100:1581", "240:11:1581:slots8", "2400:110:5000:slots8", "24000:1100:15811:slots8"})
    public String scale;

    private M2mCiEnvironment env;
    private int[][] actions;
    private int cursor;
    private float[] observationCopy;
    private boolean[] maskCopy;

    /** Builds the environment, records the action replay and reports set-up time and memory. */
    @Setup(Level.Trial)
    public void build() {
        String[] parts = scale.split(":");
        int devices = Integer.parseInt(parts[0]);
        int edges = Integer.parseInt(parts[1]);
        double side = Double.parseDouble(parts[2]);
        boolean crowded = (double) edges / (side * side) > 2 * 11 / (1581.0 * 1581.0);
        int steps = devices <= 240 ? 40_000 : devices <= 2400 ? (crowded ? 1_500 : 4_000) : (crowded ? 40 : 300);

        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        long t0 = System.nanoTime();
        ServiceArea area = new ServiceArea(41.149, -8.614, side);
        boolean trace = false;
        int edgeSlots = 0;
        for (int i = 3; i < parts.length; i++) {
            if (parts[i].equals("trace")) {
                trace = true;
            } else if (parts[i].startsWith("slots")) {
                edgeSlots = Integer.parseInt(parts[i].substring("slots".length()));
            } else {
                throw new IllegalArgumentException("scale " + scale + ": unknown part '" + parts[i]
                        + "' (trace or slotsS)");
            }
        }
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", devices, "edges", edges,
                "edgeSlots", edgeSlots, "episodeSeconds", 15.0 * (steps + 1)));
        MobilityModel mobility = trace
                ? new PortoTraceMobility(PortoTrace.load(TraceSource.shippedSample(), area, 0.2, 2))
                : new RandomWaypointMobility(area, 15.0, RandomWaypointParameters.defaults());
        env = new M2mCiEnvironment(config, new EnvironmentComponents(area, mobility, new EqualShareAllocator(),
                new IplsMinRiskAllocator()));
        long t1 = System.nanoTime();
        StepBatch batch = env.reset(42, Split.TRAIN);
        long t2 = System.nanoTime();
        long after = usedAfterGc(runtime);

        actions = new int[steps][];
        SplittableRandom random = new SplittableRandom(7);
        Scene scene = env.view(Scene.class).orElseThrow();
        boolean[] rejected = env.view(DeviceOutcomes.class).orElseThrow().rejected();
        ActionSpace space = env.spec().actionSpace();
        int[] inRange = new int[edges];
        long offloads = 0;
        long rejections = 0;
        long t3 = System.nanoTime();
        for (int t = 0; t < steps; t++) {
            int[] a = new int[devices];
            for (int m = 0; m < devices; m++) {
                int count = scene.edgesInRange(m, inRange);
                if (count > 0 && random.nextInt(5) > 0) {
                    // the slot naming the edge: the edge itself in the global frame
                    int slot = scene.slotOfEdge(m, inRange[random.nextInt(count)]);
                    int k = random.nextInt(space.layerCount());
                    if (slot >= 0) {
                        a[m] = space.encode(slot, k);
                        offloads++;
                    }
                }
            }
            actions[t] = a;
            batch = env.step(a);
            for (boolean r : rejected) {
                rejections += r ? 1 : 0;
            }
        }
        long t4 = System.nanoTime();
        observationCopy = new float[batch.observations().length];
        maskCopy = new boolean[batch.actionMask().length];
        System.out.printf(Locale.ROOT, "%n[setup %s] construct %.0f ms (k-means, r_p = %.1f m), reset %.1f ms, "
                        + "memory %.0f bytes/device (env + batch + mobility), observation %d floats, mask %d; "
                        + "replay of %d steps recorded in %.1f s (%.0f%% offload, %.1f%% of requests rejected)%n",
                scale, (t1 - t0) / 1e6, env.perceptionRadiusM(), (t2 - t1) / 1e6, (double) (after - before) / devices,
                env.spec().observationSize(), env.spec().actionCount(), steps, (t4 - t3) / 1e9,
                100.0 * offloads / ((double) steps * devices), 100.0 * rejections / Math.max(1, offloads));
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Each iteration replays the recorded episode from its start. */
    @Setup(Level.Iteration)
    public void rewind() {
        env.reset(42, Split.TRAIN);
        cursor = 0;
    }

    private int[] nextActions() {
        if (cursor == actions.length) {
            env.reset(42, Split.TRAIN);    // only if an iteration outruns the replay (sized for ~1 s)
            cursor = 0;
        }
        return actions[cursor++];
    }

    /**
     * A companion to the JMH run for a shared machine: steps per second of <em>thread CPU time</em>
     * (not wall time) for each scale, which other processes on the machine disturb much less.
     * Arguments: optional scales ({@code devices:edges:areaSideM}); default all of {@link #scale}'s.
     */
    public static void main(String[] args) {
        String[] scales = args.length > 0 ? args
                : new String[] {"240:11:1581:trace", "240:11:1581", "2400:110:5000", "24000:1100:15811", "2400:110:1581",
                    "24000:1100:1581", "240:11:1581:slots8", "2400:110:5000:slots8", "24000:1100:15811:slots8"};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String s : scales) {
            EnvironmentBenchmark bench = new EnvironmentBenchmark();
            bench.scale = s;
            bench.build();
            for (int round = 0; round < 4; round++) {        // round 0 warms up
                bench.rewind();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                int steps = 0;
                while (System.nanoTime() - wall0 < 2_000_000_000L && steps < bench.actions.length) {
                    bench.step();
                    steps++;
                }
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                if (round > 0) {
                    System.out.printf(Locale.ROOT, "[cpu-time %s] round %d: %d steps, %.0f steps/s of CPU time "
                            + "(%.0f steps/s wall), %.2f µs/step%n", s, round, steps, steps / cpu, steps / wall,
                            cpu / steps * 1e6);
                }
            }
        }
    }

    /** One step of all devices. */
    @Benchmark
    public StepBatch step() {
        return env.step(nextActions());
    }

    /** One step, then a copy of the dense observation and mask matrices (the consumer's O(M·N)). */
    @Benchmark
    public StepBatch stepAndCopyBatch() {
        StepBatch batch = env.step(nextActions());
        System.arraycopy(batch.observations(), 0, observationCopy, 0, observationCopy.length);
        System.arraycopy(batch.actionMask(), 0, maskCopy, 0, maskCopy.length);
        return batch;
    }
}
