package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foci.api.Settings;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.OracleParticipants;
import org.foci.api.env.Split;
import org.foci.env.config.EnvironmentConfig;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;

/**
 * The oracle value over a subset of the devices (train.oracleRewardOver = greedy): an excluded (exploring)
 * device's cost does not set the edge's value, it still receives the value, and nothing charged changes.
 */
class OracleParticipantsTest {

    /** Three devices offload to edge 0 at partition 3; device 2 is far away, so its cost is the worst. */
    private static Outcome step(boolean[] participants, boolean deviceTwoOffloads) {
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", 3, "edges", 1,
                "edge.positions", "0,0", "episodeSeconds", 60));
        M2mCiEnvironment env = new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA,
                new FixedMobility(new double[] {10, 20, 300}, new double[] {0, 0, 0}), EqualShare.INSTANCE,
                ReferenceGreedyMaxMin.INSTANCE));
        env.reset(5, Split.TRAIN);
        env.view(OracleParticipants.class).orElseThrow().setOracleParticipants(participants);
        var space = env.spec().actionSpace();
        int offload = space.encode(0, 3);
        return Outcome.of(env, env.step(new int[] {offload, offload, deviceTwoOffloads ? offload : ActionSpace.LOCAL}));
    }

    @Test
    void anExcludedDeviceDoesNotSetTheValueButReceivesIt() {
        Outcome all = step(null, true);
        Outcome greedyOnly = step(new boolean[] {true, true, false}, true);
        Outcome withoutDeviceTwo = step(null, false);
        assertThat(all.cost()[2]).isGreaterThan(all.cost()[0]).isGreaterThan(all.cost()[1]);
        // the value is the max-min value of devices 0 and 1 alone, as if device 2 were not at the edge
        assertThat(greedyOnly.edgeOracleValue()[0]).isEqualTo(withoutDeviceTwo.edgeOracleValue()[0])
                .isGreaterThan(all.edgeOracleValue()[0]);
        assertThat(greedyOnly.oracleReward()).containsOnly((float) greedyOnly.edgeOracleValue()[0]);
        // charged costs and QoS rewards do not depend on whose costs set the oracle value
        assertThat(greedyOnly.cost()).containsExactly(all.cost());
        assertThat(greedyOnly.qosReward()).containsExactly(all.qosReward());
    }

    @Test
    void withNoParticipantAtAnEdgeTheValueIsOverEveryAdmittedDevice() {
        Outcome all = step(null, true);
        Outcome none = step(new boolean[3], true);
        assertThat(none.edgeOracleValue()[0]).isEqualTo(all.edgeOracleValue()[0]);
        assertThat(none.oracleReward()).containsExactly(all.oracleReward());
    }

    @Test
    void participantsMustCoverEveryDevice() {
        EnvironmentConfig config = EnvironmentConfig.from(Settings.of("devices", 3, "edges", 1,
                "edge.positions", "0,0", "episodeSeconds", 60));
        M2mCiEnvironment env = new M2mCiEnvironment(config, new EnvironmentComponents(Fixtures.AREA,
                new FixedMobility(new double[] {10, 20, 300}, new double[] {0, 0, 0}), EqualShare.INSTANCE,
                ReferenceGreedyMaxMin.INSTANCE));
        assertThatThrownBy(() -> env.view(OracleParticipants.class).orElseThrow().setOracleParticipants(new boolean[2]))
                .hasMessageContaining("one flag per device (3), but had 2");
    }
}
