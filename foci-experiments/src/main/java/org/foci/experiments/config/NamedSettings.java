package org.foci.experiments.config;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/** A plug-in that is a named bundle of settings: the base of the built-in methods and scale presets. */
abstract class NamedSettings implements PluginProvider {

    private final String name;
    private final String description;
    private final Settings settings;

    NamedSettings(String name, String description, Settings settings) {
        this.name = name;
        this.description = description;
        this.settings = settings;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    /** The settings the bundle fixes. */
    public final Settings settings() {
        return settings;
    }
}
