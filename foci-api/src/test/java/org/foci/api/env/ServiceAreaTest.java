package org.foci.api.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.junit.jupiter.api.Test;

class ServiceAreaTest {

    private final ServiceArea porto = new ServiceArea(41.149, -8.614, 1581);

    @Test
    void theCentreIsTheOriginAndProjectionRoundTrips() {
        assertThat(porto.xM(-8.614)).isZero();
        assertThat(porto.yM(41.149)).isZero();
        assertThat(porto.lonDeg(porto.xM(-8.6))).isCloseTo(-8.6, within(1e-12));
        assertThat(porto.latDeg(porto.yM(41.16))).isCloseTo(41.16, within(1e-12));
    }

    @Test
    void oneHundredthDegreeIsAboutOneKilometre() {
        assertThat(porto.yM(41.159)).isCloseTo(1105.4, within(0.1));
        assertThat(porto.xM(-8.604)).isCloseTo(0.01 * Math.cos(Math.toRadians(41.149)) * 111_320, within(1e-6));
    }

    @Test
    void theAreaIsTheSquareOfItsSide() {
        assertThat(porto.contains(790, -790)).isTrue();
        assertThat(porto.contains(791, 0)).isFalse();
        assertThat(porto.sideM() * porto.sideM() / 1e6).isCloseTo(2.5, within(0.01));
    }

    @Test
    void settingsAreValidatedNamingTheKey() {
        assertThat(ServiceArea.from(Settings.empty())).isEqualTo(porto);
        assertThatThrownBy(() -> ServiceArea.from(Settings.of("area.sideM", -1).scoped("area")))
                .isInstanceOf(ConfigurationException.class).hasMessage("area.sideM must be > 0.0, but was '-1'");
    }
}
