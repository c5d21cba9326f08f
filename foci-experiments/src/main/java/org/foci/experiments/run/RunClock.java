package org.foci.experiments.run;

/**
 * Where a run's time goes: environment steps (oracle included), the agent (act and learn), and
 * observation assembly (augmenter). The oracle's own share is measured by {@link TimedAllocator}.
 */
public final class RunClock {

    long environmentNanos;
    long agentNanos;
    long observationNanos;

    /** Nanoseconds in {@code Environment.reset/step}. */
    public long environmentNanos() {
        return environmentNanos;
    }

    /** Nanoseconds in {@code Agent.act/learn/endEpisode}. */
    public long agentNanos() {
        return agentNanos;
    }

    /** Nanoseconds assembling observations (copying and augmenting). */
    public long observationNanos() {
        return observationNanos;
    }

    /** Adds another clock's times. */
    public void add(RunClock other) {
        environmentNanos += other.environmentNanos;
        agentNanos += other.agentNanos;
        observationNanos += other.observationNanos;
    }
}
