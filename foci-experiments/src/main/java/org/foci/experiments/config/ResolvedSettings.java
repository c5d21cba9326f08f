package org.foci.experiments.config;

import java.util.SortedMap;
import java.util.TreeMap;
import org.foci.api.PluginProvider;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.ServiceArea;
import org.foci.experiments.wiring.PluginRegistry;

/**
 * Every effective setting of a configuration, defaults filled in: what a run really used, written
 * next to its results for provenance.
 */
public final class ResolvedSettings {

    private ResolvedSettings() {
    }

    /** The effective settings of a checked configuration, as full keys and text values. */
    public static SortedMap<String, String> of(ExperimentConfig config, PluginRegistry registry) {
        SortedMap<String, String> resolved = new TreeMap<>();
        Settings root = config.settings();
        put(resolved, root.scoped(ExperimentConfig.AREA), ServiceArea.settingKeys());
        put(resolved, root.scoped(ExperimentConfig.TRAIN), TrainSettings.keys());
        for (PluginSlot slot : PluginSlot.all()) {
            String name = config.pluginName(slot);
            resolved.put(slot.selectorKey(), name);
            PluginProvider provider = registry.provider(slot.kind(), name, slot.selectorKey());
            put(resolved, config.pluginSettings(slot, provider), provider.settingKeys());
        }
        return resolved;
    }

    private static void put(SortedMap<String, String> resolved, Settings scope,
                            java.util.List<? extends SettingKey<?>> keys) {
        for (SettingKey<?> key : keys) {
            resolved.put(scope.fullKey(key.name()), effective(scope, key));
        }
    }

    private static <T> String effective(Settings scope, SettingKey<T> key) {
        return key.format(scope.get(key));
    }
}
