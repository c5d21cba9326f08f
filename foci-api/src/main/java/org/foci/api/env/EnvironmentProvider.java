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

    /**
     * The decision interval Δt a configuration gives, in seconds: the mobility model must be built
     * (and handed to {@link #create}) with the same interval. Defaults to 15 s, the sampling
     * interval of the Porto traces; providers with a configurable interval override this.
     *
     * @param settings the environment's configuration scope
     * @return Δt in seconds, {@code > 0}
     */
    default double stepSeconds(Settings settings) {
        return 15.0;
    }
}
