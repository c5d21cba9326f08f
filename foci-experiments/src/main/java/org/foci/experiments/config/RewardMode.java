package org.foci.experiments.config;

/** Which reward a learner trains on (MODEL.md §9): the name of an environment's reward signal. */
public enum RewardMode {
    /** The device's own QoS reward {@code R^m = -c^m} (IQL, AMFQ, COA-only). */
    OWN_QOS("own-qos"),
    /** The serving edge's oracle value {@code R_n^*} (OFR-only, FOCI); own QoS when local. */
    ORACLE_VALUE("oracle-value");

    private final String signal;

    RewardMode(String signal) {
        this.signal = signal;
    }

    /** The signal's name in {@link org.foci.api.env.RewardSignals}. */
    public String signal() {
        return signal;
    }
}
