package org.foci.api;

import java.util.Objects;

/**
 * A provider found on the class path.
 *
 * @param kind      its kind; never null
 * @param provider  the provider instance; never null
 * @param className the provider's class name; never null
 * @param location  where the class was loaded from (a jar or directory), or {@code "unknown"}
 * @param <P>       the provider type
 */
public record DiscoveredPlugin<P extends PluginProvider>(PluginKind<P> kind, P provider, String className,
                                                         String location) {

    /**
     * Checks that every component is present.
     *
     * @param kind      its kind; never null
     * @param provider  the provider instance; never null
     * @param className the provider's class name; never null
     * @param location  where the class was loaded from (a jar or directory), or {@code "unknown"}
     */
    public DiscoveredPlugin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(location, "location");
    }

    /** {@return the plug-in's name, as its provider reports it} */
    public String name() {
        return provider.name();
    }
}
