package org.foci.experiments.config;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.foci.api.Settings;
import org.foci.experiments.wiring.PluginsModule;

/**
 * The base of every experiment: discovered plug-ins, and a configuration assembled from a scale
 * preset, a method and the user's overrides, each bound by a small module of its own.
 *
 * <p>Presets are composed the way Guice recommends, by overriding the base with small modules:
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *         ExperimentModule.compose(ScalePreset.PAPER, Method.FOCI, overrides));
 * ExperimentConfig config = injector.getInstance(ExperimentConfig.class);
 * }</pre>
 */
public final class ExperimentModule extends AbstractModule {

    /** Marks the user's settings (configuration file, then {@code --set}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @com.google.inject.BindingAnnotation
    public @interface Overrides {
    }

    @Override
    protected void configure() {
        install(new PluginsModule());
        bind(ScalePreset.class).toInstance(ScalePreset.QUICK);
        bind(Method.class).toInstance(Method.FOCI);
        bind(Settings.class).annotatedWith(Overrides.class).toInstance(Settings.empty());
    }

    @Provides
    ExperimentConfig config(ScalePreset scale, Method method, @Overrides Settings overrides) {
        return new ExperimentConfig(method, scale, overrides);
    }

    /** A module binding a scale preset over the base. */
    public static Module scale(ScalePreset preset) {
        return binder -> binder.bind(ScalePreset.class).toInstance(preset);
    }

    /** A module binding a method over the base. */
    public static Module method(Method method) {
        return binder -> binder.bind(Method.class).toInstance(method);
    }

    /** A module binding the user's settings over the base. */
    public static Module overrides(Settings overrides) {
        return binder -> binder.bind(Settings.class).annotatedWith(Overrides.class).toInstance(overrides);
    }

    /** The base overridden by a scale preset, a method and the user's settings. */
    public static Module compose(ScalePreset preset, Method method, Settings overrides) {
        return Modules.override(new ExperimentModule()).with(scale(preset), method(method), overrides(overrides));
    }
}
