package org.foci.agents.augment;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.PluginCatalog;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.agent.AugmenterProvider;
import org.junit.jupiter.api.Test;

class AugmenterRegistrationTest {

    @Test
    void serviceLoaderFindsTheThreeAugmentersByName() {
        PluginCatalog<AugmenterProvider> catalog = PluginDiscovery.discover(PluginKind.AUGMENTER,
                AugmenterRegistrationTest.class.getClassLoader()).requireNoProblems();
        assertThat(catalog.names()).contains("none", "proximity-mean-field", "competitor-aware");
        assertThat(catalog.require("competitor-aware")).isInstanceOf(CompetitorAwareProvider.class);
        assertThat(catalog.require("proximity-mean-field").settingKeys()).extracting(k -> k.name())
                .containsExactly("radiusM", "maxCandidatesPerDevice");
    }
}
