package org.foci.experiments.tiny;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.EnvironmentProvider;

/** Registers {@link SharedEdgeEnvironment} as the environment plug-in {@code shared-edge} (test class path only). */
public final class SharedEdgeProvider implements EnvironmentProvider {

    static final SettingKey<Integer> DEVICES = SettingKey.integer("devices", 4, "devices M").between(1, 1000);
    static final SettingKey<Integer> SMS = SettingKey.integer("sms", 4, "SMs L of the one edge").between(1, 1000);
    static final SettingKey<Integer> STEPS = SettingKey.integer("steps", 20, "steps per episode T").between(1, 100_000);

    @Override
    public String name() {
        return "shared-edge";
    }

    @Override
    public String description() {
        return "a tiny core-only environment: M devices share one edge, closed-form optimum (tests)";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(DEVICES, SMS, STEPS);
    }

    /** Ignores the components: this simulator needs no area, mobility or allocator. */
    @Override
    public Environment create(Settings settings, EnvironmentComponents components) {
        settings.requireValid(settingKeys());
        return new SharedEdgeEnvironment(settings.get(DEVICES), settings.get(SMS), settings.get(STEPS));
    }
}
