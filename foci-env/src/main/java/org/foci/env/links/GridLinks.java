package org.foci.env.links;

import org.foci.env.devices.DeviceStates;
import org.foci.env.edge.EdgeGrid;
import org.foci.env.observation.ObservationLayout;

/**
 * In-range links beyond 64 edges: a grid query per device, merged with the previous decision point's list
 * (both ascending) to clear the edges that left and set the edges that came.
 */
final class GridLinks extends InRangeLinks {

    private final int[] query;

    GridLinks(EdgeGrid grid, ObservationLayout layout, LinkRates rates, DeviceStates devices, int layers,
              int actionCount) {
        super(grid, layout, rates, devices, layers, actionCount);
        query = new int[grid.edgeCount()];
    }

    @Override
    public void update(int m, float[] observations, boolean[] mask) {
        int row = layout.row(m);
        int count = grid.query(devices.x()[m], devices.y()[m], query);
        // an edge in both lists keeps its flag and mask entries
        int oi = oldStart[m];
        int oldEnd = oldStart[m + 1];
        int ni = 0;
        while (oi < oldEnd || ni < count) {
            int oldEdge = oi < oldEnd ? this.oldEdge[oi] : Integer.MAX_VALUE;
            int newEdge = ni < count ? query[ni] : Integer.MAX_VALUE;
            if (oldEdge < newEdge) {
                observations[layout.inRangeFlag(row, oldEdge)] = 0f;
                observations[layout.rate(row, oldEdge)] = 0f;
                setEdgeActions(mask, m, oldEdge, false);
                oi++;
            } else if (newEdge < oldEdge) {
                observations[layout.inRangeFlag(row, newEdge)] = 1f;
                setEdgeActions(mask, m, newEdge, true);
                ni++;
            } else {
                oi++;
                ni++;
            }
        }
        appendAll(m, query, count, observations);
    }
}
