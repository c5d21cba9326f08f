package org.foci.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    enum Mode { OWN_QOS, ORACLE_VALUE }

    static final SettingKey<Integer> DEVICES = SettingKey.integer("devices", 240, "devices").greaterThan(0);
    static final SettingKey<Double> RATE = SettingKey.real("learningRate", 1e-4, "rate").greaterThan(0.0);
    static final SettingKey<Boolean> FLAG = SettingKey.flag("shadowing", false, "flag");
    static final SettingKey<Mode> MODE = SettingKey.choice("reward", Mode.class, Mode.OWN_QOS, "reward");
    static final List<SettingKey<?>> KEYS = List.of(DEVICES, RATE, FLAG, MODE);

    @Test
    void absentKeysReadAsTheirDefaults() {
        assertThat(Settings.empty().get(DEVICES)).isEqualTo(240);
        assertThat(Settings.empty().get(MODE)).isEqualTo(Mode.OWN_QOS);
    }

    @Test
    void valuesAreParsedFromText() {
        Settings settings = Settings.of("devices", "480", "learningRate", "3e-4", "shadowing", "TRUE",
                "reward", "oracle-value");
        assertThat(settings.get(DEVICES)).isEqualTo(480);
        assertThat(settings.get(RATE)).isEqualTo(3e-4);
        assertThat(settings.get(FLAG)).isTrue();
        assertThat(settings.get(MODE)).isEqualTo(Mode.ORACLE_VALUE);
    }

    @Test
    void integersAcceptIntegralDecimalsAsJsonWritesThem() {
        assertThat(Settings.of("devices", 240.0).get(DEVICES)).isEqualTo(240);
        assertThatThrownBy(() -> Settings.of("devices", "2.5").get(DEVICES))
                .hasMessage("devices must be an integer, but was '2.5'");
    }

    @Test
    void aBrokenRuleNamesTheFullKeyTheRuleAndTheValue() {
        Settings env = Settings.of("env.devices", "-3").scoped("env");
        assertThatThrownBy(() -> env.get(DEVICES)).isInstanceOf(ConfigurationException.class)
                .hasMessage("env.devices must be > 0, but was '-3'");
    }

    @Test
    void nonFiniteRealsAreRejected() {
        assertThatThrownBy(() -> Settings.of("learningRate", "NaN").get(RATE))
                .hasMessage("learningRate must be a finite number, but was 'NaN'");
    }

    @Test
    void choicesListTheAllowedValues() {
        assertThatThrownBy(() -> Settings.of("reward", "best").get(MODE))
                .hasMessage("reward must be one of [own-qos, oracle-value], but was 'best'");
    }

    @Test
    void allProblemsAreReportedTogetherIncludingUnknownKeys() {
        Settings settings = Settings.of(Map.of("agent.devices", "0", "agent.learningRat", "1", "agent.reward", "x"))
                .scoped("agent");
        assertThatThrownBy(() -> settings.requireValid(KEYS)).isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).problems()).extracting(ConfigurationProblem::key)
                        .containsExactly("agent.devices", "agent.learningRat", "agent.reward"))
                .hasMessageContaining("3 configuration problems")
                .hasMessageContaining("agent.learningRat is not a known key (known: devices, learningRate, "
                        + "reward, shadowing)");
    }

    @Test
    void scopesSeeOnlyTheirKeysAndOverridesReplaceValues() {
        Settings root = Settings.of("env.devices", 10, "env.edges", 2, "agent.gamma", 0.7);
        assertThat(root.scoped("env").asMap()).containsOnlyKeys("devices", "edges");
        assertThat(root.without("env").asMap()).containsOnlyKeys("agent.gamma");
        Settings overridden = root.overriddenBy(Settings.of("env.devices", 20));
        assertThat(overridden.scoped("env").get(DEVICES)).isEqualTo(20);
        assertThat(root.scoped("env").get(DEVICES)).as("original unchanged").isEqualTo(10);
    }

    @Test
    void aDefaultBreakingItsOwnRuleIsAProgrammingError() {
        assertThatThrownBy(() -> SettingKey.integer("devices", 0, "d").greaterThan(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default of devices");
    }

    @Test
    void keyNamesMustBeCamelCaseWords() {
        assertThatThrownBy(() -> SettingKey.integer("Bad-Name", 1, "d"))
                .hasMessageContaining("Bad-Name");
    }

    @Test
    void nullValuesAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> Settings.empty().with("devices", null)).hasMessageContaining("devices");
    }
}
