package org.foci.experiments.wiring;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.foci.api.PluginCatalog;
import org.foci.api.PluginKind;
import org.foci.api.PluginProvider;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.api.env.EnvironmentProvider;
import org.foci.api.env.MobilityProvider;
import org.foci.api.experiment.MethodProvider;
import org.foci.api.experiment.ScalePresetProvider;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePreset;

/**
 * The one lookup of plug-ins by name, over the {@link PluginsModule}'s MapBinders: every name from a
 * configuration, an option or a job (an allocator, a method, a scale preset) becomes a provider here, and an
 * unknown name fails with the one message of {@link PluginCatalog#unknown}.
 *
 * <p>Refuses to be built when discovery met a problem (a provider that failed to load, a bad or duplicate
 * name): nothing runs on a broken class path. Immutable and thread-safe.
 */
@Singleton
public final class PluginRegistry {

    private final Map<PluginKind<?>, Map<String, ? extends PluginProvider>> byKind = new LinkedHashMap<>();

    @Inject
    PluginRegistry(Map<String, AllocatorProvider> allocators, Map<String, AugmenterProvider> augmenters,
                   Map<String, AgentProvider> agents, Map<String, EnvironmentProvider> environments,
                   Map<String, MobilityProvider> mobility, Map<String, MethodProvider> methods,
                   Map<String, ScalePresetProvider> presets, DiscoveryReport discovery) {
        if (!discovery.problems().isEmpty()) {
            throw new UserException("plug-in discovery failed ('foci list' shows what loaded):\n  - "
                    + String.join("\n  - ", discovery.problems()));
        }
        put(PluginKind.ALLOCATOR, allocators);
        put(PluginKind.AUGMENTER, augmenters);
        put(PluginKind.AGENT, agents);
        put(PluginKind.ENVIRONMENT, environments);
        put(PluginKind.MOBILITY, mobility);
        put(PluginKind.METHOD, methods);
        put(PluginKind.PRESET, presets);
    }

    private void put(PluginKind<?> kind, Map<String, ? extends PluginProvider> named) {
        byKind.put(kind, Collections.unmodifiableSortedMap(new TreeMap<>(named)));
    }

    /**
     * The provider of {@code kind} named {@code name}.
     *
     * @param configKey where the name came from (a settings key or an option), for the message
     * @throws org.foci.api.ConfigurationException {@code shaping.plugin must name a known allocator (available:
     *                                             [...]), but was 'x'}
     */
    public <P extends PluginProvider> P provider(PluginKind<P> kind, String name, String configKey) {
        Map<String, ? extends PluginProvider> named = byKind.get(kind);
        PluginProvider provider = named.get(name);
        if (provider == null) {
            throw PluginCatalog.unknown(kind, name, configKey, named.keySet());
        }
        return kind.provider().cast(provider);
    }

    /** The names of one kind, sorted. */
    public Set<String> names(PluginKind<?> kind) {
        return byKind.get(kind).keySet();
    }

    /**
     * The method named {@code name}.
     *
     * @param key where the name came from ({@code --methods}), for the message
     * @throws org.foci.api.ConfigurationException when no method has that name
     */
    public Method method(String name, String key) {
        return Method.of(provider(PluginKind.METHOD, name, key));
    }

    /** The method names in table order: the paper's seven in the paper's order, then the others sorted. */
    public List<String> methodNames() {
        return PaperMethods.tableOrder(List.copyOf(names(PluginKind.METHOD)));
    }

    /**
     * The scale preset named {@code name}.
     *
     * @param key where the name came from ({@code --preset}), for the message
     * @throws org.foci.api.ConfigurationException when no preset has that name
     */
    public ScalePreset preset(String name, String key) {
        return ScalePreset.of(provider(PluginKind.PRESET, name, key));
    }
}
