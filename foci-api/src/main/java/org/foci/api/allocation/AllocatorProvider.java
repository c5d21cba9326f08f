package org.foci.api.allocation;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * Makes {@link Allocator}s; found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.foci.api.allocation.AllocatorProvider}.
 */
public interface AllocatorProvider extends PluginProvider {

    /**
     * Makes an allocator.
     *
     * @param settings the allocator's scope of the configuration; keys from {@link #settingKeys()}
     * @return a new allocator; never null
     * @throws org.foci.api.ConfigurationException if a setting is unknown or invalid
     */
    Allocator create(Settings settings);
}
