package org.foci.env.edge;

/**
 * A precomputed answer to "which of at most 64 edges lie within r of a point", per cell of a fine
 * grid: for every cell the edges that are within r of <em>every</em> point of the cell (sure) and
 * the edges whose circle crosses the cell (uncertain). A query then tests only the uncertain edges
 * of its cell (on average well under one at the paper's scale) instead of all N, and gives exactly
 * the answer of the plain test {@code dx² + dy² <= r²}: sure and excluded edges are decided with a
 * relative margin of 10⁻⁹ on r² and cells widened by 10⁻⁶ of their side, far above the rounding of
 * the plain test and of the cell lookup, so no point near a boundary is ever classified by the table.
 *
 * <p>The cells cover the edges' bounding box widened by r; points outside it (or NaN) are answered
 * by the caller's plain scan. Immutable and thread-safe.
 */
final class InRangeCells {

    /** Cells per side of r: cells of r/8 leave about a quarter of the paper's devices one uncertain edge. */
    private static final int CELLS_PER_RADIUS = 8;
    /** At most this many cells (16 bytes each): the table stays within the second-level cache. */
    private static final int MAX_CELLS = 1 << 14;
    private static final double RADIUS_MARGIN = 1e-9;
    private static final double CELL_MARGIN = 1e-6;

    private final double originX;
    private final double originY;
    private final double cellM;
    private final double inverseCellM;
    private final int cols;
    private final int rows;
    /** Per cell two words: the sure edges, then the uncertain ones. */
    private final long[] cellBits;

    private InRangeCells(double originX, double originY, double cellM, int cols, int rows, long[] cellBits) {
        this.originX = originX;
        this.originY = originY;
        this.cellM = cellM;
        this.inverseCellM = 1.0 / cellM;
        this.cols = cols;
        this.rows = rows;
        this.cellBits = cellBits;
    }

    /**
     * The table for edges within {@code radiusM}; null when there are no edges, more than 64, or r is
     * not positive (the caller's scan then answers every query).
     */
    static InRangeCells build(double[] edgeX, double[] edgeY, double radiusM) {
        return build(edgeX, edgeY, Bounds.of(edgeX, edgeY), radiusM);
    }

    /** As {@link #build(double[], double[], double)} with the edges' bounding box already known. */
    static InRangeCells build(double[] edgeX, double[] edgeY, Bounds bounds, double radiusM) {
        int n = edgeX.length;
        if (n == 0 || n > Long.SIZE || !(radiusM > 0) || radiusM == Double.POSITIVE_INFINITY) {
            return null;
        }
        double loX = bounds.loX();
        double loY = bounds.loY();
        double width = bounds.hiX() - loX + 2 * radiusM;
        double height = bounds.hiY() - loY + 2 * radiusM;
        double cell = radiusM / CELLS_PER_RADIUS;
        if (width / cell * (height / cell) > MAX_CELLS) {
            cell = Math.sqrt(width * height / MAX_CELLS);
        }
        int cols = (int) Math.ceil(width / cell);
        int rows = (int) Math.ceil(height / cell);
        if (!Double.isFinite(width) || !Double.isFinite(height) || (long) cols * rows > 2L * MAX_CELLS) {
            return null;
        }
        double originX = loX - radiusM;
        double originY = loY - radiusM;
        double radiusSq = radiusM * radiusM;
        double sureBelow = radiusSq * (1 - RADIUS_MARGIN);
        double excludedAbove = radiusSq * (1 + RADIUS_MARGIN);
        double widen = cell * CELL_MARGIN;
        long[] bits = new long[2 * cols * rows];
        for (int cy = 0; cy < rows; cy++) {
            double y0 = originY + cy * cell - widen;
            double y1 = originY + (cy + 1) * cell + widen;
            for (int cx = 0; cx < cols; cx++) {
                double x0 = originX + cx * cell - widen;
                double x1 = originX + (cx + 1) * cell + widen;
                long sure = 0L;
                long uncertain = 0L;
                for (int e = 0; e < n; e++) {
                    double nearX = Math.max(0, Math.max(x0 - edgeX[e], edgeX[e] - x1));
                    double nearY = Math.max(0, Math.max(y0 - edgeY[e], edgeY[e] - y1));
                    double farX = Math.max(Math.abs(x0 - edgeX[e]), Math.abs(x1 - edgeX[e]));
                    double farY = Math.max(Math.abs(y0 - edgeY[e]), Math.abs(y1 - edgeY[e]));
                    if (farX * farX + farY * farY < sureBelow) {
                        sure |= 1L << e;
                    } else if (!(nearX * nearX + nearY * nearY > excludedAbove)) {
                        uncertain |= 1L << e;
                    }
                }
                int c = 2 * (cy * cols + cx);
                bits[c] = sure;
                bits[c + 1] = uncertain;
            }
        }
        return new InRangeCells(originX, originY, cell, cols, rows, bits);
    }

    /**
     * The index of the point's cell pair in {@link #sure}/{@link #uncertain}, or −1 outside the
     * table (and for NaN).
     */
    int cellOf(double x, double y) {
        double u = (x - originX) * inverseCellM;
        double v = (y - originY) * inverseCellM;
        if (u >= 0 && u < cols && v >= 0 && v < rows) {
            return 2 * ((int) v * cols + (int) u);
        }
        return -1;
    }

    /** The edges within r of every point of the cell. */
    long sure(int cell) {
        return cellBits[cell];
    }

    /** The edges that may or may not be within r of a point of the cell. */
    long uncertain(int cell) {
        return cellBits[cell + 1];
    }

    /** Number of cells (for tests and memory accounting). */
    int cellCount() {
        return cols * rows;
    }

    /** The west edge of the table, metres (for tests). */
    double originX() {
        return originX;
    }

    /** The south edge of the table, metres (for tests). */
    double originY() {
        return originY;
    }

    /** The side of a cell, metres (for tests). */
    double cellM() {
        return cellM;
    }
}
