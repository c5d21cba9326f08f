package org.foci.experiments.config;

import com.google.inject.Module;
import org.foci.api.Settings;

/** Test wiring: the process module plus one run's configuration, bound for tests that inject it. */
public final class TestModules {

    private TestModules() {
    }

    /** {@link ExperimentModule} with {@link ExperimentConfig} bound to the preset, method and overrides. */
    public static Module compose(ScalePreset preset, Method method, Settings overrides) {
        ExperimentConfig config = new ExperimentConfig(method, preset, overrides);
        return binder -> {
            binder.install(new ExperimentModule());
            binder.bind(ExperimentConfig.class).toInstance(config);
        };
    }
}
