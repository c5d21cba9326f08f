package org.foci.env.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foci.api.ConfigurationException;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.env.Fixtures;
import org.foci.env.M2mCiEnvironmentProvider;
import org.foci.env.mobility.RandomWaypointMobilityProvider;
import org.junit.jupiter.api.Test;

/** Every constant is a declared key with the MODEL.md default; bad configurations fail naming the key. */
class SettingsValidationTest {

    private static Settings env(Object... keysAndValues) {
        return Settings.of(keysAndValues).scoped("env");
    }

    @Test
    void theDefaultsAreTheModelNumbers() {
        EnvironmentConfig c = EnvironmentConfig.from(Settings.empty());
        assertThat(c.devices()).isEqualTo(240);
        assertThat(c.edges()).isEqualTo(11);
        assertThat(c.time().stepsPerEpisode()).isEqualTo(240);
        assertThat(c.time().inferencesPerStep()).isEqualTo(360);
        assertThat(c.edge().sms()).isEqualTo(24);
        assertThat(c.edge().smThroughputMacPerS()).isEqualTo(7.74e9);
        assertThat(c.device().throughputMacPerS()).isEqualTo(7.74e9);
        assertThat(c.device().computePowerW(1)).isEqualTo(2.1);
        assertThat(c.device().minFrequency()).isEqualTo(0.65);
        assertThat(c.device().batteryWh()).isEqualTo(12);
        assertThat(c.device().initialBatteryMinWh()).isEqualTo(3);
        assertThat(c.device().idlePowerW()).isEqualTo(0.5);
        assertThat(c.device().radioPowerW()).isEqualTo(1.2);
        assertThat(c.channel()).isEqualTo(new ChannelParameters(10e6, 23, -174, 9, 128.1, 37.6, 10, 0, false));
        assertThat(c.qos()).isEqualTo(new QosParameters(1.0 / 24, 1, 1, 1, 1));
        assertThat(c.model()).isEqualTo(new ModelParameters(224, 1000, 1, 1));
        assertThat(c).isEqualTo(EnvironmentConfig.defaults());
    }

    @Test
    void keysAreUniqueDescribedAndTheirDefaultsObeyTheirRules() {
        List<SettingKey<?>> keys = new M2mCiEnvironmentProvider().settingKeys();
        Set<String> names = new HashSet<>();
        for (SettingKey<?> key : keys) {
            assertThat(names.add(key.name())).as("duplicate key %s", key.name()).isTrue();
            assertThat(key.description()).as(key.name()).isNotBlank();
        }
        assertThat(names).contains("devices", "edges", "edge.sms", "qos.deadlineS", "channel.shadowingSigmaDb");
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> EnvironmentConfig.from(env("env.devicez", 3)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("env.devicez is not a known key (known: ")
                .hasMessageContaining("devices");
    }

    @Test
    void outOfRangeValuesAreNamedAllAtOnce() {
        assertThatThrownBy(() -> EnvironmentConfig.from(env("env.devices", -3, "env.channel.bandwidthHz", 0,
                "env.device.minFrequency", "fast")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("3 configuration problems")
                .hasMessageContaining("env.devices must be in [1, 10000000], but was '-3'")
                .hasMessageContaining("env.channel.bandwidthHz must be > 0.0, but was '0'")
                .hasMessageContaining("env.device.minFrequency must be a number, but was 'fast'");
    }

    @Test
    void valuesThatDisagreeAreNamedWithBothKeys() {
        assertThatThrownBy(() -> EnvironmentConfig.from(env("env.device.initialBatteryMaxWh", 20,
                "env.episodeSeconds", 10, "env.edge.positions", "0,0;1,1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("env.episodeSeconds must be >= env.stepSeconds (15.0), but was '10'")
                .hasMessageContaining("env.device.initialBatteryMaxWh must be <= env.device.batteryWh (12.0), "
                        + "but was '20.0'")
                .hasMessageContaining("env.edge.positions must hold one 'x,y' pair per edge (env.edges = 11), not 2");
    }

    @Test
    void malformedPositionsAreNamed() {
        assertThatThrownBy(() -> EnvironmentConfig.from(env("env.edge.positions", "1,2;3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("env.edge.positions must be empty or pairs 'x,y' of finite metres separated by ';', "
                        + "but was '1,2;3'");
    }

    @Test
    void recordsBuiltInCodeAreCheckedByTheSameRules() {
        assertThatThrownBy(() -> DeviceParameters.builder().batteryWh(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("device.batteryWh must be > 0.0, but was -1.0");
        assertThatThrownBy(() -> QosParameters.builder().deadlineS(0).build())
                .hasMessage("qos.deadlineS must be > 0.0, but was 0.0");
        assertThatThrownBy(() -> DeviceParameters.builder().minFrequencyBattery(0.6).build())
                .hasMessage("device.minFrequencyBattery must be <= device.fullSpeedBattery (0.5), but was '0.6'");
    }

    @Test
    void theProviderRejectsBadSettingsBeforeBuildingAnything() {
        assertThatThrownBy(() -> new M2mCiEnvironmentProvider().create(env("env.edge.sms", 0),
                Fixtures.traceComponents(org.foci.env.EqualShare.INSTANCE, org.foci.env.EqualShare.INSTANCE)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("env.edge.sms must be in [1, 1000000], but was '0'");
    }

    @Test
    void randomWaypointSpeedsMustBeOrdered() {
        assertThatThrownBy(() -> new RandomWaypointMobilityProvider().create(Settings.of(
                "mobility.vehicleMinSpeedMps", 20).scoped("mobility"), Fixtures.AREA, 15))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("mobility.vehicleMinSpeedMps must be <= mobility.vehicleMaxSpeedMps (12.0), but was '20.0'");
    }
}
