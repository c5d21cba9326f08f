package org.foci.experiments.run;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request to stop runs at their next safe point (the end of a training episode), set by a signal
 * handler or by a job whose other run failed, read by {@link TrainingRun} between episodes.
 * Thread-safe. A signal may have a parent: it is then also raised whenever the parent is.
 */
public final class StopSignal {

    /** Exit status after SIGINT (Ctrl-C): 128 + 2, as shells report it. */
    public static final int SIGINT = 130;
    /** Exit status after SIGTERM: 128 + 15. */
    public static final int SIGTERM = 143;

    private static final StopSignal PROCESS = new StopSignal(null);

    private final StopSignal parent;
    private volatile int exitStatus;
    private final AtomicInteger watchers = new AtomicInteger();

    private StopSignal(StopSignal parent) {
        this.parent = parent;
    }

    /** The signal of this process, which {@code foci}'s shutdown hook raises on SIGINT and SIGTERM. */
    public static StopSignal process() {
        return PROCESS;
    }

    /** A signal that only {@link #raise} on it raises (for a library use or a test). */
    public static StopSignal never() {
        return new StopSignal(null);
    }

    /** A signal raised by this one or by {@link #raise} on it. */
    public StopSignal child() {
        return new StopSignal(this);
    }

    /** Asks every run watching this signal to stop at its next safe point; the first status wins. */
    public void raise(int status) {
        if (exitStatus == 0) {
            exitStatus = status;
        }
    }

    /** True once raised here or on a parent. */
    public boolean raised() {
        return exitStatus != 0 || (parent != null && parent.raised());
    }

    /** The status the command should exit with: this signal's, else its parent's; 0 when not raised. */
    public int exitStatus() {
        return exitStatus != 0 ? exitStatus : parent == null ? 0 : parent.exitStatus();
    }

    /**
     * Declares that runs watch this signal until the returned handle is closed: a signal handler then waits
     * for them to reach their safe point instead of letting the process end at once.
     */
    public Watch watch() {
        watchers.incrementAndGet();
        return watchers::decrementAndGet;
    }

    /** An open {@link #watch()}. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** True while some {@link #watch()} is open. */
    public boolean watched() {
        return watchers.get() > 0;
    }

    /** Lowers it again (the process signal between two commands of one JVM, e.g. in tests). */
    public void clear() {
        exitStatus = 0;
    }
}
