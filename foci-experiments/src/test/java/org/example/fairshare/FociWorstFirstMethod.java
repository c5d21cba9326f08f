package org.example.fairshare;

import org.foci.api.Settings;
import org.foci.api.experiment.MethodProvider;

/**
 * A researcher's method (docs/plugins.md, "Add a method"): FOCI with the {@code worst-first} allocator as the
 * fairness oracle that shapes the rewards. Registered in
 * {@code META-INF/services/org.foci.api.experiment.MethodProvider}.
 */
public final class FociWorstFirstMethod implements MethodProvider {

    /** The method's name, as {@code --methods} takes it. */
    public static final String NAME = "foci-worst-first";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "FOCI-WF";
    }

    @Override
    public String description() {
        return "FOCI with the worst-first allocator as its fairness oracle";
    }

    @Override
    public Settings settings() {
        return Settings.of(
                "agent.plugin", "dueling-ddqn",                       // FOCI: the dueling double DQN,
                "augmenter.plugin", "competitor-aware",               // competitor-aware records,
                "train.reward", "oracle-value",                       // the oracle-shaped reward,
                "shaping.plugin", WorstFirstAllocatorProvider.NAME);  // but another oracle
    }
}
