package org.foci.api.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Decides an action for every device at once, and (for learners) learns from the outcome.
 *
 * <p>One agent serves the whole population (homogeneous devices share parameters; the paper's
 * setting). Calls come from one thread in the order
 * {@code act → learn → act → learn … endEpisode}. Not required to be thread-safe.
 *
 * <p><b>Masks are binding:</b> {@link #act} must never choose an action whose mask entry is
 * false.
 */
public interface Agent {

    /**
     * Chooses one action per device.
     *
     * @param observations features, masks and the scene; never null
     * @param explore      true while training (exploration allowed), false for greedy evaluation
     * @param actionsOut   receives M actions, each allowed by the mask
     */
    void act(Observations observations, boolean explore, int[] actionsOut);

    /**
     * Learns from one step (store, and update if due). Agents that do not learn ignore it.
     *
     * @param transition the step; never null
     */
    default void learn(Transition transition) {
    }

    /**
     * Which devices' actions of the last {@link #act} were exploratory (drawn by the exploration rule rather than
     * the greedy policy), for training-time signals that exploration should not set (for example the oracle
     * value over greedy devices only). Agents that never explore, and every agent after a greedy
     * {@code act}, report none.
     *
     * @param out receives one flag per device
     */
    default void lastExploration(boolean[] out) {
        java.util.Arrays.fill(out, false);
    }

    /** Marks the end of a training episode (exploration schedules step here). */
    default void endEpisode() {
    }

    /** {@return true when the agent learns, so that a training loop is worth running} */
    default boolean learns() {
        return false;
    }

    /**
     * A few numbers describing the agent's state for progress displays and logs, for example
     * {@code epsilon}, {@code loss}, {@code updates}. Empty by default.
     *
     * @return names and values, in display order
     */
    default Map<String, Double> diagnostics() {
        return Map.of();
    }

    /**
     * Writes everything needed to continue exactly where the agent is: parameters, optimiser state,
     * target network, schedules, counters and random-generator state. The caller writes to a
     * temporary file and moves it into place, so a checkpoint is never half-written.
     *
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    void writeCheckpoint(OutputStream out) throws IOException;

    /**
     * Restores a checkpoint written by {@link #writeCheckpoint} of an agent with the same spec and
     * settings. Afterwards the agent behaves as if it had never stopped.
     *
     * @param in what {@link #writeCheckpoint} wrote; not closed
     * @throws IOException when reading fails or the checkpoint does not fit this agent (the message
     *                     says why)
     */
    void readCheckpoint(InputStream in) throws IOException;
}
