package org.foci.agents.augment;

import java.util.List;
import java.util.Objects;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.agent.ObservationAugmenter;

/**
 * The {@code proximity-mean-field} augmenter (MFQ/AMFQ): the mean one-hot previous action of the
 * other devices within r_mf, |A| features. See {@link ProximityMeanFieldAugmenter}.
 */
public final class ProximityMeanFieldProvider implements AugmenterProvider {

    /** The plug-in's name. */
    public static final String NAME = "proximity-mean-field";

    /** r_mf in metres; 0 (the default) means the scene's perception radius r_p (MODEL.md §9). */
    public static final SettingKey<Double> RADIUS_M = SettingKey.real("radiusM", 0.0,
            "mean-field radius r_mf in metres; 0 = the perception radius r_p").atLeast(0.0);

    /** The densest crowd the neighbour search accepts, as candidate pairs per device (default 2,000). */
    public static final SettingKey<Integer> MAX_CANDIDATES = SettingKey.integer("maxCandidatesPerDevice", 2_000,
            "refuse a crowd whose neighbour search would test more than this many candidate pairs per device "
                    + "on average (the paper's density needs far fewer; see docs/agents.md)").atLeast(1);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "proximity mean field (MFQ/AMFQ): mean one-hot previous action of the devices within r_mf, |A| features";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(RADIUS_M, MAX_CANDIDATES);
    }

    @Override
    public ObservationAugmenter create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return new ProximityMeanFieldAugmenter(settings.get(RADIUS_M), settings.get(MAX_CANDIDATES), settings.prefix());
    }
}
