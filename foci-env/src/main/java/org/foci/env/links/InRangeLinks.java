package org.foci.env.links;

import java.util.Arrays;
import org.foci.env.devices.DeviceStates;
import org.foci.env.edge.EdgeGrid;
import org.foci.env.observation.ObservationLayout;

/**
 * The edges within r_p of every device at the decision point, as one list per device (ascending, in
 * compressed-row form), and the observation and mask entries that follow from them: the in-range flag and
 * rate feature of each link, and the actions of each in-range edge.
 *
 * <p>The dense observation and mask matrices are updated only where the in-range set changes (the edges that
 * came and left since the previous decision point), so a decision point costs O(M · edges in range) however
 * large N is; the caller must not write into those entries. Two ways to find the change in the paper's global
 * frame, chosen once by {@link #create}: a 64-bit set per device up to 64 edges ({@link BitSetLinks}), a grid
 * query merged with the previous list beyond ({@link GridLinks}). In the nearest-edge frame the features and
 * mask are per slot instead ({@link NearestSlotLinks}). Not thread-safe.
 */
public abstract class InRangeLinks {

    final EdgeGrid grid;
    final ObservationLayout layout;
    final LinkRates rates;
    final DeviceStates devices;
    private final int layers;
    private final int actionCount;
    /** The current decision point's lists: device m's links are {@code [start[m], start[m + 1])}. */
    int[] start;
    int[] edge;
    /** The previous decision point's lists. */
    int[] oldStart;
    int[] oldEdge;
    /** rate / rate(d_min) of each current link, aligned with {@link #edge} (tabulated rates only). */
    double[] ratio;
    int links;

    InRangeLinks(EdgeGrid grid, ObservationLayout layout, LinkRates rates, DeviceStates devices, int layers,
                 int actionCount) {
        this.grid = grid;
        this.layout = layout;
        this.rates = rates;
        this.devices = devices;
        this.layers = layers;
        this.actionCount = actionCount;
        int count = devices.count();
        int initialLinks = Math.max(16, count * Math.min(grid.edgeCount(), 4));
        start = new int[count + 1];
        edge = new int[initialLinks];
        oldStart = new int[count + 1];
        oldEdge = new int[initialLinks];
        ratio = new double[initialLinks];
    }

    /** The bit-set form up to {@link EdgeGrid#MAX_BITSET_EDGES} edges, the grid form beyond. */
    public static InRangeLinks create(EdgeGrid grid, ObservationLayout layout, LinkRates rates, DeviceStates devices,
                                      int layers, int actionCount) {
        return grid.edgeCount() <= EdgeGrid.MAX_BITSET_EDGES
                ? new BitSetLinks(grid, layout, rates, devices, layers, actionCount)
                : new GridLinks(grid, layout, rates, devices, layers, actionCount);
    }

    /**
     * The nearest-edge frame's links: {@code layout} is over the S slots and {@code actionCount} is S·K + 1.
     *
     * @param edgeX edge positions, metres east, to rank the in-range edges by distance
     * @param edgeY edge positions, metres north
     * @param slots S, {@code >= 1}
     */
    public static InRangeLinks nearestSlots(EdgeGrid grid, ObservationLayout layout, LinkRates rates,
                                            DeviceStates devices, int layers, int actionCount, double[] edgeX,
                                            double[] edgeY, int slots) {
        return new NearestSlotLinks(grid, layout, rates, devices, layers, actionCount, edgeX, edgeY, slots);
    }

    /** Forgets every list: for a reset, after which the observation and mask matrices are clear. */
    public void reset() {
        Arrays.fill(start, 0);
    }

    /** Starts a decision point: the current lists become the previous ones. */
    public void beginDecisionPoint() {
        int[] swapStart = oldStart;
        oldStart = start;
        start = swapStart;
        int[] swapEdge = oldEdge;
        oldEdge = edge;
        edge = swapEdge;
        links = 0;
        start[0] = 0;
    }

    /**
     * Finds device m's in-range edges at its current position (devices in order 0..M-1, after
     * {@link #beginDecisionPoint}) and updates its flags, rate features and mask row.
     */
    public abstract void update(int m, float[] observations, boolean[] mask);

    /** Whether edge n was within r_p of device m at the decision point. */
    public boolean inRange(int m, int n) {
        return grid.inRange(devices.x()[m], devices.y()[m], n);
    }

    /** The index of link (m, n) in the current lists, or -1 when n is not in range of m. */
    int linkOf(int m, int n) {
        for (int j = start[m]; j < start[m + 1]; j++) {
            if (edge[j] == n) {
                return j;
            }
        }
        return -1;
    }

    /** The edge device m's action slot names: the slot itself in the global frame; -1 for an empty slot. */
    public int edgeInSlot(int m, int slot) {
        return slot;
    }

    /** The slot of device m's actions naming edge n: n itself in the global frame; -1 when no slot names it. */
    public int slotOfEdge(int m, int n) {
        return n;
    }

    /**
     * Device m's in-range edges, ascending.
     *
     * @return how many were written to {@code out}
     */
    public int copyInRange(int m, int[] out) {
        int count = start[m + 1] - start[m];
        System.arraycopy(edge, start[m], out, 0, count);
        return count;
    }

    /**
     * The rate of in-range link (m, n) at the decision point, bit/s: {@link LinkRates#rateBps}'s value, from the
     * decision point's table lookup when rates are tabulated (one polynomial per link and step).
     */
    public double servedRateBps(int m, int n) {
        if (!rates.tabulatedRates()) {
            return rates.rateBps(m, n);
        }
        int link = linkOf(m, n);
        return link < 0 ? rates.rateBps(m, n) : rates.fromRatio(ratio[link]);
    }

    /**
     * Appends device m's in-range edges to the current lists, ascending, writes their rate features and closes
     * the device's list.
     *
     * @param inRange the edges, ascending
     * @param count   how many
     */
    final void appendAll(int m, int[] inRange, int count, float[] observations) {
        ensureCapacity(links + count);
        int row = layout.row(m);
        double x = devices.x()[m];
        double y = devices.y()[m];
        int link = links;         // locals: the loop stores into arrays that could alias the fields' targets
        int[] edges = edge;
        double[] ratios = ratio;
        for (int i = 0; i < count; i++) {
            int n = inRange[i];
            edges[link] = n;
            observations[layout.rate(row, n)] = rates.feature(m, x, y, n, ratios, link);
            link++;
        }
        links = link;
        start[m + 1] = link;
    }

    /** Allows or forbids the actions of edge n in a device's mask row. */
    final void setEdgeActions(boolean[] mask, int m, int n, boolean allowed) {
        int from = m * actionCount + 1 + n * layers;
        Arrays.fill(mask, from, from + layers, allowed);
    }

    final void ensureCapacity(int needed) {
        if (needed <= edge.length) {
            return;
        }
        int size = Math.max(needed, edge.length * 2);
        edge = Arrays.copyOf(edge, size);
        ratio = Arrays.copyOf(ratio, size);
    }
}
