package org.foci.experiments.run;

/**
 * Where a run's wall time went, seconds. Not part of the deterministic results.
 *
 * @param wallSeconds        whole run, including evaluation and checkpoints
 * @param environmentSeconds environment reset/step (oracle and runtime allocation included)
 * @param oracleSeconds      the shaping allocator alone
 * @param agentSeconds       act, learn, end of episode
 * @param observationSeconds observation assembly (augmenter)
 */
public record RunTimes(double wallSeconds, double environmentSeconds, double oracleSeconds, double agentSeconds,
                       double observationSeconds) {
}
