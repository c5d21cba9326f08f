package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;
import org.junit.jupiter.api.Test;

/** The one-line entry builds the provider's agent for an environment's spec. */
class DuelingDdqnTest {

    private static final EnvironmentSpec ENV = new EnvironmentSpec(6, 2, 3, 24, 8, 20, 15);
    private static final Settings SMALL = Settings.of("hiddenUnits", "16,16", "replayCapacity", 500);

    @Test
    void isTheProvidersAgentForTheEnvironmentsSpecBitForBit() throws IOException {
        Agent oneLine = DuelingDdqn.agent(ENV, 7, SMALL);
        Agent byProvider = new DuelingDdqnProvider().create(SMALL, new AgentSpec(6, 8, ENV.actionCount(), 7));
        assertThat(checkpoint(oneLine)).isEqualTo(checkpoint(byProvider));
    }

    @Test
    void anAugmentersColumnsWidenTheInput() throws IOException {
        ObservationAugmenter threeMore = new ObservationAugmenter() {
            @Override
            public int featureCount(EnvironmentSpec spec) {
                return 3;
            }

            @Override
            public void augment(Scene scene, float[] out, int offset, int stride) {
            }
        };
        Agent oneLine = DuelingDdqn.agent(ENV, threeMore, 7, SMALL);
        Agent byProvider = new DuelingDdqnProvider().create(SMALL, new AgentSpec(6, 11, ENV.actionCount(), 7));
        assertThat(checkpoint(oneLine)).isEqualTo(checkpoint(byProvider));
    }

    @Test
    void badSettingsFailNamingTheKey() {
        assertThatThrownBy(() -> DuelingDdqn.agent(ENV, 7, Settings.of("learningRate", -1)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("learningRate");
    }

    private static byte[] checkpoint(Agent agent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        agent.writeCheckpoint(out);
        return out.toByteArray();
    }
}
