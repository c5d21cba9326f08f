package org.foci.experiments.config;

/** Which reward a learner trains on (MODEL.md §9). */
public enum RewardMode {
    /** The device's own QoS reward {@code R^m = -c^m} (IQL, AMFQ, COA-only). */
    OWN_QOS,
    /** The serving edge's oracle value {@code R_n^*} (OFR-only, FOCI); own QoS when local. */
    ORACLE_VALUE
}
