package org.foci.agents.dqn;

import org.foci.api.random.SplitMix64;

/**
 * Choices among the <em>allowed</em> actions of one device: the rows of a row-major {@code M × |A|}
 * boolean mask, read from an offset. Exploration picks uniformly among the allowed actions and the
 * greedy choice is the masked argmax, so a masked action is never chosen either way. Stateless apart
 * from |A|; thread-safe.
 */
final class MaskedActions {

    private final int actions;

    /** @param actions |A|, the length of one mask row */
    MaskedActions(int actions) {
        this.actions = actions;
    }

    /** True when the row allows some action (usually decided at index 0: local is always allowed). */
    boolean anyAllowed(boolean[] mask, int from) {
        for (int a = 0; a < actions; a++) {
            if (mask[from + a]) {
                return true;
            }
        }
        return false;
    }

    /** How many actions the row allows. */
    int countAllowed(boolean[] mask, int from) {
        int count = 0;
        for (int a = 0; a < actions; a++) {
            count += mask[from + a] ? 1 : 0;
        }
        return count;
    }

    /**
     * The {@code n}-th allowed action of the row (from 0, in index order).
     *
     * @throws IllegalStateException if the row allows at most {@code n} actions
     */
    int nthAllowed(boolean[] mask, int from, int n) {
        for (int a = 0; a < actions; a++) {
            if (mask[from + a] && n-- == 0) {
                return a;
            }
        }
        throw new IllegalStateException("fewer allowed actions than counted");
    }

    /** An allowed action drawn uniformly (one {@link SplitMix64#nextInt} draw); the row must allow one. */
    int randomAllowed(boolean[] mask, int from, SplitMix64 random) {
        return nthAllowed(mask, from, random.nextInt(countAllowed(mask, from)));
    }

    /** The allowed action with the largest Q (ties to the lowest index; the first allowed if all are NaN). */
    int argmax(float[] q, int qFrom, boolean[] mask, int maskFrom) {
        int best = -1;
        float bestQ = Float.NEGATIVE_INFINITY;
        for (int a = 0; a < actions; a++) {
            float value = mask[maskFrom + a] ? q[qFrom + a] : Float.NEGATIVE_INFINITY;
            if (value > bestQ) {
                best = a;
                bestQ = value;
            }
        }
        return best >= 0 ? best : nthAllowed(mask, maskFrom, 0);
    }
}
