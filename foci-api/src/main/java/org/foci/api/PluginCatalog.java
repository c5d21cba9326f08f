package org.foci.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The plug-ins of one kind found by {@link PluginDiscovery}, by name, with the problems met while
 * looking (providers that failed to load, blank, malformed or duplicate names).
 *
 * <p>A catalog with problems still lists the plug-ins that loaded cleanly; callers that must not
 * run with a broken class path call {@link #requireNoProblems()}. Immutable and thread-safe.
 *
 * @param <P> the provider type
 */
public final class PluginCatalog<P extends PluginProvider> {

    private final PluginKind<P> kind;
    private final SortedMap<String, DiscoveredPlugin<P>> byName;
    private final List<String> problems;

    /**
     * @param kind     the kind; never null
     * @param plugins  the plug-ins, with unique names; never null
     * @param problems what went wrong while looking, one sentence each; never null
     * @throws IllegalArgumentException if two plug-ins share a name
     */
    public PluginCatalog(PluginKind<P> kind, List<DiscoveredPlugin<P>> plugins, List<String> problems) {
        this.kind = Objects.requireNonNull(kind, "kind");
        SortedMap<String, DiscoveredPlugin<P>> map = new TreeMap<>();
        for (DiscoveredPlugin<P> plugin : plugins) {
            DiscoveredPlugin<P> previous = map.put(plugin.name(), plugin);
            if (previous != null) {
                throw new IllegalArgumentException("two " + kind.label() + "s named '" + plugin.name() + "': "
                        + previous.className() + " and " + plugin.className());
            }
        }
        this.byName = Collections.unmodifiableSortedMap(map);
        this.problems = List.copyOf(problems);
    }

    /** {@return the kind listed} */
    public PluginKind<P> kind() {
        return kind;
    }

    /** {@return the plug-ins by name, sorted; unmodifiable} */
    public Map<String, DiscoveredPlugin<P>> plugins() {
        return byName;
    }

    /** {@return the names, sorted} */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** {@return problems met during discovery, one sentence each; empty when all went well} */
    public List<String> problems() {
        return problems;
    }

    /**
     * The provider named {@code name}.
     *
     * @param name the plug-in's name
     * @return its provider
     * @throws ConfigurationException {@code allocator must name a known allocator (available: [a, b]), but was 'x'}
     * @see #require(String, String)
     */
    public P require(String name) {
        return require(name, kind.label());
    }

    /**
     * The provider named {@code name}, which the configuration key {@code key} chose.
     *
     * @param name the plug-in's name
     * @param key  where the name came from, for the message: a settings key ({@code shaping.plugin}) or an
     *             option ({@code --methods})
     * @return its provider
     * @throws ConfigurationException {@code shaping.plugin must name a known allocator (available: [a, b]), but
     *                                was 'x'}
     */
    public P require(String name, String key) {
        DiscoveredPlugin<P> plugin = byName.get(name);
        if (plugin == null) {
            throw unknown(kind, name, key, byName.keySet());
        }
        return plugin.provider();
    }

    /**
     * The one message for a name that no plug-in of a kind has, used by every lookup of plug-ins by name.
     *
     * @param kind      the kind looked up; never null
     * @param name      the name that was asked for
     * @param key       where the name came from (a settings key or an option); never null
     * @param available the names there are
     * @return {@code shaping.plugin must name a known allocator (available: [a, b]), but was 'x'}
     */
    public static ConfigurationException unknown(PluginKind<?> kind, String name, String key,
                                                 java.util.Collection<String> available) {
        return new ConfigurationException(key, name, "must name a known " + kind.label() + " (available: "
                + new java.util.TreeSet<>(available) + ")");
    }

    /**
     * @return this, when discovery met no problem
     * @throws IllegalStateException listing the problems otherwise
     */
    public PluginCatalog<P> requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("plug-in discovery of " + kind.label() + "s failed:\n  - "
                    + String.join("\n  - ", problems));
        }
        return this;
    }
}
