package org.foci.api.env;

/**
 * An optional view ({@link ViewSource#view}): the environment at the current decision point (after
 * {@code reset} or the latest {@code step}), read-only, for augmenters and model-based agents.
 *
 * <p>What a component reads here is what it would need to know in a real deployment, so reading
 * is a modelling decision: the competitor-aware augmenter reads only the edges' records and the
 * device's own position; the proximity mean field also reads other devices' positions and actions
 * (the privacy cost the paper criticises).
 *
 * <p>Indices are 0-based: devices {@code m < M}, edges {@code n < N}, partitions {@code k < K}.
 * Valid until the next {@code step} or {@code reset}; not thread-safe.
 */
public interface Scene {

    /** {@return the environment's shape} */
    EnvironmentSpec spec();

    /** {@return the decisions already taken in this episode: 0 after reset, T at the end} */
    int step();

    /** {@return r_p: the largest distance at which a device may reach an edge, metres} */
    double perceptionRadiusM();

    /**
     * Device m's position, metres east of the area centre.
     *
     * @param device m, in {@code [0, M-1]}
     * @return its x, metres
     */
    double deviceXM(int device);

    /**
     * Device m's position, metres north of the area centre.
     *
     * @param device m, in {@code [0, M-1]}
     * @return its y, metres
     */
    double deviceYM(int device);

    /**
     * Edge n's position, metres east of the area centre.
     *
     * @param edge n, in {@code [0, N-1]}
     * @return its x, metres
     */
    double edgeXM(int edge);

    /**
     * Edge n's position, metres north of the area centre.
     *
     * @param edge n, in {@code [0, N-1]}
     * @return its y, metres
     */
    double edgeYM(int edge);

    /**
     * The action device m took at the previous step; {@link ActionSpace#LOCAL} after reset. In the
     * nearest-edge frame its slot refers to the previous decision point's slots: read the edge with
     * {@link #previousEdge}.
     *
     * @param device m, in {@code [0, M-1]}
     * @return its previous action index
     */
    int previousAction(int device);

    /**
     * The edge device m asked for at the previous step (served or refused), -1 for local and after reset.
     * The global frame's default decodes {@link #previousAction}; a nearest-edge environment overrides it.
     *
     * @param device m, in {@code [0, M-1]}
     * @return the edge, or -1
     * @throws UnsupportedOperationException in the nearest-edge frame when the environment did not override it
     */
    default int previousEdge(int device) {
        requireGlobalFrame("previousEdge");
        return spec().actionSpace().edgeOf(previousAction(device));
    }

    /**
     * The edge device m's action slot names at this decision point: slot n is edge n in the global frame;
     * in the nearest-edge frame the (s+1)-th nearest edge within r_p, or -1 when fewer are in range.
     *
     * @param device m, in {@code [0, M-1]}
     * @param slot   s, in {@code [0, slots-1]} ({@link EnvironmentSpec#slotCount()})
     * @return the edge, or -1 for an empty slot
     * @throws UnsupportedOperationException in the nearest-edge frame when the environment did not override it
     */
    default int edgeInSlot(int device, int slot) {
        requireGlobalFrame("edgeInSlot");
        if (slot < 0 || slot >= spec().slotCount()) {
            throw new IndexOutOfBoundsException("slot must be in [0, " + (spec().slotCount() - 1) + "], but was "
                    + slot);
        }
        return slot;
    }

    /**
     * The slot of device m's actions that names edge n at this decision point, the inverse of
     * {@link #edgeInSlot}: n itself in the global frame; in the nearest-edge frame, -1 when n is not among
     * m's S nearest edges in range.
     *
     * @param device m, in {@code [0, M-1]}
     * @param edge   n, in {@code [0, N-1]}
     * @return the slot, or -1
     * @throws UnsupportedOperationException in the nearest-edge frame when the environment did not override it
     */
    default int slotOfEdge(int device, int edge) {
        requireGlobalFrame("slotOfEdge");
        if (edge < 0 || edge >= spec().edgeCount()) {
            throw new IndexOutOfBoundsException("edge must be in [0, " + (spec().edgeCount() - 1) + "], but was "
                    + edge);
        }
        return edge;
    }

    private void requireGlobalFrame(String method) {
        if (spec().nearestEdgeFrame()) {
            throw new UnsupportedOperationException(getClass().getName() + " declares the nearest-edge frame ("
                    + spec().edgeSlots() + " slots) but does not implement Scene." + method);
        }
    }

    /**
     * The edge's action record {@code F^n_{t-1}[k]}: of the devices edge n admitted at the previous
     * step, the number that chose partition k, divided by L. All zero after reset.
     *
     * @param edge      n, in {@code [0, N-1]}
     * @param partition k, in {@code [0, K-1]}
     * @return the share, in {@code [0, 1]}
     */
    double edgeRecord(int edge, int partition);

    /**
     * Devices edge n admitted at the previous step; 0 after reset.
     *
     * @param edge n, in {@code [0, N-1]}
     * @return the number of devices
     */
    int edgeLoad(int edge);

    /**
     * The edges within r_p of device m, computed from its own position only.
     *
     * @param device   m, in {@code [0, M-1]}
     * @param edgesOut receives the edge indices in ascending order; needs room for N
     * @return how many were written
     */
    int edgesInRange(int device, int[] edgesOut);
}
