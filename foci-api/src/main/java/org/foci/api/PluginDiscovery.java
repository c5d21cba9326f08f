package org.foci.api;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Finds plug-ins with {@link ServiceLoader} and checks their names.
 *
 * <p>Problems do not stop discovery; they are collected in the {@link PluginCatalog}:
 * <ul>
 *   <li>a provider that fails to load or construct (its class named, with the cause);</li>
 *   <li>a blank name, or one that is not lowercase kebab case;</li>
 *   <li>two providers with one name (both classes named; neither is kept).</li>
 * </ul>
 *
 * <p>This is the JDK-only discovery used both by the Guice wiring of {@code foci-experiments}
 * and by library users who want a plug-in without the framework. Stateless and thread-safe.
 */
public final class PluginDiscovery {

    /** Lowercase words joined by hyphens: {@code ipls-minrisk}, {@code dueling-ddqn}. */
    public static final Pattern NAME_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final int MAX_LOAD_FAILURES = 1000;

    private PluginDiscovery() {
    }

    /**
     * Discovers one kind with the thread's context class loader.
     *
     * @param kind the kind; never null
     * @param <P>  the provider type
     * @return the catalog with the plug-ins that loaded and the problems met
     */
    public static <P extends PluginProvider> PluginCatalog<P> discover(PluginKind<P> kind) {
        return discover(kind, Thread.currentThread().getContextClassLoader());
    }

    /**
     * Discovers one kind of plug-in.
     *
     * @param kind   the kind; never null
     * @param loader the class loader to search; never null
     * @param <P>    the provider type
     * @return the catalog with the plug-ins that loaded and the problems met
     */
    public static <P extends PluginProvider> PluginCatalog<P> discover(PluginKind<P> kind, ClassLoader loader) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(loader, "loader");
        List<String> problems = new ArrayList<>();
        Map<String, List<DiscoveredPlugin<P>>> byName = new LinkedHashMap<>();
        Iterator<ServiceLoader.Provider<P>> providers = ServiceLoader.load(kind.provider(), loader).stream().iterator();
        int failures = 0;
        while (failures < MAX_LOAD_FAILURES) {
            ServiceLoader.Provider<P> found;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found = providers.next();
            } catch (ServiceConfigurationError e) {
                failures++;
                problems.add(kind.label() + " provider failed to load: " + e.getMessage() + causeOf(e));
                continue;
            }
            try {
                P provider = found.get();
                check(kind, new DiscoveredPlugin<>(kind, provider, provider.getClass().getName(),
                        locationOf(provider.getClass())), problems, byName);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(kind.label() + " provider " + found.type().getName() + " failed to construct: "
                        + e + causeOf(e));
            }
        }
        List<DiscoveredPlugin<P>> accepted = new ArrayList<>();
        byName.forEach((name, plugins) -> {
            if (plugins.size() == 1) {
                accepted.add(plugins.get(0));
            } else {
                problems.add("duplicate " + kind.label() + " name '" + name + "' used by "
                        + String.join(" and ", plugins.stream().map(p -> p.className() + " (" + p.location() + ")")
                        .toList()));
            }
        });
        return new PluginCatalog<>(kind, accepted, problems);
    }

    /**
     * Where a class was loaded from: its jar or class directory.
     *
     * @param type the class
     * @return the jar or directory, or {@code "unknown"} when the class has no code source
     */
    public static String locationOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null ? "unknown" : url.getPath();
        } catch (SecurityException e) {
            return "unknown";
        }
    }

    private static <P extends PluginProvider> void check(PluginKind<P> kind, DiscoveredPlugin<P> plugin,
                                                         List<String> problems,
                                                         Map<String, List<DiscoveredPlugin<P>>> byName) {
        String name;
        try {
            name = plugin.provider().name();
        } catch (RuntimeException e) {
            problems.add(kind.label() + " provider " + plugin.className() + " failed to report its name: " + e);
            return;
        }
        if (name == null || name.isBlank()) {
            problems.add(kind.label() + " provider " + plugin.className() + " has a blank name");
        } else if (!NAME_PATTERN.matcher(name).matches()) {
            problems.add(kind.label() + " provider " + plugin.className() + " has name '" + name
                    + "', which is not lowercase kebab case");
        } else {
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(plugin);
        }
    }

    private static String causeOf(Throwable e) {
        Throwable root = e;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null || root == e ? "" : " (cause: " + root + ")";
    }
}
