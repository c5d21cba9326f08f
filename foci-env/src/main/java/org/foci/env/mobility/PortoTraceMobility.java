package org.foci.env.mobility;

import java.util.Map;
import java.util.Objects;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.PointSample;
import org.foci.api.env.Split;
import org.foci.env.trace.PortoTrace;
import org.foci.api.random.SplitMix64;

/**
 * Devices replay real taxi movement (MODEL.md §2): each device starts an episode on a uniformly
 * random segment of the split at a uniformly random fix, advances one fix per decision interval
 * (the traces' 15 s GPS period), and when its segment ends continues at the first fix of another
 * uniformly random segment of the same split (a <em>jump</em>, counted).
 *
 * <p>Deterministic: one SplitMix64 stream per episode, drawn in device order. Holds three ints per
 * device. Not thread-safe.
 */
public final class PortoTraceMobility implements MobilityModel {

    private final PortoTrace trace;
    private int devices;
    private Split split;
    private int[] segment = new int[0];
    private int[] fix = new int[0];
    private int[] end = new int[0];
    private long state;
    private long jumps;
    private boolean started;

    /**
     * @param trace the in-area segments; both splits must have at least one segment
     * @throws IllegalArgumentException if a split has no segment
     */
    public PortoTraceMobility(PortoTrace trace) {
        this.trace = Objects.requireNonNull(trace, "trace");
        for (Split s : Split.values()) {
            if (trace.segments(s) == 0) {
                throw new IllegalArgumentException("the trace has no in-area segment for the " + s.name().toLowerCase(
                        java.util.Locale.ROOT) + " split");
            }
        }
    }

    /** The trace replayed. */
    public PortoTrace trace() {
        return trace;
    }

    @Override
    public PointSample densitySample() {
        return trace.densitySample();
    }

    @Override
    public void reset(int deviceCount, Split split, long seed) {
        if (deviceCount < 1) {
            throw new IllegalArgumentException("deviceCount must be >= 1, but was " + deviceCount);
        }
        this.split = Objects.requireNonNull(split, "split");
        if (segment.length != deviceCount) {
            segment = new int[deviceCount];
            fix = new int[deviceCount];
            end = new int[deviceCount];
        }
        devices = deviceCount;
        state = SplitMix64.derive(seed, 0x5452414345L + split.ordinal());
        int count = trace.segments(split);
        for (int m = 0; m < devices; m++) {
            int s = trace.segment(split, SplitMix64.below(nextBits(), count));
            int first = trace.start(s);
            int length = trace.end(s) - first;
            segment[m] = s;
            fix[m] = first + SplitMix64.below(nextBits(), length);
            end[m] = trace.end(s);
        }
        jumps = 0;
        started = true;
    }

    private long nextBits() {
        state = SplitMix64.next(state);
        return SplitMix64.mix64(state);
    }

    @Override
    public void positions(double[] xM, double[] yM) {
        requireStarted();
        for (int m = 0; m < devices; m++) {
            xM[m] = trace.x(fix[m]);
            yM[m] = trace.y(fix[m]);
        }
    }

    @Override
    public void advance() {
        requireStarted();
        int count = trace.segments(split);
        for (int m = 0; m < devices; m++) {
            int next = fix[m] + 1;
            if (next < end[m]) {
                fix[m] = next;
                continue;
            }
            int s = trace.segment(split, SplitMix64.below(nextBits(), count));
            while (s == segment[m] && count > 1) {
                s = trace.segment(split, SplitMix64.below(nextBits(), count));
            }
            segment[m] = s;
            fix[m] = trace.start(s);
            end[m] = trace.end(s);
            jumps++;
        }
    }

    @Override
    public long jumps() {
        return jumps;
    }

    @Override
    public Map<String, Object> summary() {
        return trace.summary();
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("porto-trace mobility: call reset before reading positions or advancing");
        }
    }
}
