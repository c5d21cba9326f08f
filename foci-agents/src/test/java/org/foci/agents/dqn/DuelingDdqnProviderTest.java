package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.foci.api.ConfigurationException;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;
import org.junit.jupiter.api.Test;

class DuelingDdqnProviderTest {

    @Test
    void serviceLoaderFindsTheLearnerByName() {
        AgentProvider provider = PluginDiscovery.discover(PluginKind.AGENT, getClass().getClassLoader())
                .requireNoProblems().require("dueling-ddqn");
        assertThat(provider).isInstanceOf(DuelingDdqnProvider.class);
        assertThat(provider.create(Settings.of("hiddenUnits", "4"), new AgentSpec(2, 3, 4, 1)).learns()).isTrue();
    }

    @Test
    void declaresEveryHyperParameterWithThePapersDefaults() {
        assertThat(new DuelingDdqnProvider().settingKeys()).extracting(SettingKey::name).containsExactly(
                "hiddenUnits", "learningRate", "gamma", "epsilonStart", "epsilonDecay", "epsilonMin", "batchSize",
                "replayCapacity", "warmupTransitions", "updatesPerStep", "targetSync", "targetSyncPeriod", "targetTau",
                "huberDelta", "gradientClip", "checkpointReplay", "engine", "actBlockRows");
        DdqnConfig defaults = DdqnConfig.defaults();
        assertThat(defaults.hiddenUnits()).hasSize(3);
        assertThat(defaults.learningRate()).isEqualTo(1e-4);
        assertThat(defaults.gamma()).isEqualTo(0.7);
        assertThat(defaults.epsilonStart()).isEqualTo(1.0);
        assertThat(defaults.epsilonDecay()).isEqualTo(0.99);
        assertThat(defaults.batchSize()).isEqualTo(64);
        assertThat(defaults.targetSync()).isEqualTo(TargetSync.HARD);
        assertThat(defaults.engine()).isEqualTo(QEngineKind.DIRECT);
        assertThat(defaults.actBlockRows()).as("one pass: the results committed so far").isZero();
    }

    @Test
    void reportsEveryBadKeyAtOnceWithItsFullName() {
        Settings settings = Settings.of("agent.hiddenUnits", "64,x", "agent.gamma", 1.0, "agent.batchSize", 0,
                "agent.bogus", 1).scoped("agent");
        assertThatThrownBy(() -> new DuelingDdqnProvider().create(settings, new AgentSpec(2, 3, 4, 1)))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).problems()).hasSize(4))
                .hasMessageContaining("agent.hiddenUnits must be 1 to 4 positive integers separated by commas, "
                        + "but was '64,x'")
                .hasMessageContaining("agent.gamma must be < 1.0, but was '1.0'")
                .hasMessageContaining("agent.batchSize must be in [1, 1048576], but was '0'")
                .hasMessageContaining("agent.bogus is not a known key");
    }

    @Test
    void theEpsilonFloorMustNotExceedItsStart() {
        Settings settings = Settings.of("agent.epsilonStart", 0.2, "agent.epsilonMin", 0.5).scoped("agent");
        assertThatThrownBy(() -> DdqnConfig.from(settings)).isInstanceOf(ConfigurationException.class)
                .hasMessage("agent.epsilonMin must be <= agent.epsilonStart (0.2), but was '0.5'");
    }

    @Test
    void aReplayBufferTooLargeForJavaArraysIsAConfigurationError() {
        assertThatThrownBy(() -> new DuelingDdqnProvider().create(Settings.of("replayCapacity", 10_000_000),
                new AgentSpec(240, 247, 210, 1))).isInstanceOf(ConfigurationException.class)
                .hasMessage("replayCapacity must be <= 8694265 for 247 features (one Java array per replay column), "
                        + "but was '10000000'");
    }

    @Test
    void hiddenUnitsAcceptOneToFourLayers() {
        assertThat(DdqnConfig.validHiddenUnits("8")).isTrue();
        assertThat(DdqnConfig.validHiddenUnits("8, 16,32 ,4")).isTrue();
        assertThat(DdqnConfig.validHiddenUnits("8,8,8,8,8")).isFalse();
        assertThat(DdqnConfig.validHiddenUnits("0,8")).isFalse();
        assertThat(DdqnConfig.validHiddenUnits("")).isFalse();
        assertThat(DdqnConfig.from(Settings.of("hiddenUnits", "8, 16")).hiddenUnits()).isEqualTo(List.of(8, 16));
    }
}
