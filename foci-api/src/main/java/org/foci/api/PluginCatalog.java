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

    /** The kind listed. */
    public PluginKind<P> kind() {
        return kind;
    }

    /** The plug-ins by name, sorted; unmodifiable. */
    public Map<String, DiscoveredPlugin<P>> plugins() {
        return byName;
    }

    /** The names, sorted. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** Problems met during discovery, one sentence each; empty when all went well. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The provider named {@code name}.
     *
     * @throws IllegalArgumentException {@code unknown allocator 'x'; available: [a, b]}
     */
    public P require(String name) {
        DiscoveredPlugin<P> plugin = byName.get(name);
        if (plugin == null) {
            throw new IllegalArgumentException("unknown " + kind.label() + " '" + name + "'; available: " + names());
        }
        return plugin.provider();
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
