package org.foci.env.edge;

/**
 * The candidates of {@link EdgeGrid#query}: a table of square cells of half the grid's cell side, over the grid
 * and one grid cell around it, each listing (ascending) the edges within r of some point of the cell. A query
 * reads one list and tests its edges, so its output is ascending without a sort, and it tests the edges of
 * about 5.4 r² around the point instead of the 9 r² of a 3×3 block of grid cells. Immutable.
 */
final class CandidateCells {

    /** Relative and absolute slack on r when listing candidates: the lists may hold more, never fewer. */
    private static final double SLACK = 1e-9;

    private final double[] edgeX;
    private final double[] edgeY;
    private final double radiusSq;
    private final double originX;
    private final double originY;
    private final double side;
    private final int columns;
    private final int rows;
    private final int[] start;
    private final int[] candidates;

    /**
     * @param gridMinX  the grid's lower x, metres
     * @param gridMinY  the grid's lower y, metres
     * @param gridCellM the grid's cell side, {@code >= r}
     * @param gridCols  the grid's columns
     * @param gridRows  the grid's rows
     */
    CandidateCells(double[] edgeX, double[] edgeY, double radiusM, double gridMinX, double gridMinY, double gridCellM,
                   int gridCols, int gridRows) {
        this.edgeX = edgeX;
        this.edgeY = edgeY;
        this.radiusSq = radiusM * radiusM;
        this.side = gridCellM / 2;
        this.originX = gridMinX - gridCellM;
        this.originY = gridMinY - gridCellM;
        this.columns = 2 * (gridCols + 2);
        this.rows = 2 * (gridRows + 2);
        double reach = radiusM * (1 + SLACK) + SLACK;
        int cells = columns * rows;
        int[] counts = new int[cells + 1];
        for (int e = 0; e < edgeX.length; e++) {
            forEachCellNear(e, reach, c -> counts[c + 1]++);
        }
        for (int c = 0; c < cells; c++) {
            counts[c + 1] += counts[c];
        }
        int[] fill = counts.clone();
        int[] lists = new int[counts[cells]];
        for (int e = 0; e < edgeX.length; e++) {
            int edge = e;
            forEachCellNear(e, reach, c -> lists[fill[c]++] = edge);   // edges in ascending order: lists ascend
        }
        this.start = counts;
        this.candidates = lists;
    }

    /** Visits the table cells whose square lies within {@code reach} of edge e. */
    private void forEachCellNear(int e, double reach, java.util.function.IntConsumer visit) {
        double reachSq = reach * reach;
        int x0 = Math.max(0, (int) Math.floor((edgeX[e] - reach - originX) / side));
        int x1 = Math.min(columns - 1, (int) Math.floor((edgeX[e] + reach - originX) / side));
        int y0 = Math.max(0, (int) Math.floor((edgeY[e] - reach - originY) / side));
        int y1 = Math.min(rows - 1, (int) Math.floor((edgeY[e] + reach - originY) / side));
        for (int ty = y0; ty <= y1; ty++) {
            for (int tx = x0; tx <= x1; tx++) {
                if (squaredDistanceToCell(edgeX[e], edgeY[e], tx, ty) <= reachSq) {
                    visit.accept(ty * columns + tx);
                }
            }
        }
    }

    private double squaredDistanceToCell(double x, double y, int tx, int ty) {
        double lowX = originX + tx * side;
        double lowY = originY + ty * side;
        double dx = Math.max(0, Math.max(lowX - x, x - (lowX + side)));
        double dy = Math.max(0, Math.max(lowY - y, y - (lowY + side)));
        return dx * dx + dy * dy;
    }

    /**
     * The edges within r of the point, ascending.
     *
     * @return how many were written to {@code out}
     */
    int query(double x, double y, int[] out) {
        double fx = Math.floor((x - originX) / side);
        double fy = Math.floor((y - originY) / side);
        if (fx < 0 || fy < 0 || fx >= columns || fy >= rows) {
            return 0;   // farther than one grid cell (>= r) from every edge
        }
        int c = (int) fy * columns + (int) fx;
        int count = 0;
        for (int i = start[c]; i < start[c + 1]; i++) {
            int e = candidates[i];
            double dx = x - edgeX[e];
            double dy = y - edgeY[e];
            if (dx * dx + dy * dy <= radiusSq) {
                out[count++] = e;
            }
        }
        return count;
    }
}
