package org.foci.experiments.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.example.fairshare.WorstFirstAllocatorProvider;
import org.foci.api.ConfigurationException;
import org.foci.api.PluginKind;
import org.foci.experiments.cli.UserException;
import org.foci.api.allocation.AllocatorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsModuleTest {

    @TempDir
    Path dir;

    /** A class loader that adds one more services registration for allocators. */
    private ClassLoader withExtraAllocator(String className) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(AllocatorProvider.class.getName()), className + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    /** Same name as the example plug-in, different class. */
    public static final class Impostor implements AllocatorProvider {
        @Override
        public String name() {
            return WorstFirstAllocatorProvider.NAME;
        }

        @Override
        public String description() {
            return "duplicate";
        }

        @Override
        public org.foci.api.allocation.Allocator create(org.foci.api.Settings settings) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void everyDiscoveredPluginIsBoundByName() {
        DiscoveryReport report = Guice.createInjector(new PluginsModule()).getInstance(DiscoveryReport.class);
        assertThat(report.problems()).isEmpty();
        assertThat(report.plugins()).extracting(p -> p.kind().label() + ":" + p.name())
                .contains("allocator:worst-first");
    }

    @Test
    void aDuplicateNameStopsEveryUseOfThePluginsNamingBothClasses() throws IOException {
        ClassLoader loader = withExtraAllocator(Impostor.class.getName());
        Injector injector = Guice.createInjector(new PluginsModule(loader));
        assertThat(injector.getInstance(DiscoveryReport.class).problems()).singleElement().asString()
                .contains("duplicate allocator name 'worst-first'");
        assertThatThrownBy(() -> injector.getInstance(PluginRegistry.class))
                .hasRootCauseInstanceOf(UserException.class)
                .hasMessageContaining("duplicate allocator name 'worst-first'")
                .hasMessageContaining(Impostor.class.getName())
                .hasMessageContaining(WorstFirstAllocatorProvider.class.getName());
    }

    @Test
    void aProviderThatFailsToLoadIsReportedWithItsClass() throws IOException {
        ClassLoader loader = withExtraAllocator("org.example.DoesNotExist");
        Injector injector = Guice.createInjector(new PluginsModule(loader));
        DiscoveryReport report = injector.getInstance(DiscoveryReport.class);
        assertThat(report.problems()).singleElement().asString().contains("org.example.DoesNotExist");
        assertThatThrownBy(() -> injector.getInstance(PluginRegistry.class))
                .hasMessageContaining("org.example.DoesNotExist");
    }

    @Test
    void anUnknownNameFailsWithTheAvailableNames() {
        PluginRegistry registry = Guice.createInjector(new PluginsModule()).getInstance(PluginRegistry.class);
        assertThatThrownBy(() -> registry.provider(PluginKind.ALLOCATOR, "nope", "runtime.plugin"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("runtime.plugin must name a known allocator (available: [")
                .hasMessageContaining("worst-first").hasMessageEndingWith("but was 'nope'");
    }

    @Test
    void methodsAndPresetsArePluginsLookedUpWithTheSameMessage() {
        PluginRegistry registry = Guice.createInjector(new PluginsModule()).getInstance(PluginRegistry.class);
        assertThat(registry.methodNames()).startsWith("alp", "nsg", "iql", "amfq", "ofr-only", "coa-only", "foci");
        assertThat(registry.names(PluginKind.PRESET)).containsExactly("city-100x", "city-10x", "paper", "quick", "smoke");
        assertThat(registry.method("ofr-only", "--methods").label()).isEqualTo("OFR-only");
        assertThatThrownBy(() -> registry.method("xyz", "--methods"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("--methods must name a known method (available: [alp, amfq, ")
                .hasMessageEndingWith("but was 'xyz'");
        assertThatThrownBy(() -> registry.preset("huge", "--preset"))
                .hasMessage("--preset must name a known preset (available: [city-100x, city-10x, paper, quick, smoke]), but was 'huge'");
    }
}
