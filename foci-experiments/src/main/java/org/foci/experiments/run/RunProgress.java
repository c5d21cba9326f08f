package org.foci.experiments.run;

/** Hears how a run advances, for progress bars and logs. Called from the run's thread. */
public interface RunProgress {

    /** Ignores everything. */
    RunProgress NONE = new RunProgress() {
    };

    /** The run starts: {@code totalEpisodes} training plus evaluation episodes, {@code done} of them already. */
    default void started(int totalEpisodes, int done) {
    }

    /** A training episode ended. */
    default void trainingEpisode(CurvePoint point) {
    }

    /** An evaluation episode ended. */
    default void evaluationEpisode() {
    }

    /** The run is done. */
    default void finished(RunResult result) {
    }
}
