package org.foci.agents.augment;

import java.util.Arrays;
import java.util.Objects;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;

/**
 * Competitor-aware observation augmentation (COA, the paper's Eq. 5):
 * {@code F^m_{t-1} = { 1(d_mn <= r_p) · F^n_{t-1} }_n}, the previous-step action records of
 * every edge within the perception radius of device m, zeros for the edges out of range.
 *
 * <p>Layout: {@code N·K} features per device, edge-major: feature {@code n·K + k} is
 * {@link Scene#edgeRecord(int, int) F^n_{t-1}[k]} (the share of edge n's L SMs' worth of admitted
 * devices that chose partition k) when edge n is in range, else 0. In the nearest-edge frame
 * ({@link EnvironmentSpec#nearestEdgeFrame()}) the blocks are per action slot instead, {@code S·K}
 * features: block s holds the record of the edge in m's slot s ({@link Scene#slotOfEdge}), so the
 * features line up with the actions they inform, whatever N is.
 *
 * <p><b>Privacy:</b> for device m it reads only the edges' records,
 * {@link Scene#edgesInRange(int, int[])} of m (computed from m's own position) and m's own slots. It never reads
 * another device's position or action; a test checks this with a scene that fails on such reads.
 *
 * <p>Deterministic; not thread-safe (reuses scratch arrays).
 */
public final class CompetitorAwareAugmenter implements ObservationAugmenter {

    private int[] inRange = new int[0];
    private float[] records = new float[0];

    @Override
    public int featureCount(EnvironmentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return Math.multiplyExact(spec.slotCount(), spec.layerCount());
    }

    @Override
    public void augment(Scene scene, float[] out, int offset, int stride) {
        Objects.requireNonNull(scene, "scene");
        EnvironmentSpec spec = scene.spec();
        int devices = spec.deviceCount();
        int edges = spec.edgeCount();
        int layers = spec.layerCount();
        int features = featureCount(spec);
        AugmentChecks.requireMatrix(out, devices, offset, stride, features);
        if (features == 0) {
            return;
        }
        if (inRange.length < edges) {
            inRange = new int[edges];
        }
        int recordCount = Math.multiplyExact(edges, layers);
        if (records.length < recordCount) {
            records = new float[recordCount];
        }
        // The records are the same for every device: read them once per call.
        for (int n = 0; n < edges; n++) {
            for (int k = 0; k < layers; k++) {
                records[n * layers + k] = (float) scene.edgeRecord(n, k);
            }
        }
        for (int m = 0; m < devices; m++) {
            int row = m * stride + offset;
            Arrays.fill(out, row, row + features, 0f);
            int count = scene.edgesInRange(m, inRange);
            for (int i = 0; i < count; i++) {
                int n = inRange[i];
                if (n < 0 || n >= edges) {
                    throw new IllegalStateException("scene reported edge " + n + " in range of device " + m
                            + ", but there are " + edges + " edges");
                }
                int slot = scene.slotOfEdge(m, n);
                if (slot >= 0) {
                    System.arraycopy(records, n * layers, out, row + slot * layers, layers);
                }
            }
        }
    }

    @Override
    public String toString() {
        return CompetitorAwareProvider.NAME;
    }
}
