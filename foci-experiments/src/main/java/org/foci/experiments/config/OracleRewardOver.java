package org.foci.experiments.config;

/** Whose costs set the oracle value a learner trains on ({@code train.oracleRewardOver}). */
public enum OracleRewardOver {
    /** Every admitted device, as an edge computes it (the paper). */
    ALL,
    /**
     * Only the devices that acted greedily this step: the worst device at an edge is otherwise often an exploring
     * one while ε is large, and the value then measures exploration noise. A training-time signal the trainer
     * has and an edge would not; exploring devices still receive (and learn from) the value.
     */
    GREEDY
}
