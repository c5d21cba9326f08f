package org.foci.api.agent;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * Makes {@link ObservationAugmenter}s; registered in
 * {@code META-INF/services/org.foci.api.agent.AugmenterProvider}.
 */
public interface AugmenterProvider extends PluginProvider {

    /**
     * Makes an augmenter.
     *
     * @param settings the augmenter's configuration scope; keys from {@link #settingKeys()}
     * @return a new augmenter; never null
     * @throws org.foci.api.ConfigurationException if a setting is unknown or invalid
     */
    ObservationAugmenter create(Settings settings);
}
