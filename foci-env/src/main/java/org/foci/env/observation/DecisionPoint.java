package org.foci.env.observation;

import java.util.Arrays;
import org.foci.api.env.ActionSpace;
import org.foci.env.devices.DeviceStates;
import org.foci.env.links.InRangeLinks;

/**
 * The observation and mask matrices of the decision point (MODEL.md §9), and their update after each
 * step: DVFS frequencies, in-range edges and rates (through {@link InRangeLinks}, per edge in the global frame
 * and per slot in the nearest-edge frame), the previous serving slot one-hot, the previous partition and the
 * time. The dense matrices are written only where they change.
 * Not thread-safe.
 */
public final class DecisionPoint {

    private final ObservationLayout layout;
    private final DeviceStates devices;
    private final InRangeLinks links;
    private final int actionCount;
    private final float invLayers;
    private final float invSteps;
    private final float[] observations;
    private final boolean[] mask;
    /**
     * The one-hot entry set in each device's row: 0 = local, 1 + s = slot s (edge s in the global frame), -1 =
     * none (the nearest-edge frame, when the serving edge is no longer in one of the device's slots).
     */
    private final int[] oneHotSlot;

    /**
     * @param layout          the row layout
     * @param devices         the devices' state
     * @param links           the in-range links
     * @param actionCount     |A|
     * @param layers          K
     * @param stepsPerEpisode T
     */
    public DecisionPoint(ObservationLayout layout, DeviceStates devices, InRangeLinks links,
                         int actionCount, int layers, int stepsPerEpisode) {
        this.layout = layout;
        this.devices = devices;
        this.links = links;
        this.actionCount = actionCount;
        this.invLayers = 1.0f / layers;
        this.invSteps = 1.0f / stepsPerEpisode;
        this.observations = new float[devices.count() * layout.size()];
        this.mask = new boolean[devices.count() * actionCount];
        this.oneHotSlot = new int[devices.count()];
    }

    /** Clears the matrices for a new episode: only the local action allowed, no link known. */
    public void reset() {
        Arrays.fill(oneHotSlot, 0);
        Arrays.fill(observations, 0f);
        Arrays.fill(mask, false);
        for (int m = 0; m < oneHotSlot.length; m++) {
            mask[m * actionCount + ActionSpace.LOCAL] = true;    // local is always allowed
        }
        links.reset();
    }

    /** Computes the decision point of step t from the devices' state. */
    public void update(int step) {
        links.beginDecisionPoint();
        float timeFeature = step * invSteps;
        // locals: the loop stores into float and boolean arrays, so the JIT would reload fields
        float[] observations = this.observations;
        boolean[] mask = this.mask;
        int[] oneHotSlot = this.oneHotSlot;
        int[] previousServingEdge = devices.previousServingEdge();
        int[] previousPartition = devices.previousPartition();
        double[] frequency = devices.frequency();
        for (int m = 0; m < oneHotSlot.length; m++) {
            double b = devices.updateFrequency(m);
            links.update(m, observations, mask);
            int row = layout.row(m);
            observations[layout.battery(row)] = (float) b;
            observations[layout.frequency(row)] = (float) frequency[m];
            int servedBy = previousServingEdge[m];
            int slot = servedBy < 0 ? 0 : oneHotEntry(links.slotOfEdge(m, servedBy));
            if (slot != oneHotSlot[m] || step == 0) {
                if (oneHotSlot[m] >= 0) {
                    observations[layout.previousSlot(row, oneHotSlot[m])] = 0f;
                }
                oneHotSlot[m] = slot;
                if (slot >= 0) {
                    observations[layout.previousSlot(row, slot)] = 1f;
                }
            }
            observations[layout.previousPartition(row)] = previousPartition[m] * invLayers;
            observations[layout.time(row)] = timeFeature;
        }
    }

    /** The one-hot entry of a serving slot: 1 + slot, or -1 (no entry set) when no slot names the edge. */
    private static int oneHotEntry(int slot) {
        return slot < 0 ? -1 : 1 + slot;
    }

    /** The observation matrix, M × (3·slots + 5). */
    public float[] observations() {
        return observations;
    }

    /** The action mask, M × |A|. */
    public boolean[] mask() {
        return mask;
    }
}
