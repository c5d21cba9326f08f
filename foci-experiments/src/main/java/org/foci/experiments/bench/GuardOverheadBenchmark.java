package org.foci.experiments.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.Scene;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.env.M2mCiEnvironment;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.mobility.PortoTraceMobility;
import org.foci.env.trace.PortoTrace;
import org.foci.env.trace.TraceSource;
import org.foci.experiments.guard.AugmenterCheck;
import org.foci.experiments.guard.CheckLevel;
import org.foci.experiments.guard.GuardedAllocator;
import org.foci.experiments.guard.PluginIdentity;
import org.foci.experiments.guard.RunPosition;
import org.foci.oracle.EqualShareAllocator;
import org.foci.oracle.IplsMinRiskAllocator;

/**
 * What the plug-in boundary checks cost on the step path (docs/reliability.md): the paper's scale
 * (240 devices, 11 edges, the shipped Porto sample), one environment with the plain allocators and one
 * with {@link GuardedAllocator}s around them, replaying the same recorded actions, measured in thread
 * CPU time in alternating rounds (so that load from other processes falls on both alike); then the
 * {@link AugmenterCheck} alone on a matrix as wide as {@code competitor-aware}'s.
 *
 * <p>Run: {@code java -cp "foci-experiments/target/foci.jar:foci-experiments/target/lib/*"
 * org.foci.experiments.bench.GuardOverheadBenchmark [rounds]}
 */
public final class GuardOverheadBenchmark {

    private static final int DEVICES = 240;
    private static final int EDGES = 11;
    private static final int STEPS = 20_000;

    private GuardOverheadBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        M2mCiEnvironment plain = environment(new EqualShareAllocator(), new IplsMinRiskAllocator());
        RunPosition position = new RunPosition();
        Allocator runtime = new EqualShareAllocator();
        Allocator shaping = new IplsMinRiskAllocator();
        M2mCiEnvironment guarded = environment(
                new GuardedAllocator(runtime, PluginIdentity.of("runtime allocator", "equal-share", runtime), position),
                new GuardedAllocator(shaping, PluginIdentity.of("shaping allocator", "ipls-minrisk", shaping),
                        position));
        int[][] actions = record(plain);

        double[] plainUs = new double[rounds];
        double[] guardedUs = new double[rounds];
        for (int round = -2; round < rounds; round++) {      // two warm-up rounds
            double p = perStep(threads, plain, actions);
            double g = perStep(threads, guarded, actions);
            if (round >= 0) {
                plainUs[round] = p;
                guardedUs[round] = g;
                System.out.printf(Locale.ROOT, "round %d: plain %.2f µs/step, guarded %.2f µs/step (%+.2f %%)%n",
                        round + 1, p, g, 100 * (g - p) / p);
            }
        }
        double p = median(plainUs);
        double g = median(guardedUs);
        System.out.printf(Locale.ROOT, "median: plain %.2f µs/step, guarded %.2f µs/step: allocator checks %+.3f µs "
                + "(%+.2f %% of a step)%n", p, g, g - p, 100 * (g - p) / p);

