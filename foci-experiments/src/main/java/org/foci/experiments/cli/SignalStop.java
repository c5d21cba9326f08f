package org.foci.experiments.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.foci.experiments.run.StopSignal;

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a stop at a safe point. On either signal the JVM runs its
 * shutdown hooks; this one raises {@link StopSignal#process()}, so that every run ends its current
 * training episode, writes a checkpoint and stops, and holds the JVM until the command has returned
 * (and printed "interrupted; re-run the same command to resume"). The JVM then exits with
 * 128 + the signal's number, as it does for any signal: 130 after SIGINT, 143 after SIGTERM.
 *
 * <p>Only while runs watch the signal ({@link StopSignal#watch()}: {@code reproduce}, {@code train},
 * {@code sweep}) does the hook wait; on a normal exit the command has already returned, and the hook does
 * nothing. {@code kill -9}
 * runs no hook: the runs lose what they did since their last checkpoint, and resume from it.
 */
final class SignalStop {

    /** How long a signal waits for the runs to reach a safe point before the JVM exits anyway. */
    private static final long GRACE_MINUTES = 10;

    private final CountDownLatch commandReturned = new CountDownLatch(1);

    private SignalStop() {
    }

    /** Installs the hook; call {@link #commandReturned()} once the command has returned. */
    static SignalStop install() {
        SignalStop stop = new SignalStop();
        Runtime.getRuntime().addShutdownHook(new Thread(stop::onShutdown, "foci-signal-stop"));
        return stop;
    }

    /** The command has returned (normally or not): the hook need not wait. */
    void commandReturned() {
        commandReturned.countDown();
    }

    private void onShutdown() {
        // Nothing to wait for after the command, or in a command whose work does not watch the signal
        // (foci bench, list, ...): those end at once, as any program on Ctrl-C.
        if (commandReturned.getCount() == 0 || !StopSignal.process().watched()) {
            return;
        }
        // The signal's number is not told to a hook; the exit status (128 + number) is the JVM's own.
        StopSignal.process().raise(StopSignal.SIGINT);
        System.err.println("foci: stopping: each run ends its current episode and keeps a checkpoint ...");
        System.err.flush();
        try {
            commandReturned.await(GRACE_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
