package org.foci.experiments.guard;

/**
 * Where a run is: the episode being played and its step, for fault messages. Written by the run's
 * thread at every step (two int stores), read only when a message is built. Not thread-safe: one per run.
 */
public final class RunPosition {

    private String phase = "set-up";
    private int episode;
    private int step = -1;

    /** A training episode (1-based) begins. */
    public void training(int episode) {
        this.phase = "training episode";
        this.episode = episode;
        this.step = -1;
    }

    /** A held-out evaluation episode (1-based) begins. */
    public void evaluation(int episode) {
        this.phase = "evaluation episode";
        this.episode = episode;
        this.step = -1;
    }

    /** Step {@code step} (0-based; -1 while resetting) of the current episode. */
    public void step(int step) {
        this.step = step;
    }

    /** E.g. {@code training episode 3, step 17}. */
    public String describe() {
        if (episode == 0) {
            return phase;
        }
        return phase + " " + episode + (step < 0 ? ", at its reset" : ", step " + step);
    }
}
