package org.foci.env.links;

import java.util.Arrays;
import org.foci.env.devices.DeviceStates;
import org.foci.env.edge.EdgeGrid;
import org.foci.env.observation.ObservationLayout;

/**
 * In-range links as one 64-bit set per device (up to 64 edges): one XOR with the previous decision point's
 * set finds the edges that came and left, and the current list is read straight from the set, ascending.
 */
final class BitSetLinks extends InRangeLinks {

    private final long[] bits;

    BitSetLinks(EdgeGrid grid, ObservationLayout layout, LinkRates rates, DeviceStates devices, int layers,
                int actionCount) {
        super(grid, layout, rates, devices, layers, actionCount);
        bits = new long[devices.count()];
    }

    @Override
    public void reset() {
        super.reset();
        Arrays.fill(bits, 0L);
    }

    @Override
    public void update(int m, float[] observations, boolean[] mask) {
        int row = layout.row(m);
        double x = devices.x()[m];
        double y = devices.y()[m];
        long current = grid.inRangeBits(x, y);
        long changed = current ^ bits[m];
        bits[m] = current;
        for (; changed != 0; changed &= changed - 1) {
            int n = Long.numberOfTrailingZeros(changed);
            boolean came = (current >>> n & 1L) != 0;
            observations[layout.inRangeFlag(row, n)] = came ? 1f : 0f;
            if (!came) {
                observations[layout.rate(row, n)] = 0f;
            }
            setEdgeActions(mask, m, n, came);
        }
        // straight from the set, ascending: no intermediate list (as InRangeLinks.appendAll otherwise)
        ensureCapacity(links + Long.bitCount(current));
        int link = links;
        int[] edges = edge;
        double[] ratios = ratio;
        for (long rest = current; rest != 0; rest &= rest - 1) {
            int n = Long.numberOfTrailingZeros(rest);
            edges[link] = n;
            observations[layout.rate(row, n)] = rates.feature(m, x, y, n, ratios, link);
            link++;
        }
        links = link;
        start[m + 1] = link;
    }

    @Override
    public boolean inRange(int m, int n) {
        return (bits[m] >>> n & 1L) != 0;
    }

    /** The link's place in m's ascending list: the in-range edges below n (n is assumed in range). */
    @Override
    int linkOf(int m, int n) {
        return start[m] + Long.bitCount(bits[m] & ((1L << n) - 1));
    }
}
