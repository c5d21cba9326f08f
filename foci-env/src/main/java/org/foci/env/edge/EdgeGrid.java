package org.foci.env.edge;

/**
 * A uniform grid over fixed edge positions (cells at least r wide, at most 1,024 per side) that answers
 * "which edges lie within r of a point" from a precomputed candidate list of the point's half-cell
 * ({@link CandidateCells}), so that the per-step range queries of M devices cost O(M · edges nearby) instead
 * of O(M·N). With at most 24 edges a plain scan is faster and is used instead (same answers).
 *
 * <p>Immutable after construction; {@link #query} writes into the caller's array, so it is safe to
 * call from several threads with separate output arrays.
 */
public final class EdgeGrid {

    private static final int MAX_CELLS_PER_SIDE = 1024;
    /** Up to this many edges a linear scan answers queries faster than the cells. */
    private static final int BRUTE_FORCE_EDGES = 24;

    private final double[] edgeX;
    private final double[] edgeY;
    private final double radiusM;
    private final double radiusSq;
    private final double minX;
    private final double minY;
    private final double cellM;
    private final int cols;
    private final int rows;
    private final CandidateCells candidateCells;
    /** The sure/uncertain table behind {@link #inRangeBits}; null beyond 64 edges or without a radius. */
    private final InRangeCells inRangeCells;

    /**
     * @param edgeX   edge positions, metres (copied)
     * @param edgeY   edge positions, metres (copied)
     * @param radiusM the query radius r, metres; {@code <= 0} means no edge is ever in range
     */
    public EdgeGrid(double[] edgeX, double[] edgeY, double radiusM) {
        if (edgeX.length != edgeY.length) {
            throw new IllegalArgumentException("edgeX and edgeY must have one length, but had " + edgeX.length
                    + " and " + edgeY.length);
        }
        this.edgeX = edgeX.clone();
        this.edgeY = edgeY.clone();
        this.radiusM = radiusM;
        this.radiusSq = radiusM * radiusM;
        int n = edgeX.length;
        Bounds bounds = Bounds.of(edgeX, edgeY);
        double loX = bounds.loX();
        double loY = bounds.loY();
        double hiX = bounds.hiX();
        double hiY = bounds.hiY();
        double extent = Math.max(hiX - loX, hiY - loY);
        double cell = radiusM > 0 ? radiusM : Math.max(extent, 1.0);
        if (extent / cell > MAX_CELLS_PER_SIDE - 1) {
            cell = extent / (MAX_CELLS_PER_SIDE - 1);      // coarser cells stay >= r: still correct
        }
        this.cellM = cell;
        this.minX = loX;
        this.minY = loY;
        this.cols = (int) Math.floor((hiX - loX) / cell) + 1;
        this.rows = (int) Math.floor((hiY - loY) / cell) + 1;
        this.candidateCells = new CandidateCells(this.edgeX, this.edgeY, radiusM, minX, minY, cell, cols, rows);
        this.inRangeCells = InRangeCells.build(this.edgeX, this.edgeY, bounds, radiusM);
    }

    /** The query radius r, metres. */
    public double radiusM() {
        return radiusM;
    }

    /** Number of edges. */
    public int edgeCount() {
        return edgeX.length;
    }

    /** True when edge n is within r of the point (distance ≤ r, and r > 0). */
    public boolean inRange(double x, double y, int edge) {
        double dx = x - edgeX[edge];
        double dy = y - edgeY[edge];
        return radiusM > 0 && dx * dx + dy * dy <= radiusSq;
    }

    /** The most edges {@link #inRangeBits} answers for: one bit per edge in a {@code long}. */
    public static final int MAX_BITSET_EDGES = Long.SIZE;

    /**
     * The edges within r of a point as a bit set (bit n = edge n), for at most
     * {@link #MAX_BITSET_EDGES} edges. Same answers as {@link #query}, without the output array
     * and the list bookkeeping (the caller compares bit sets across steps with one XOR). Only the
     * edges whose circle crosses the point's cell of a fine precomputed table are tested (see
     * {@link InRangeCells}); points outside the table test every edge. The point must be finite
     * (mobility models guarantee it).
     *
     * @throws IllegalStateException with more than {@link #MAX_BITSET_EDGES} edges
     */
    public long inRangeBits(double x, double y) {
        int n = edgeX.length;
        if (n > MAX_BITSET_EDGES) {
            throw new IllegalStateException("inRangeBits needs at most " + MAX_BITSET_EDGES + " edges, but there are "
                    + n);
        }
        if (radiusM <= 0 || n == 0) {
            return 0L;
        }
        // a fine table of sure and uncertain edges per cell leaves only the uncertain ones to test
        int cell = inRangeCells == null ? -1 : inRangeCells.cellOf(x, y);
        if (cell < 0) {
            return scanBits(x, y, ~0L >>> (Long.SIZE - n));
        }
        return inRangeCells.sure(cell) | scanBits(x, y, inRangeCells.uncertain(cell));
    }

    /** The edges of {@code candidates} within r of the point, by the plain distance test. */
    private long scanBits(double x, double y, long candidates) {
        long bits = 0L;
        for (; candidates != 0; candidates &= candidates - 1) {
            int e = Long.numberOfTrailingZeros(candidates);
            double dx = x - edgeX[e];
            double dy = y - edgeY[e];
            // the sign bit of r² − d² is 0 exactly when d² <= r² (equality gives +0.0): a comparison
            // without a branch, which the irregular in/out pattern would mispredict (2× slower measured)
            bits |= (~Double.doubleToRawLongBits(radiusSq - (dx * dx + dy * dy)) >>> 63) << e;
        }
        return bits;
    }

    /**
     * The edges within r of a point, in ascending order.
     *
     * @param out receives the edge indices; room for every edge
     * @return how many were written
     */
    public int query(double x, double y, int[] out) {
        if (radiusM <= 0 || edgeX.length == 0) {
            return 0;
        }
        if (edgeX.length <= BRUTE_FORCE_EDGES) {
            int count = 0;
            for (int e = 0; e < edgeX.length; e++) {      // few edges: a scan beats the cells, and is sorted
                double dx = x - edgeX[e];
                double dy = y - edgeY[e];
                if (dx * dx + dy * dy <= radiusSq) {
                    out[count++] = e;
                }
            }
            return count;
        }
        return candidateCells.query(x, y, out);
    }
}
