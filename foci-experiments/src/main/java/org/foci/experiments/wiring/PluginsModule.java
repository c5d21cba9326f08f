package org.foci.experiments.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.foci.api.DiscoveredPlugin;
import org.foci.api.PluginCatalog;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.PluginProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds every plug-in {@link java.util.ServiceLoader} finds into one {@link MapBinder} per kind, keyed by
 * name ({@code Map<String, AllocatorProvider>}, …, {@code Map<String, MethodProvider>},
 * {@code Map<String, ScalePresetProvider>}), and binds the {@link DiscoveryReport}.
 *
 * <p>The MapBinders are the one name-to-provider map of a process, and {@link PluginRegistry} the one lookup
 * in them. A discovery problem — a provider that fails to load, a blank or malformed name, two providers with
 * one name — does not stop the injector (so that {@code foci list} can show it beside what loaded); it stops
 * every use of the registry, naming the classes involved.
 */
public final class PluginsModule extends AbstractModule {

    private static final Logger LOG = LoggerFactory.getLogger(PluginsModule.class);

    private final ClassLoader loader;

    /** Discovery with the thread's context class loader. */
    public PluginsModule() {
        this(Thread.currentThread().getContextClassLoader());
    }

    /** @param loader where to look; never null */
    public PluginsModule(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    protected void configure() {
        List<DiscoveredPlugin<?>> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PluginKind<?> kind : PluginKind.all()) {
            bindKind(kind, found, problems);
        }
        bind(DiscoveryReport.class).toInstance(new DiscoveryReport(found, problems));
    }

    private <P extends PluginProvider> void bindKind(PluginKind<P> kind, List<DiscoveredPlugin<?>> found,
                                                     List<String> problems) {
        PluginCatalog<P> catalog = PluginDiscovery.discover(kind, loader);
        MapBinder<String, P> byName = MapBinder.newMapBinder(binder(), String.class, kind.provider());
        catalog.plugins().forEach((name, plugin) -> {
            byName.addBinding(name).toInstance(plugin.provider());
            found.add(plugin);
            LOG.debug("found {} '{}': {} in {}", kind.label(), name, plugin.className(), plugin.location());
        });
        problems.addAll(catalog.problems());
    }
}
