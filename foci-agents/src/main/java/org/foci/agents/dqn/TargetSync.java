package org.foci.agents.dqn;

/** How the target network follows the online network. */
public enum TargetSync {
    /** Copy the online weights every {@code targetSyncPeriod} updates. */
    HARD,
    /** After every update, {@code θ' ← τ θ + (1 − τ) θ'} (Polyak averaging with rate {@code targetTau}). */
    POLYAK
}
