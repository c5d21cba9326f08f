package org.foci.experiments.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.example.fairshare.WorstFirstAllocatorProvider;
import org.foci.api.ConfigurationException;
import org.foci.api.PluginKind;
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
    void aDuplicateNameFailsStartUpNamingBothClasses() throws IOException {
        ClassLoader loader = withExtraAllocator(Impostor.class.getName());
        assertThatThrownBy(() -> Guice.createInjector(new PluginsModule(loader, true)))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("duplicate allocator name 'worst-first'")
                .hasMessageContaining(Impostor.class.getName())
                .hasMessageContaining(WorstFirstAllocatorProvider.class.getName());
    }

    @Test
    void aProviderThatFailsToLoadIsReportedWithItsClass() throws IOException {
        ClassLoader loader = withExtraAllocator("org.example.DoesNotExist");
        DiscoveryReport report = Guice.createInjector(new PluginsModule(loader, false))
                .getInstance(DiscoveryReport.class);
        assertThat(report.problems()).singleElement().asString().contains("org.example.DoesNotExist");
        assertThatThrownBy(() -> Guice.createInjector(new PluginsModule(loader, true)))
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
}
