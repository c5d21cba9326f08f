package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.foci.api.PluginCatalog;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.env.EnvironmentProvider;
import org.foci.api.env.MobilityProvider;
import org.foci.env.mobility.PortoTraceMobilityProvider;
import org.foci.env.mobility.RandomWaypointMobilityProvider;
import org.junit.jupiter.api.Test;

/** ServiceLoader finds this module's plug-ins by name. */
class RegistrationTest {

    @Test
    void serviceLoaderFindsTheEnvironment() {
        assertThat(ServiceLoader.load(EnvironmentProvider.class).stream().map(p -> p.get().name()))
                .contains(M2mCiEnvironmentProvider.NAME);
        PluginCatalog<EnvironmentProvider> catalog = PluginDiscovery.discover(PluginKind.ENVIRONMENT)
                .requireNoProblems();
        assertThat(catalog.require("m2m-ci")).isInstanceOf(M2mCiEnvironmentProvider.class);
    }

    @Test
    void serviceLoaderFindsBothMobilityModels() {
        PluginCatalog<MobilityProvider> catalog = PluginDiscovery.discover(PluginKind.MOBILITY).requireNoProblems();
        assertThat(catalog.names()).contains("porto-trace", "random-waypoint");
        assertThat(catalog.require("porto-trace")).isInstanceOf(PortoTraceMobilityProvider.class);
        assertThat(catalog.require("random-waypoint")).isInstanceOf(RandomWaypointMobilityProvider.class);
    }

    @Test
    void everyProviderDescribesItselfAndDeclaresItsKeys() {
        assertThat(new M2mCiEnvironmentProvider().description()).isNotBlank();
        assertThat(new M2mCiEnvironmentProvider().settingKeys()).hasSizeGreaterThanOrEqualTo(39);
        assertThat(new PortoTraceMobilityProvider().settingKeys()).extracting(k -> k.name())
                .containsExactly("trace", "evaluationFraction", "minSegmentFixes");
        assertThat(new RandomWaypointMobilityProvider().settingKeys()).isNotEmpty();
    }
}
