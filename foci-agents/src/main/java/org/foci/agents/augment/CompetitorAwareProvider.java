package org.foci.agents.augment;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.agent.ObservationAugmenter;

/**
 * The {@code competitor-aware} augmenter (COA, paper Eq. 5): the action records of the edges within
 * the perception radius, N·K features. See {@link CompetitorAwareAugmenter}. No settings.
 */
public final class CompetitorAwareProvider implements AugmenterProvider {

    /** The plug-in's name. */
    public static final String NAME = "competitor-aware";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "competitor-aware (COA, Eq. 5): previous-step action records of the edges within r_p, N*K features";
    }

    @Override
    public ObservationAugmenter create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return new CompetitorAwareAugmenter();
    }
}
