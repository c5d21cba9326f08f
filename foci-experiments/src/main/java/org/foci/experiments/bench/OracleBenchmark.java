package org.foci.experiments.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.oracle.OracleGapStudy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-edge solve time of the fairness oracles (docs/oracle.md, "Performance").
 *
 * <p>Sizes {@code devices/sms}: the paper's edge (L = 24) with 1, 4, 16 and 24 admitted devices, the
 * growth series (M, 2M) for M = 10 … 10,000, and 100 devices on 10⁶ SMs (many SMs per device, where
 * the one-SM-at-a-time steps jump in bulk). Instances are realistic ({@code R_c ~ U[0.3, 2]},
 * {@code R_f ~ U[0, 15]}, {@link OracleGapStudy#realistic}), drawn once per trial from a fixed seed;
 * each call solves the next one of a pool (so the branch predictor cannot learn a single instance),
 * through the allocator's primitive hot-path method with a reused output array. Sample-time mode, so
 * JMH reports the median (p0.50) next to the mean.
 *
 * <p>Run: {@code java -cp "foci-experiments/target/foci.jar:foci-experiments/target/lib/*"
 * org.openjdk.jmh.Main OracleBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class OracleBenchmark {

    /** Instances are drawn from this seed, the same for every allocator and size. */
    private static final long SEED = 20_240_601L;
    /** Doubles kept per size (both cost arrays of every pooled instance), about 4 MB. */
    private static final int POOL_DOUBLES = 1 << 19;

    /** The allocator, by plug-in name. */
    @Param({"maxmin-exact", "ipls-minrisk"})
    public String allocator;

    /** {@code devices/sms}. */
    @Param({"1/24", "4/24", "16/24", "24/24", "10/20", "100/200", "1000/2000", "10000/20000", "100/1000000"})
    public String size;

    private Allocator solver;
    private int devices;
    private int sms;
    private double[][] fixedCost;
    private double[][] scalableCost;
    private int[] allocation;
    private int next;

    /** Finds the allocator by name and draws the instance pool. */
    @Setup
    public void drawInstances() {
        solver = PluginDiscovery.discover(PluginKind.ALLOCATOR).require(allocator).create(Settings.empty());
        String[] parts = size.split("/");
        devices = Integer.parseInt(parts[0]);
        sms = Integer.parseInt(parts[1]);
        // A power of two between 16 and 1,024 instances, so that the cursor wraps with a mask.
        int pool = Integer.highestOneBit(Math.max(16, Math.min(1024, POOL_DOUBLES / (2 * devices))));
        SplittableRandom random = new SplittableRandom(SEED);
        fixedCost = new double[pool][];
        scalableCost = new double[pool][];
        for (int i = 0; i < pool; i++) {
            AllocationRequest request = OracleGapStudy.realistic(random, devices, sms);
            fixedCost[i] = request.fixedCost();
            scalableCost[i] = request.scalableCost();
        }
        allocation = new int[devices];
    }

    /** Solves one edge's allocation. */
    @Benchmark
    public void solve(Blackhole blackhole) {
        int i = next;
        next = (i + 1) & (fixedCost.length - 1);
        blackhole.consume(solver.allocate(fixedCost[i], scalableCost[i], devices, sms, allocation));
        blackhole.consume(allocation);
    }
}
