package org.foci.api.env;

/**
 * An optional view ({@link ViewSource#view}): what the latest step did for each device, in arrays of
 * length M that the environment overwrites on every {@code step} (zero after {@code reset}). Read them
 * before stepping again; do not modify them.
 */
public interface DeviceOutcomes {

    /** {@return the QoS cost c of the step per device (lower is better)} */
    double[] cost();

    /** {@return the per-inference latency per device, seconds} */
    double[] latencyS();

    /** {@return the per-inference device energy per device, joules} */
    double[] energyJ();

    /** {@return per device, true when it was served by an edge and by a different edge the step before} */
    boolean[] handover();

    /** {@return per device, true when its latency exceeded its deadline} */
    boolean[] deadlineMissed();

    /** {@return per device, true when it asked for an edge that was full and ran locally instead} */
    boolean[] rejected();

    /** {@return per device, the edge that served it this step, or -1 when it ran locally} */
    int[] servingEdge();

    /** {@return per device, the partition point executed: K when local (also after a rejection)} */
    int[] partition();

    /** {@return the SMs granted per device at its serving edge, 0 when local} */
    int[] sms();
}
