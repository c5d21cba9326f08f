package org.foci.experiments.wiring;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.foci.api.ConfigurationException;
import org.foci.api.PluginKind;
import org.foci.api.PluginProvider;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.api.env.EnvironmentProvider;
import org.foci.api.env.MobilityProvider;

/**
 * The discovered plug-ins by kind and name, as bound by {@link PluginsModule}: the one place that
 * turns a name from a configuration into a provider.
 */
@Singleton
public final class PluginRegistry {

    private final Map<PluginKind<?>, Map<String, ? extends PluginProvider>> byKind = new LinkedHashMap<>();

    @Inject
    PluginRegistry(Map<String, AllocatorProvider> allocators, Map<String, AugmenterProvider> augmenters,
                   Map<String, AgentProvider> agents, Map<String, EnvironmentProvider> environments,
                   Map<String, MobilityProvider> mobility) {
        byKind.put(PluginKind.ALLOCATOR, new TreeMap<>(allocators));
        byKind.put(PluginKind.AUGMENTER, new TreeMap<>(augmenters));
        byKind.put(PluginKind.AGENT, new TreeMap<>(agents));
        byKind.put(PluginKind.ENVIRONMENT, new TreeMap<>(environments));
        byKind.put(PluginKind.MOBILITY, new TreeMap<>(mobility));
    }

    /**
     * The provider of {@code kind} named {@code name}.
     *
     * @param configKey the configuration key the name came from, for the message
     * @throws ConfigurationException {@code shaping.plugin must name a known allocator (available: [...]), but
     *                                was 'x'}
     */
    public <P extends PluginProvider> P provider(PluginKind<P> kind, String name, String configKey) {
        Map<String, ? extends PluginProvider> named = byKind.get(kind);
        PluginProvider provider = named.get(name);
        if (provider == null) {
            throw new ConfigurationException(configKey, name,
                    "must name a known " + kind.label() + " (available: " + named.keySet() + ")");
        }
        return kind.provider().cast(provider);
    }

    /** The names of one kind, sorted. */
    public java.util.Set<String> names(PluginKind<?> kind) {
        return byKind.get(kind).keySet();
    }
}
