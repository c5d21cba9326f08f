package org.foci.env.links;

import java.util.Arrays;
import org.foci.env.devices.DeviceStates;
import org.foci.env.edge.EdgeGrid;
import org.foci.env.observation.ObservationLayout;

/**
 * The nearest-edge frame's links ({@code env.edgeSlots} = S > 0): a grid query finds device m's in-range
 * edges, the S nearest of them (ties by edge index) fill m's slots, and the observation's in-range flags and
 * rate features and the mask's action blocks are written per slot: the rates at every decision point (a slot
 * can name another edge without any edge coming or leaving), the flags and mask blocks when a slot fills or
 * empties. O(M·(S + edges in range)) per decision point, independent of N; the caller must not write into
 * those entries, and the matrices must be clear after {@link #reset}.
 */
final class NearestSlotLinks extends InRangeLinks {

    private final int slots;
    private final double[] edgeX;
    private final double[] edgeY;
    /** Device m's slots are {@code [m·S, (m+1)·S)}: an edge index, or -1 for an empty slot. */
    private final int[] slotEdge;
    private final int[] query;
    private final float[] feature;
    private final double[] squaredDistance;
    private final int[] order;

    NearestSlotLinks(EdgeGrid grid, ObservationLayout layout, LinkRates rates, DeviceStates devices, int layers,
                     int actionCount, double[] edgeX, double[] edgeY, int slots) {
        super(grid, layout, rates, devices, layers, actionCount);
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be >= 1, but was " + slots);
        }
        this.slots = slots;
        this.edgeX = edgeX.clone();
        this.edgeY = edgeY.clone();
        this.slotEdge = new int[Math.multiplyExact(devices.count(), slots)];
        int edges = grid.edgeCount();
        this.query = new int[edges];
        this.feature = new float[edges];
        this.squaredDistance = new double[edges];
        this.order = new int[edges];
        Arrays.fill(slotEdge, -1);
    }

    @Override
    public void reset() {
        super.reset();
        Arrays.fill(slotEdge, -1);
    }

    @Override
    public void update(int m, float[] observations, boolean[] mask) {
        double x = devices.x()[m];
        double y = devices.y()[m];
        int count = grid.query(x, y, query);
        ensureCapacity(links + count);
        int link = links;
        for (int i = 0; i < count; i++) {
            int n = query[i];
            edge[link] = n;
            feature[i] = rates.feature(m, x, y, n, ratio, link);
            double dx = x - edgeX[n];
            double dy = y - edgeY[n];
            squaredDistance[i] = dx * dx + dy * dy;
            order[i] = i;
            link++;
        }
        links = link;
        start[m + 1] = link;
        int filled = Math.min(count, slots);
        rankNearest(count, filled);
        int row = layout.row(m);
        int base = m * slots;
        for (int s = 0; s < slots; s++) {
            boolean used = s < filled;
            // the flag and the mask block change only when a slot fills or empties (most slots keep their state)
            if (used != slotEdge[base + s] >= 0) {
                observations[layout.inRangeFlag(row, s)] = used ? 1f : 0f;
                setEdgeActions(mask, m, s, used);
            }
            slotEdge[base + s] = used ? query[order[s]] : -1;
            observations[layout.rate(row, s)] = used ? feature[order[s]] : 0f;
        }
    }

    /** Puts the {@code filled} nearest of the {@code count} queried edges first in {@link #order}. */
    private void rankNearest(int count, int filled) {
        // partial selection sort: count is the edges within r_p (a handful at the paper's density)
        for (int s = 0; s < filled; s++) {
            int best = s;
            for (int i = s + 1; i < count; i++) {
                if (nearer(order[i], order[best])) {
                    best = i;
                }
            }
            int swap = order[s];
            order[s] = order[best];
            order[best] = swap;
        }
    }

    private boolean nearer(int i, int j) {
        return squaredDistance[i] < squaredDistance[j]
                || (squaredDistance[i] == squaredDistance[j] && query[i] < query[j]);
    }

    @Override
    public int edgeInSlot(int m, int slot) {
        return slotEdge[m * slots + slot];
    }

    @Override
    public int slotOfEdge(int m, int n) {
        int base = m * slots;
        for (int s = 0; s < slots; s++) {
            if (slotEdge[base + s] == n) {
                return s;
            }
        }
        return -1;
    }
}
