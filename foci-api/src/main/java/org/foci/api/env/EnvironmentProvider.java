package org.foci.api.env;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * Makes {@link Environment}s; registered in
 * {@code META-INF/services/org.foci.api.env.EnvironmentProvider}.
 */
public interface EnvironmentProvider extends PluginProvider {

    /**
     * Makes an environment.
     *
     * @param settings   the environment's configuration scope; keys from {@link #settingKeys()}
     * @param components the area, mobility and allocators; never null
     * @return a new environment, ready for {@link Environment#reset}
     * @throws org.foci.api.ConfigurationException if a setting is unknown or invalid
     */
    Environment create(Settings settings, EnvironmentComponents components);
}
