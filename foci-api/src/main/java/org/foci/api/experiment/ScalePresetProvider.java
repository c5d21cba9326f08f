package org.foci.api.experiment;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * A scale preset: how big and how long an experiment is ({@code paper}, {@code quick}, {@code smoke}),
 * chosen with {@code --preset}. The system model stays the same unless the preset says otherwise; a preset
 * usually sets training length, evaluation size and the exploration schedule.
 *
 * <p>A preset is data: it fixes configuration keys in the framework's flat dotted form
 * ({@code train.episodes}, {@code env.devices}). It is the lowest layer of a configuration: a method's
 * settings, then the user's settings file and {@code --set} override it. A preset's key for a plug-in
 * that a job does not use (say {@code agent.epsilonDecay} when only ALP runs) is not applied.
 *
 * <p>Register an implementation in {@code META-INF/services/org.foci.api.experiment.ScalePresetProvider}.
 * Like every provider it needs a public no-argument constructor and must be cheap to construct, stateless
 * and thread-safe. A preset can also come from a settings file ({@code --preset-file}) without any code.
 */
public interface ScalePresetProvider extends PluginProvider {

    /** The preset's id, lowercase kebab case ({@code quick}), unique among presets. */
    @Override
    String name();

    /** One line saying what the preset is for, for {@code foci list}; never null. */
    @Override
    String description();

    /** {@return the settings the preset fixes, full dotted keys ({@code train.episodes}); never null} */
    Settings settings();

    /** {@return the seeds per method when the user does not say ({@code --seeds}); at least 1} */
    int defaultSeeds();
}
