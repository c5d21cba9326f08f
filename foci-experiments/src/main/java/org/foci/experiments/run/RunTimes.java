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

    /** No time spent: a run that starts from episode 1. */
    public static final RunTimes NONE = new RunTimes(0, 0, 0, 0, 0);

    /** These times followed by {@code later}'s: a resumed run's times before and after its resume. */
    public RunTimes plus(RunTimes later) {
        return new RunTimes(wallSeconds + later.wallSeconds, environmentSeconds + later.environmentSeconds,
                oracleSeconds + later.oracleSeconds, agentSeconds + later.agentSeconds,
                observationSeconds + later.observationSeconds);
    }
}
