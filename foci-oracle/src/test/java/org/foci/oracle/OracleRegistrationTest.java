package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.foci.api.ConfigurationException;
import org.foci.api.PluginCatalog;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;
import org.junit.jupiter.api.Test;

class OracleRegistrationTest {

    private final PluginCatalog<AllocatorProvider> catalog =
            PluginDiscovery.discover(PluginKind.ALLOCATOR).requireNoProblems();

    @Test
    void serviceLoaderFindsTheFourAllocatorsByName() {
        assertThat(catalog.names()).contains(IplsMinRiskProvider.NAME, MaxMinExactProvider.NAME,
                EqualShareProvider.NAME, ProportionalProvider.NAME);
        assertThat(catalog.require("ipls-minrisk")).isInstanceOf(IplsMinRiskProvider.class);
        assertThat(catalog.require("maxmin-exact")).isInstanceOf(MaxMinExactProvider.class);
        assertThat(catalog.require("equal-share")).isInstanceOf(EqualShareProvider.class);
        assertThat(catalog.require("proportional")).isInstanceOf(ProportionalProvider.class);
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void everyProviderMakesItsAllocatorFromEmptySettingsAndDescribesItself() {
        for (String name : List.of("ipls-minrisk", "maxmin-exact", "equal-share", "proportional")) {
            AllocatorProvider provider = catalog.require(name);
            assertThat(provider.name()).isEqualTo(name);
            assertThat(provider.description()).isNotBlank();
            Allocator allocator = provider.create(Settings.empty());
            assertThat(allocator.allocate(new double[] {0.5, 1}, new double[] {2, 3}, 2, 5, new int[2])).isFinite();
        }
    }

    @Test
    void theOracleReadsItsToleranceAndRounding() {
        Allocator allocator = new IplsMinRiskProvider().create(Settings.of("epsilon", 0.02, "rounding", "least-increase"));
        assertThat(allocator).isInstanceOfSatisfying(IplsMinRiskAllocator.class, ipls -> {
            assertThat(ipls.epsilon()).isEqualTo(0.02);
            assertThat(ipls.rounding()).isEqualTo(IplsMinRiskAllocator.Rounding.LEAST_INCREASE);
        });
        assertThat(new IplsMinRiskProvider().settingKeys()).containsExactly(IplsMinRiskProvider.EPSILON,
                IplsMinRiskProvider.ROUNDING);
    }

    @Test
    void aToleranceThatIsNotPositiveFailsNamingTheKey() {
        Settings scoped = Settings.of("oracle.epsilon", "0").scoped("oracle");
        assertThatThrownBy(() -> new IplsMinRiskProvider().create(scoped))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("oracle.epsilon must be > 0.0, but was '0'");
        assertThatThrownBy(() -> new IplsMinRiskProvider().create(Settings.of("epsilon", "-1e-3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("epsilon must be > 0.0, but was '-1e-3'");
        assertThatThrownBy(() -> new IplsMinRiskProvider().create(Settings.of("epsilon", "fine")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("epsilon must be a number, but was 'fine'");
        assertThatThrownBy(() -> new IplsMinRiskProvider().create(Settings.of("rounding", "nearest")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rounding must be one of [min-risk, least-increase], but was 'nearest'");
    }

    @Test
    void anUnknownKeyFailsNamingTheKey() {
        for (String name : List.of("ipls-minrisk", "maxmin-exact", "equal-share", "proportional")) {
            assertThatThrownBy(() -> catalog.require(name).create(Settings.of("epsilonn", 0.1)))
                    .as(name)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("epsilonn is not a known key");
        }
    }
}
