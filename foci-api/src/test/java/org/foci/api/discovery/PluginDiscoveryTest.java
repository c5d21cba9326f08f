package org.foci.api.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foci.api.PluginCatalog;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.allocation.AllocatorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {

    @TempDir
    Path dir;

    private ClassLoader registering(String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(AllocatorProvider.class.getName()), String.join("\n", classNames) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void findsRegisteredProvidersByNameWithTheirLocation() throws IOException {
        PluginCatalog<AllocatorProvider> catalog = PluginDiscovery.discover(PluginKind.ALLOCATOR,
                registering(GoodProvider.class.getName(), GoodProvider.Other.class.getName()));
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.names()).containsExactly("good", "other");
        assertThat(catalog.require("other")).isInstanceOf(GoodProvider.Other.class);
        assertThat(catalog.plugins().get("good").location()).contains("test-classes");
    }

    @Test
    void anUnknownNameFailsListingTheAvailableOnes() throws IOException {
        PluginCatalog<AllocatorProvider> catalog = PluginDiscovery.discover(PluginKind.ALLOCATOR,
                registering(GoodProvider.class.getName(), GoodProvider.Other.class.getName()));
        assertThatThrownBy(() -> catalog.require("nope"))
                .isInstanceOf(org.foci.api.ConfigurationException.class)
                .hasMessage("allocator must name a known allocator (available: [good, other]), but was 'nope'");
        assertThatThrownBy(() -> catalog.require("nope", "shaping.plugin"))
                .hasMessage("shaping.plugin must name a known allocator (available: [good, other]), but was 'nope'");
    }

    @Test
    void duplicateNamesAreReportedWithBothClassesAndNeitherIsKept() throws IOException {
        PluginCatalog<AllocatorProvider> catalog = PluginDiscovery.discover(PluginKind.ALLOCATOR,
                registering(GoodProvider.class.getName(), GoodProvider.Twin.class.getName()));
        assertThat(catalog.names()).isEmpty();
        assertThat(catalog.problems()).singleElement().asString()
                .contains("duplicate allocator name 'good'")
                .contains(GoodProvider.class.getName()).contains(GoodProvider.Twin.class.getName());
        assertThatThrownBy(catalog::requireNoProblems).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate allocator name 'good'");
    }

    @Test
    void blankAndMalformedNamesAreReportedWithTheirClasses() throws IOException {
        PluginCatalog<AllocatorProvider> catalog = PluginDiscovery.discover(PluginKind.ALLOCATOR,
                registering(GoodProvider.Blank.class.getName(), GoodProvider.Shouting.class.getName(),
                        GoodProvider.class.getName()));
        assertThat(catalog.names()).containsExactly("good");
        assertThat(catalog.problems()).containsExactly(
                "allocator provider " + GoodProvider.Blank.class.getName() + " has a blank name",
                "allocator provider " + GoodProvider.Shouting.class.getName()
                        + " has name 'Bad_Name', which is not lowercase kebab case");
    }

    @Test
    void providersThatFailToLoadAreReportedAndTheRestStillLoad() throws IOException {
        PluginCatalog<AllocatorProvider> catalog = PluginDiscovery.discover(PluginKind.ALLOCATOR,
                registering("org.example.Missing", GoodProvider.Exploding.class.getName(),
                        GoodProvider.class.getName()));
        assertThat(catalog.names()).containsExactly("good");
        assertThat(catalog.problems()).hasSize(2);
        assertThat(catalog.problems().get(0)).contains("org.example.Missing");
        assertThat(catalog.problems().get(1)).contains(GoodProvider.Exploding.class.getName()).contains("boom");
    }
}
