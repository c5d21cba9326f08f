package org.foci.env.observation;

/**
 * Where each feature sits in a device's row of the observation matrix (MODEL.md §9), {@code 3N + 5}
 * floats: {@code [b, f, (inRange_n, rate_n / rate(d_min)) for n < N, previous edge one-hot (slot 0 = local,
 * 1 + n = edge n), previous k / K, t / T]}. In the nearest-edge frame N is the number of slots S and "edge n"
 * is the device's slot n. The one place these offsets are written down.
 */
public final class ObservationLayout {

    private final int edges;
    private final int oneHotBase;
    private final int size;

    /** @param edges N, or S in the nearest-edge frame */
    public ObservationLayout(int edges) {
        this.edges = edges;
        this.oneHotBase = 2 + 2 * edges;
        this.size = 3 * edges + 5;
    }

    /** Floats per device. */
    public int size() {
        return size;
    }

    /** The first float of device m's row. */
    public int row(int m) {
        return m * size;
    }

    /** Battery level b. */
    public int battery(int row) {
        return row;
    }

    /** DVFS frequency ratio f. */
    public int frequency(int row) {
        return row + 1;
    }

    /** 1 when edge n is within r_p, else 0. */
    public int inRangeFlag(int row, int n) {
        return row + 2 + 2 * n;
    }

    /** The rate of the link to edge n relative to the rate at d_min; 0 beyond r_p. */
    public int rate(int row, int n) {
        return row + 3 + 2 * n;
    }

    /** The previous serving slot's one-hot entry: slot 0 = local, 1 + n = edge n. */
    public int previousSlot(int row, int slot) {
        return row + oneHotBase + slot;
    }

    /** The previous partition over K. */
    public int previousPartition(int row) {
        return row + oneHotBase + edges + 1;
    }

    /** The episode's progress t / T. */
    public int time(int row) {
        return row + oneHotBase + edges + 2;
    }
}
