package org.foci.env.trace;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.foci.api.env.PointSample;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-area part of a Porto trace, ready for mobility: every GPS fix of a kept trip that lies in
 * the service area (metres of the area frame), and the <em>segments</em> — maximal runs of
 * consecutive in-area fixes of one trip with at least {@code minSegmentFixes} fixes (MODEL.md §2)
 * — split into training and evaluation by a stable hash of TRIP_ID
 * ({@link PortoTraceReader#isEvaluation}), so the two splits share no trip.
 *
 * <p>Built by one streaming pass ({@link #load}); holds 16 bytes per in-area fix and 13 bytes per
 * segment, so the full {@code train.csv} fits easily. Immutable; arrays handed out are shared
 * (read-only).
 */
public final class PortoTrace {

    private static final Logger LOG = LoggerFactory.getLogger(PortoTrace.class);

    private final TraceStats stats;
    private final double[] fixX;
    private final double[] fixY;
    private final int[] segmentStart;
    private final int[] segmentEnd;
    private final long[] segmentTrip;
    private final int[] trainSegments;
    private final int[] evaluationSegments;
    private final long tripsTrain;
    private final long tripsEvaluation;
    private final PointSample density;

    private PortoTrace(TraceStats stats, double[] fixX, double[] fixY, int[] segmentStart, int[] segmentEnd,
                       long[] segmentTrip, int[] trainSegments, int[] evaluationSegments, long tripsTrain,
                       long tripsEvaluation) {
        this.stats = stats;
        this.fixX = fixX;
        this.fixY = fixY;
        this.segmentStart = segmentStart;
        this.segmentEnd = segmentEnd;
        this.segmentTrip = segmentTrip;
        this.trainSegments = trainSegments;
        this.evaluationSegments = evaluationSegments;
        this.tripsTrain = tripsTrain;
        this.tripsEvaluation = tripsEvaluation;
        this.density = new PointSample(fixX, fixY);
    }

    /**
     * Reads a trace and keeps its in-area segments.
     *
     * @param source             the trace; never null
     * @param area               the service area; never null
     * @param evaluationFraction share of trips (by TRIP_ID hash) held out for evaluation, in [0, 1]
     * @param minSegmentFixes    fewest fixes of a segment, {@code >= 2}
     * @throws TraceFormatException when the source is not a Porto trace
     */
    public static PortoTrace load(TraceSource source, ServiceArea area, double evaluationFraction,
                                  int minSegmentFixes) {
        Objects.requireNonNull(area, "area");
        if (!(evaluationFraction >= 0 && evaluationFraction <= 1) || minSegmentFixes < 2) {
            throw new IllegalArgumentException("evaluationFraction must be in [0, 1] and minSegmentFixes >= 2, but were "
                    + evaluationFraction + " and " + minSegmentFixes);
        }
        Builder builder = new Builder(area, evaluationFraction, minSegmentFixes);
        TraceStats stats = PortoTraceReader.read(source, builder::add);
        PortoTrace trace = builder.build(stats);
        LOG.info("trace {}: {}; in the area: {}", source.name(), stats.describe(),
                String.format(Locale.ROOT, "%,d fixes, %,d segments (%,d train, %,d evaluation)", trace.fixes(),
                        trace.segments(), trace.segments(Split.TRAIN), trace.segments(Split.EVALUATION)));
        return trace;
    }

    /** What the reader met (rows, trips, skipped rows by reason). */
    public TraceStats stats() {
        return stats;
    }

    /** In-area fixes of kept trips (segment fixes plus isolated ones). */
    public int fixes() {
        return fixX.length;
    }

    /** Every in-area fix: the density sample. Shared arrays, read-only. */
    public PointSample densitySample() {
        return density;
    }

    /** Segments of both splits. */
    public int segments() {
        return segmentStart.length;
    }

    /** Segments of one split. */
    public int segments(Split split) {
        return split == Split.TRAIN ? trainSegments.length : evaluationSegments.length;
    }

    /** The i-th segment of a split: an index for {@link #start}, {@link #end}, {@link #tripHash}. */
    public int segment(Split split, int i) {
        return split == Split.TRAIN ? trainSegments[i] : evaluationSegments[i];
    }

    /** First fix of a segment (index into {@link #x}, {@link #y}). */
    public int start(int segment) {
        return segmentStart[segment];
    }

    /** One past the last fix of a segment. */
    public int end(int segment) {
        return segmentEnd[segment];
    }

    /** The TRIP_ID hash of a segment's trip. */
    public long tripHash(int segment) {
        return segmentTrip[segment];
    }

    /** Fix i, metres east of the area centre. */
    public double x(int fix) {
        return fixX[fix];
    }

    /** Fix i, metres north of the area centre. */
    public double y(int fix) {
        return fixY[fix];
    }

    /** Fixes inside segments of one split. */
    public long segmentFixes(Split split) {
        long total = 0;
        for (int i = 0; i < segments(split); i++) {
            int s = segment(split, i);
            total += segmentEnd[s] - segmentStart[s];
        }
        return total;
    }

    /** Trips with at least one segment in a split. */
    public long trips(Split split) {
        return split == Split.TRAIN ? tripsTrain : tripsEvaluation;
    }

    /** Facts for summaries, in a stable order. */
    public Map<String, Object> summary() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("trace", stats.source());
        map.put("rows", stats.rows());
        map.put("trips", stats.trips());
        map.put("points", stats.points());
        map.put("skippedRows", stats.skippedRows());
        for (SkipReason reason : SkipReason.values()) {
            map.put(reason.summaryKey(), stats.skipped(reason));
        }
        map.put("fixes", (long) fixes());
        map.put("segmentsTrain", (long) segments(Split.TRAIN));
        map.put("segmentsEval", (long) segments(Split.EVALUATION));
        map.put("segmentFixesTrain", segmentFixes(Split.TRAIN));
        map.put("segmentFixesEval", segmentFixes(Split.EVALUATION));
        map.put("tripsTrain", tripsTrain);
        map.put("tripsEval", tripsEvaluation);
        return map;
    }

    /** Collects in-area runs trip by trip. */
    private static final class Builder {
        private final ServiceArea area;
        private final double evaluationFraction;
        private final int minSegmentFixes;
        private double[] x = new double[1 << 12];
        private double[] y = new double[1 << 12];
        private int fixes;
        private int[] start = new int[256];
        private int[] end = new int[256];
        private long[] trip = new long[256];
        private boolean[] evaluation = new boolean[256];
        private int segments;
        private long tripsTrain;
        private long tripsEvaluation;

        Builder(ServiceArea area, double evaluationFraction, int minSegmentFixes) {
            this.area = area;
            this.evaluationFraction = evaluationFraction;
            this.minSegmentFixes = minSegmentFixes;
        }

        void add(Trip t) {
            long hash = t.tripHash();
            boolean eval = PortoTraceReader.isEvaluation(hash, evaluationFraction);
            int runStart = -1;
            int before = segments;
            for (int i = 0; i < t.points(); i++) {
                double px = area.xM(t.lon(i));
                double py = area.yM(t.lat(i));
                if (area.contains(px, py)) {
                    if (runStart < 0) {
                        runStart = fixes;
                    }
                    appendFix(px, py);
                } else if (runStart >= 0) {
                    closeRun(runStart, hash, eval);
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                closeRun(runStart, hash, eval);
            }
            if (segments > before) {
                if (eval) {
                    tripsEvaluation++;
                } else {
                    tripsTrain++;
                }
            }
        }

        private void appendFix(double px, double py) {
            if (fixes == x.length) {
                if (fixes == Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("more than 2^31 in-area fixes");
                }
                int grown = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * fixes);
                x = Arrays.copyOf(x, grown);
                y = Arrays.copyOf(y, grown);
            }
            x[fixes] = px;
            y[fixes] = py;
            fixes++;
        }

        private void closeRun(int runStart, long hash, boolean eval) {
            if (fixes - runStart < minSegmentFixes) {
                return;   // an isolated fix (or too short a run) stays in the density sample only
            }
            if (segments == start.length) {
                int grown = segments * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                trip = Arrays.copyOf(trip, grown);
                evaluation = Arrays.copyOf(evaluation, grown);
            }
            start[segments] = runStart;
            end[segments] = fixes;
            trip[segments] = hash;
            evaluation[segments] = eval;
            segments++;
        }

        PortoTrace build(TraceStats stats) {
            int evalCount = 0;
            for (int s = 0; s < segments; s++) {
                if (evaluation[s]) {
                    evalCount++;
                }
            }
            int[] train = new int[segments - evalCount];
            int[] eval = new int[evalCount];
            int ti = 0;
            int ei = 0;
            for (int s = 0; s < segments; s++) {
                if (evaluation[s]) {
                    eval[ei++] = s;
                } else {
                    train[ti++] = s;
                }
            }
            return new PortoTrace(stats, Arrays.copyOf(x, fixes), Arrays.copyOf(y, fixes),
                    Arrays.copyOf(start, segments), Arrays.copyOf(end, segments), Arrays.copyOf(trip, segments),
                    train, eval, tripsTrain, tripsEvaluation);
        }
    }
}