        // The allocator checks alone, without the environment's noise: 2 calls per edge per step (runtime and
        // shaping) of an edge with M / N devices and L = 24, against an allocator that only copies its answer.
        int perEdge = DEVICES / EDGES;
        double[] fixed = new double[perEdge];
        double[] scalable = new double[perEdge];
        int[] answer = new int[perEdge];
        SplittableRandom random = new SplittableRandom(3);
        for (int m = 0; m < perEdge; m++) {
            fixed[m] = random.nextDouble();
            scalable[m] = random.nextDouble() * 10;
            answer[m] = 1;
        }
        answer[0] += 24 - perEdge;
        double worstOfAnswer = Allocator.worstCost(fixed, scalable, answer, perEdge);
        Allocator copying = (f, sc, count, sms, allocation) -> {
            System.arraycopy(answer, 0, allocation, 0, count);
            return worstOfAnswer;
        };
        Allocator checked = new GuardedAllocator(copying, new PluginIdentity("allocator", "bench", "bench"), position);
        int[] out = new int[perEdge];
        double[] bareUs = new double[rounds];
        double[] checkedUs = new double[rounds];
        double sink = 0;
        for (int round = -2; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < STEPS * 2 * EDGES; i++) {
                sink += copying.allocate(fixed, scalable, perEdge, 24, out);
            }
            long mid = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < STEPS * 2 * EDGES; i++) {
                sink += checked.allocate(fixed, scalable, perEdge, 24, out);
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= 0) {
                bareUs[round] = (mid - cpu) / 1e3 / STEPS;
                checkedUs[round] = (end - mid) / 1e3 / STEPS;
            }
        }
        double allocatorChecks = median(checkedUs) - median(bareUs);
        System.out.printf(Locale.ROOT, "allocator checks alone (%d calls of %d devices per step): %s: %.3f µs per "
                + "step (%.2f %% of a plain step)%s%n", 2 * EDGES, perEdge, CheckLevel.full() ? "full" : "sampled",
                allocatorChecks, 100 * allocatorChecks / p, sink == 42 ? " " : "");

        // The augmenter check alone, on competitor-aware's width (N x layers features after the local ones).
        int local = plain.spec().observationSize();
        int stride = local + EDGES * plain.spec().layerCount();
        float[] matrix = new float[DEVICES * stride];
        AugmenterCheck check = new AugmenterCheck(new PluginIdentity("augmenter", "bench", "bench"), position,
                DEVICES, local, stride);
        double[] checkUs = new double[rounds];
        for (int round = -2; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < STEPS; i++) {
                check.before(matrix);
                java.util.Arrays.fill(matrix, (DEVICES - 1) * stride + local, DEVICES * stride, 0.5f);  // the augmenter
                check.after(matrix);
            }
            if (round >= 0) {
                checkUs[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / STEPS;
            }
        }
        System.out.printf(Locale.ROOT, "augmenter check (%d x %d added features): %s: %.3f µs per step (%.2f %% of "
                + "a plain step)%n", DEVICES, stride - local, check.mode(), median(checkUs),
                100 * median(checkUs) / p);
    }

    private static M2mCiEnvironment environment(Allocator runtime, Allocator shaping) {
        ServiceArea area = new ServiceArea(41.149, -8.614, 1581);
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", DEVICES, "edges", EDGES,
                "episodeSeconds", 15.0 * (STEPS + 1)));
        M2mCiEnvironment env = new M2mCiEnvironment(config, new EnvironmentComponents(area,
                new PortoTraceMobility(PortoTrace.load(TraceSource.shippedSample(), area, 0.2, 2)), runtime, shaping));
        env.reset(42, Split.TRAIN);
        return env;
    }

    /** Random in-range actions, 80 % offloading, recorded once so that both environments replay the same. */
    private static int[][] record(M2mCiEnvironment env) {
        int[][] actions = new int[STEPS][];
        SplittableRandom random = new SplittableRandom(7);
        Scene scene = env.view(Scene.class).orElseThrow();
        ActionSpace space = env.spec().actionSpace();
        int[] inRange = new int[EDGES];
        for (int t = 0; t < STEPS; t++) {
            int[] a = new int[DEVICES];
            for (int m = 0; m < DEVICES; m++) {
                int count = scene.edgesInRange(m, inRange);
                if (count > 0 && random.nextInt(5) > 0) {
                    a[m] = space.encode(inRange[random.nextInt(count)], random.nextInt(space.layerCount()));
                }
            }
            actions[t] = a;
            env.step(a);
        }
        return actions;
    }

    private static double perStep(ThreadMXBean threads, M2mCiEnvironment env, int[][] actions) {
        env.reset(42, Split.TRAIN);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int[] a : actions) {
            env.step(a);
        }
        return (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / actions.length;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
