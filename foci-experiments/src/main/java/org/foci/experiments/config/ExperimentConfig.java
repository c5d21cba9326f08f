package org.foci.experiments.config;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.foci.api.PluginProvider;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.ServiceArea;

/**
 * The configuration of one method's run: the method, the scale preset, and the merged settings
 * (preset, then method, then the user's file and {@code --set} overrides, later ones winning).
 *
 * <p>Validated as a whole by {@link ConfigCheck} before anything runs. Immutable.
 */
public final class ExperimentConfig {

    /** Configuration scopes besides the plug-in slots. */
    public static final String AREA = "area";
    /** The {@code train.*} scope. */
    public static final String TRAIN = "train";

    private final Method method;
    private final ScalePreset scale;
    private final Settings settings;
    private final Settings declared;

    /**
     * @param method    the method; never null
     * @param scale     the scale preset; never null
     * @param overrides the user's settings (file, then command line), applied last
     */
    public ExperimentConfig(Method method, ScalePreset scale, Settings overrides) {
        this.method = Objects.requireNonNull(method, "method");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.declared = method.settings().overriddenBy(overrides);
        this.settings = scale.settings().overriddenBy(declared);
    }

    /** The method. */
    public Method method() {
        return method;
    }

    /** The scale preset. */
    public ScalePreset scale() {
        return scale;
    }

    /** The merged settings, root scope. */
    public Settings settings() {
        return settings;
    }

    /**
     * The settings the method and the user gave (the preset's left out). Every key of these must be
     * known; a preset's key for a plug-in the job does not use (say {@code agent.epsilonDecay} when
     * only ALP runs) is simply not applied.
     */
    public Settings declaredSettings() {
        return declared;
    }

    /** The plug-in named in a slot (its default when the configuration names none). */
    public String pluginName(PluginSlot slot) {
        return settings.scoped(slot.scope()).get(slot.selector());
    }

    /**
     * The settings a slot's plug-in receives: its scope without the selector, reduced to the keys
     * this plug-in declares (other methods' plug-ins in one job may declare others).
     */
    public Settings pluginSettings(PluginSlot slot, PluginProvider provider) {
        Settings scope = settings.scoped(slot.scope());
        SortedMap<String, String> own = new TreeMap<>();
        for (SettingKey<?> key : provider.settingKeys()) {
            String raw = scope.raw(key.name());
            if (raw != null) {
                own.put(key.name(), raw);
            }
        }
        // Re-scoped so that the plug-in's error messages name the full key (agent.learningRate).
        return Settings.of(prefixed(slot.scope(), own)).scoped(slot.scope());
    }

    /** The {@code train.*} settings. */
    public TrainSettings train() {
        return TrainSettings.from(settings.scoped(TRAIN));
    }

    /** The service area. */
    public ServiceArea area() {
        return ServiceArea.from(settings.scoped(AREA));
    }

    private static SortedMap<String, String> prefixed(String prefix, SortedMap<String, String> values) {
        SortedMap<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(prefix + "." + k, v));
        return out;
    }

    @Override
    public String toString() {
        return "ExperimentConfig[" + method.name() + " @ " + scale.name() + ": " + settings + "]";
    }
}
