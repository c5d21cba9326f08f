package org.foci.experiments.wiring;

import java.util.List;

/**
 * What plug-in discovery found: every plug-in that loaded, and the problems met.
 *
 * @param plugins  the plug-ins, grouped by kind in {@link org.foci.api.PluginKind#all()} order
 * @param problems one sentence per problem; empty when discovery was clean
 */
public record DiscoveryReport(List<org.foci.api.DiscoveredPlugin<?>> plugins, List<String> problems) {

    public DiscoveryReport {
        plugins = List.copyOf(plugins);
        problems = List.copyOf(problems);
    }
}
