package org.foci.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.env.ActionSpace;
import org.foci.testkit.AgentContract;
import org.foci.testkit.SceneFixture;
import org.junit.jupiter.api.Test;

class NeurosurgeonAgentTest extends AgentContract {

    @Override
    protected Agent agent(AgentSpec spec) {
        return new NeurosurgeonProvider().create(Settings.empty(), spec);
    }

    /** Cost model: local 1.0; offloading to edge n costs 0.2 + k/10 + 6/sms (more SMs, less cost). */
    private static SceneFixture.Builder twoEdges(int devices) {
        ActionSpace space = new ActionSpace(2, 3);
        return SceneFixture.builder(devices, 2, 3).sms(24).perceptionRadiusM(300)
                .edge(0, 0, 0).edge(1, 400, 0)
                .costModel((m, a, sms) -> a == ActionSpace.LOCAL ? 1.0
                        : 0.2 + space.partitionOf(a) / 10.0 + 6.0 / sms);
    }

    private static int[] decide(Agent agent, SceneFixture scene) {
        int[] actions = new int[scene.spec().deviceCount()];
        agent.act(new Observations(new float[0], scene.actionMask(), scene), false, actions);
        return actions;
    }

    @Test
    void picksTheCheapestReachableActionGivenLastStepsLoads() {
        // Device 0 reaches both edges; edge 0 was crowded (23 devices), edge 1 idle.
        SceneFixture scene = twoEdges(1).device(0, 200, 0, 0).load(0, 23).load(1, 0).build();
        int[] actions = decide(agent(new AgentSpec(1, 0, 7, 1)), scene);
        // Edge 1 with 24 SMs, k = 0: 0.2 + 0.25 = 0.45, better than edge 0 with 1 SM (6.2) and local (1.0).
        assertThat(actions).containsExactly(new ActionSpace(2, 3).encode(1, 0));
    }

    @Test
    void aDeviceAlreadyAtAnEdgeDoesNotCountItselfTwice() {
        ActionSpace space = new ActionSpace(2, 3);
        // 3 devices on edge 0 last step, including device 0: it expects 24/3 = 8 SMs, cost 0.95 < 1 (local).
        SceneFixture stayed = twoEdges(1).device(0, 0, 0, space.encode(0, 0)).load(0, 3).build();
        assertThat(decide(agent(new AgentSpec(1, 0, 7, 1)), stayed)).containsExactly(space.encode(0, 0));
        // A newcomer would be the fourth: 24/4 = 6 SMs, cost 1.2 > 1, so it stays local.
        SceneFixture newcomer = twoEdges(1).device(0, 0, 0, ActionSpace.LOCAL).load(0, 3).build();
        assertThat(decide(agent(new AgentSpec(1, 0, 7, 1)), newcomer)).containsExactly(ActionSpace.LOCAL);
    }

    @Test
    void withoutLoadAwarenessEveryEdgeLooksIdle() {
        SceneFixture scene = twoEdges(1).device(0, 0, 0, ActionSpace.LOCAL).load(0, 23).build();
        Agent classic = new NeurosurgeonProvider().create(Settings.of("loadAware", false), new AgentSpec(1, 0, 7, 1));
        assertThat(decide(classic, scene)).containsExactly(new ActionSpace(2, 3).encode(0, 0));
    }

    @Test
    void devicesOutOfReachOfEveryEdgeRunLocally() {
        SceneFixture scene = twoEdges(1).device(0, -2000, 0, 0).build();
        assertThat(decide(agent(new AgentSpec(1, 0, 7, 1)), scene)).containsExactly(ActionSpace.LOCAL);
    }

    @Test
    void bothBaselinesAreDiscoveredByName() {
        var catalog = PluginDiscovery.discover(PluginKind.AGENT);
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.names()).contains(AlwaysLocalProvider.NAME, NeurosurgeonProvider.NAME);
    }

    @Test
    void theOneLineEntryBuildsThePluginsAgents() throws java.io.IOException {
        SceneFixture scene = twoEdges(1).device(0, 0, 0, ActionSpace.LOCAL).load(0, 23).build();
        assertThat(decide(Baselines.neurosurgeon(), scene)).containsExactly(decide(agent(new AgentSpec(1, 0, 7, 1)),
                scene));
        assertThat(decide(Baselines.neurosurgeon(false), scene)).containsExactly(decide(new NeurosurgeonProvider()
                .create(Settings.of("loadAware", false), new AgentSpec(1, 0, 7, 1)), scene));
        assertThat(decide(Baselines.neurosurgeon(false), scene)).as("idle edges look different")
                .isNotEqualTo(decide(Baselines.neurosurgeon(), scene));
        assertThat(decide(Baselines.alwaysLocal(), scene)).containsExactly(ActionSpace.LOCAL);
        java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream plugin = new java.io.ByteArrayOutputStream();
        Baselines.neurosurgeon().writeCheckpoint(one);
        agent(new AgentSpec(1, 0, 7, 1)).writeCheckpoint(plugin);
        assertThat(one.toByteArray()).isEqualTo(plugin.toByteArray());
    }
}
