package org.foci.agents.augment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;

/**
 * Proximity mean field (MFQ/AMFQ, the paper's §2): for each device m, the mean one-hot previous
 * action {@code (1/|N_m|) Σ_{j ∈ N_m} e(a_j)} over the <em>other</em> devices j within the radius
 * r_mf of m ({@code |A|} features); all zeros when m has no neighbour.
 *
 * <p>This reads every device's position and previous action: the privacy cost the paper holds
 * against mean-field methods.
 *
 * <p>In the nearest-edge frame ({@link EnvironmentSpec#nearestEdgeFrame()}) the mean is taken in m's own
 * frame: a neighbour's offload to edge e with partition k counts at m's action {@code (slot of e, k)}
 * ({@link Scene#edgeInSlot}, read once per device and call), local counts as local, and an offload to an
 * edge none of m's slots names counts only in the denominator.
 *
 * <p>Neighbours are found with a uniform grid rebuilt on every call (counting sort of the devices
 * into cells of side ≥ r_mf, then a 3×3 cell search): O(M + cells + pairs within reach) instead of
 * all M² pairs, so O(M) at constant density. The grid never has more than about 4M cells, whatever the
 * radius and spread. A crowd so dense that the search would test more than {@code maxCandidatesPerDevice}
 * pairs per device on average is refused with an {@link IllegalStateException} before the search, since
 * its cost grows with the density squared.
 *
 * <p>Deterministic (sums of integer counts); not thread-safe (reuses scratch arrays).
 */
public final class ProximityMeanFieldAugmenter implements ObservationAugmenter {

    private final double radiusM;
    private final int maxCandidatesPerDevice;
    private final String keyPrefix;

    private int[] cellOf = new int[0];
    private int[] cellStart = new int[0];
    private int[] cursor = new int[0];
    private int[] byCell = new int[0];
    private int[] action = new int[0];
    private int[] previousEdge = new int[0];
    /** In the nearest-edge frame, device m's slots' edges at {@code [m·S, (m+1)·S)} (read once per call). */
    private int[] slotEdges = new int[0];
    private int slots;
    private double[] x = new double[0];
    private double[] y = new double[0];

    /**
     * An augmenter with the default density limit ({@link ProximityMeanFieldProvider#MAX_CANDIDATES}).
     *
     * @param radiusM r_mf in metres; 0 means "the scene's perception radius r_p"
     * @throws IllegalArgumentException if {@code radiusM} is negative or not finite
     */
    public ProximityMeanFieldAugmenter(double radiusM) {
        this(radiusM, ProximityMeanFieldProvider.MAX_CANDIDATES.defaultValue());
    }

    /**
     * @param radiusM                r_mf in metres; 0 means "the scene's perception radius r_p"
     * @param maxCandidatesPerDevice the densest crowd accepted, as candidate pairs per device, {@code >= 1}
     * @throws IllegalArgumentException if {@code radiusM} is negative or not finite, or the limit below 1
     */
    public ProximityMeanFieldAugmenter(double radiusM, int maxCandidatesPerDevice) {
        this(radiusM, maxCandidatesPerDevice, "");
    }

    /** As above; {@code keyPrefix} (e.g. {@code augmenter.}) names the settings in the density refusal. */
    ProximityMeanFieldAugmenter(double radiusM, int maxCandidatesPerDevice, String keyPrefix) {
        if (!(radiusM >= 0) || Double.isInfinite(radiusM)) {
            throw new IllegalArgumentException("radiusM must be finite and >= 0, but was " + radiusM);
        }
        if (maxCandidatesPerDevice < 1) {
            throw new IllegalArgumentException("maxCandidatesPerDevice must be >= 1, but was "
                    + maxCandidatesPerDevice);
        }
        this.radiusM = radiusM;
        this.maxCandidatesPerDevice = maxCandidatesPerDevice;
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** r_mf in metres as configured; 0 means the scene's perception radius. */
    public double radiusM() {
        return radiusM;
    }

    @Override
    public int featureCount(EnvironmentSpec spec) {
        return Objects.requireNonNull(spec, "spec").actionCount();
    }

    @Override
    public void augment(Scene scene, float[] out, int offset, int stride) {
        Objects.requireNonNull(scene, "scene");
        EnvironmentSpec spec = scene.spec();
        int devices = spec.deviceCount();
        int actions = spec.actionCount();
        AugmentChecks.requireMatrix(out, devices, offset, stride, actions);
        double radius = radiusM > 0 ? radiusM : scene.perceptionRadiusM();
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the mean-field radius must be finite and >= 0, but was " + radius
                    + (radiusM > 0 ? "" : " (the scene's perception radius)"));
        }
        boolean ownFrame = spec.nearestEdgeFrame();
        readDevices(scene, devices, actions, ownFrame);

