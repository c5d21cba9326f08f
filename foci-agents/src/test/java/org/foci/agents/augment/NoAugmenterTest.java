package org.foci.agents.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.foci.testkit.AugmenterContract;
import org.junit.jupiter.api.Test;

class NoAugmenterTest extends AugmenterContract {

    @Override
    protected ObservationAugmenter augmenter() {
        return new NoAugmenterProvider().create(Settings.empty());
    }

    @Test
    void addsNoFeatures() {
        assertThat(augmenter().featureCount(new EnvironmentSpec(240, 11, 19, 24, 38, 240, 15))).isZero();
        assertThat(augmenter()).isSameAs(ObservationAugmenter.NONE);
    }

    @Test
    void rejectsAnySetting() {
        assertThatThrownBy(() -> new NoAugmenterProvider().create(Settings.of("radiusM", 1)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("radiusM is not a known key");
    }
}
