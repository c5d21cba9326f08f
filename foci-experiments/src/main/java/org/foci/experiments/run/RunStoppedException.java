package org.foci.experiments.run;

/**
 * A run stopped at a safe point because a {@link StopSignal} was raised: its last checkpoint is on disk,
 * and running the same command again resumes it.
 */
public final class RunStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitStatus;

    /** @param exitStatus the status the command exits with (130 after SIGINT, 143 after SIGTERM) */
    public RunStoppedException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    /** The status the command exits with. */
    public int exitStatus() {
        return exitStatus;
    }
}
