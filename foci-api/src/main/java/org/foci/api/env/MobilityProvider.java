package org.foci.api.env;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * Makes {@link MobilityModel}s; registered in
 * {@code META-INF/services/org.foci.api.env.MobilityProvider}.
 */
public interface MobilityProvider extends PluginProvider {

    /**
     * Makes a mobility model for an area.
     *
     * @param settings    the model's configuration scope; keys from {@link #settingKeys()}
     * @param area        the service area; never null
     * @param stepSeconds Δt, the decision interval, seconds {@code > 0}
     * @return a new model; never null
     * @throws org.foci.api.ConfigurationException if a setting is unknown or invalid, or the data it
     *                                             names cannot be used (naming file, line and reason)
     */
    MobilityModel create(Settings settings, ServiceArea area, double stepSeconds);
}
