package org.foci.sweep.run;

import java.util.Locale;

/** How a run of a sweep ended. */
public enum RunStatus {
    /** Trained and evaluated by this sweep. */
    OK,
    /** Finished by an earlier sweep into the same folder; its result was read, not recomputed. */
    REUSED,
    /** Failed: a bad configuration or an exception; the row says why and the run's error.txt has the trace. */
    FAILED;

    /** True when the row has metrics. */
    public boolean succeeded() {
        return this != FAILED;
    }

    /** The lowercase name used in files: {@code ok}, {@code reused}, {@code failed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
