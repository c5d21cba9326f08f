package org.foci.experiments.config;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.experiment.ScalePresetProvider;

/**
 * How big and how long an experiment is, as a job uses it: the system model is the same in every preset
 * (M = 240 devices, N = 11 edges, MobileNetV3-Large, the Porto traces) unless a preset says otherwise;
 * presets change training length, evaluation size and exploration schedule. The presets themselves are
 * plug-ins ({@link ScalePresetProvider}, the built-in ones in {@link ScalePresets}) or settings files
 * ({@link ScalePresets#read}).
 *
 * @param name         the preset name
 * @param description  one line
 * @param settings     the settings it fixes
 * @param defaultSeeds seeds per method when the user does not say
 */
public record ScalePreset(String name, String description, Settings settings, int defaultSeeds) {

    public ScalePreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
        if (defaultSeeds < 1) {
            throw new IllegalArgumentException("defaultSeeds must be >= 1, but was " + defaultSeeds);
        }
    }

    /** The preset a provider contributes. */
    public static ScalePreset of(ScalePresetProvider provider) {
        return new ScalePreset(provider.name(), provider.description(), provider.settings(), provider.defaultSeeds());
    }
}
