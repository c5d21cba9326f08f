package org.foci.experiments.config;

import com.google.inject.AbstractModule;
import org.foci.experiments.wiring.PluginsModule;

/**
 * The process's Guice module: every discovered plug-in (allocators … agents, methods and scale presets),
 * from which the one injector of a process ({@link org.foci.experiments.wiring.CompositionRoot}; tests may create their own) builds the
 * commands, jobs and runs.
 *
 * <p>What differs between the methods of a job is data, not wiring: a job resolves each method and the scale
 * preset by name through {@link org.foci.experiments.wiring.PluginRegistry} and composes an
 * {@link ExperimentConfig} per method (preset, then method, then the user's settings):
 * <pre>{@code
 * PluginRegistry plugins = CompositionRoot.injector().getInstance(PluginRegistry.class);
 * ExperimentConfig config = new ExperimentConfig(plugins.method("foci", "--methods"),
 *         plugins.preset("paper", "--preset"), overrides);
 * }</pre>
 */
public final class ExperimentModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new PluginsModule());
    }
}
