package org.foci.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.testkit.AgentContract;
import org.junit.jupiter.api.Test;

class AlwaysLocalAgentTest extends AgentContract {

    @Override
    protected Agent agent(AgentSpec spec) {
        return new AlwaysLocalProvider().create(Settings.empty(), spec);
    }

    @Test
    void everyDeviceRunsLocally() {
        int[] actions = run(agent(spec(1)), new SplittableRandom(1), 5, true);
        assertThat(actions).containsOnly(0);
    }

    @Test
    void aCheckpointOfAnotherAgentIsRefused() throws IOException {
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        new NeurosurgeonProvider().create(Settings.empty(), spec(1)).writeCheckpoint(other);
        assertThatThrownBy(() -> agent(spec(1)).readCheckpoint(new ByteArrayInputStream(other.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not of 'alp'");
    }

    @Test
    void unknownSettingsAreRejected() {
        assertThatThrownBy(() -> new AlwaysLocalProvider().create(Settings.of("x", 1), spec(1)))
                .hasMessageContaining("x is not a known key");
    }
}
