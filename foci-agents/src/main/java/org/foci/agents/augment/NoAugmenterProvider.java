package org.foci.agents.augment;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.agent.ObservationAugmenter;

/**
 * The {@code none} augmenter: no features, so agents see the local observation only (independent
 * Q-learners, IQL). Makes {@link ObservationAugmenter#NONE}. Stateless and thread-safe.
 */
public final class NoAugmenterProvider implements AugmenterProvider {

    /** The plug-in's name. */
    public static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "no augmentation: the local observation only (IQL, OFR-only)";
    }

    @Override
    public ObservationAugmenter create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return ObservationAugmenter.NONE;
    }
}