        // Grid geometry: cells of side >= radius, so neighbours are in the 3×3 block around a cell.
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < devices; m++) {
            minX = Math.min(minX, x[m]);
            maxX = Math.max(maxX, x[m]);
            minY = Math.min(minY, y[m]);
            maxY = Math.max(maxY, y[m]);
        }
        double cell = Math.max(radius, 1e-9);
        long maxCells = 4L * devices + 64;
        long cols;
        long rows;
        while (true) {
            cols = (long) Math.floor((maxX - minX) / cell) + 1;
            rows = (long) Math.floor((maxY - minY) / cell) + 1;
            if (cols > 0 && rows > 0 && cols * rows <= maxCells) {
                break;
            }
            cell *= 2;
        }
        int columns = (int) cols;
        int cells = (int) (cols * rows);

        // Counting sort of the devices by cell.
        if (cellStart.length < cells + 1) {
            cellStart = new int[cells + 1];
            cursor = new int[cells + 1];
        }
        Arrays.fill(cellStart, 0, cells + 1, 0);
        for (int m = 0; m < devices; m++) {
            int cx = (int) Math.min(cols - 1, (long) ((x[m] - minX) / cell));
            int cy = (int) Math.min(rows - 1, (long) ((y[m] - minY) / cell));
            cellOf[m] = cy * columns + cx;
            cellStart[cellOf[m] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        System.arraycopy(cellStart, 0, cursor, 0, cells);
        for (int m = 0; m < devices; m++) {
            byCell[cursor[cellOf[m]]++] = m;
        }

        refuseDenseCrowd(columns, (int) rows, devices, radius, cell);

        int layers = spec.layerCount();
        double radiusSquared = radius * radius;
        for (int m = 0; m < devices; m++) {
            int row = m * stride + offset;
            Arrays.fill(out, row, row + actions, 0f);
            int cx = cellOf[m] % columns;
            int cy = cellOf[m] / columns;
            int neighbours = 0;
            for (int ny = Math.max(0, cy - 1); ny <= Math.min((int) rows - 1, cy + 1); ny++) {
                for (int nx = Math.max(0, cx - 1); nx <= Math.min(columns - 1, cx + 1); nx++) {
                    int c = ny * columns + nx;
                    for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                        int j = byCell[i];
                        if (j == m) {
                            continue;
                        }
                        double dx = x[j] - x[m];
                        double dy = y[j] - y[m];
                        if (dx * dx + dy * dy <= radiusSquared) {
                            int feature = ownFrame ? featureInFrameOf(m, j, layers) : action[j];
                            if (feature >= 0) {
                                out[row + feature] += 1f;
                            }
                            neighbours++;
                        }
                    }
                }
            }
            if (neighbours > 0) {
                float inverse = 1f / neighbours;
                for (int a = 0; a < actions; a++) {
                    out[row + a] *= inverse;
                }
            }
        }
    }

    /**
     * Neighbour j's previous action as a feature of device m's nearest-edge frame: local stays local, an offload
     * to edge e after k layers becomes m's action (slot of e, k), or -1 when no slot of m names e.
     */
    private int featureInFrameOf(int m, int j, int layers) {
        if (action[j] == ActionSpace.LOCAL) {
            return ActionSpace.LOCAL;
        }
        int edge = previousEdge[j];
        int base = m * slots;
        for (int slot = 0; slot < slots; slot++) {
            if (slotEdges[base + slot] == edge) {
                return 1 + slot * layers + (action[j] - 1) % layers;
            }
        }
        return -1;
    }

    /** Counts the pairs the 3×3 search would test, before testing them, and refuses a crowd beyond the limit. */
    private void refuseDenseCrowd(int columns, int rows, int devices, double radius, double cell) {
        long candidates = 0;
        for (int cy = 0; cy < rows; cy++) {
            for (int cx = 0; cx < columns; cx++) {
                int c = cy * columns + cx;
                int here = cellStart[c + 1] - cellStart[c];
                if (here == 0) {
                    continue;
                }
                for (int ny = Math.max(0, cy - 1); ny <= Math.min(rows - 1, cy + 1); ny++) {
                    int from = ny * columns + Math.max(0, cx - 1);
                    int to = ny * columns + Math.min(columns - 1, cx + 1);
                    candidates += (long) here * (cellStart[to + 1] - cellStart[from]);
                }
            }
        }
        double perDevice = (double) candidates / devices;
        if (perDevice > maxCandidatesPerDevice) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: the crowd is too dense for the neighbour search: %d devices with r_mf = %.1f m (grid cells "
                            + "of %.1f m) would test %.0f candidate pairs per device, more than "
                            + "%smaxCandidatesPerDevice = %d; the cost grows with the density squared. Use a smaller "
                            + "%sradiusM, fewer devices per area, or raise %smaxCandidatesPerDevice",
                    ProximityMeanFieldProvider.NAME, devices, radius, cell, perDevice, keyPrefix,
                    maxCandidatesPerDevice, keyPrefix, keyPrefix));
        }
    }

    private void readDevices(Scene scene, int devices, int actions, boolean ownFrame) {
        slots = ownFrame ? scene.spec().slotCount() : 0;
        if (slotEdges.length < Math.multiplyExact(devices, slots)) {
            slotEdges = new int[devices * slots];
        }
        if (x.length < devices) {
            x = new double[devices];
            y = new double[devices];
            action = new int[devices];
            previousEdge = new int[devices];
            cellOf = new int[devices];
            byCell = new int[devices];
        }
        for (int m = 0; m < devices; m++) {
            x[m] = scene.deviceXM(m);
            y[m] = scene.deviceYM(m);
            if (!Double.isFinite(x[m]) || !Double.isFinite(y[m])) {
                throw new IllegalArgumentException("device " + m + " position must be finite, but was (" + x[m]
                        + ", " + y[m] + ")");
            }
            action[m] = scene.previousAction(m);
            if (action[m] < 0 || action[m] >= actions) {
                throw new IllegalArgumentException("device " + m + " previous action must be in [0, " + (actions - 1)
                        + "], but was " + action[m]);
            }
            if (ownFrame) {
                previousEdge[m] = scene.previousEdge(m);
                for (int s = 0; s < slots; s++) {
                    slotEdges[m * slots + s] = scene.edgeInSlot(m, s);
                }
            }
        }
    }

    @Override
    public String toString() {
        return ProximityMeanFieldProvider.NAME + "(radiusM=" + (radiusM > 0 ? radiusM : "r_p") + ")";
    }
}
