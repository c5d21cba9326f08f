package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.ServiceArea;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.env.mobility.PortoTraceMobilityProvider;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;

/** The one-line entry: the pieces it assembles, and its errors (foci-oracle is not on this class path). */
class M2mCiTest {

    private static final Settings SMALL = Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300,
            "runtime.plugin", "test-equal-share", "shaping.plugin", "test-greedy");

    @Test
    void buildsWhatTheFiveHandAssembledPiecesBuild() {
        Environment oneLine = M2mCi.environment(SMALL);
        M2mCiEnvironmentProvider provider = new M2mCiEnvironmentProvider();
        Settings env = Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300).scoped("env");
        ServiceArea area = ServiceArea.from(Settings.empty().scoped("area"));
        MobilityModel mobility = new PortoTraceMobilityProvider().create(Settings.empty().scoped("mobility"), area,
                provider.stepSeconds(env));
        Environment byHand = provider.create(env,
                new EnvironmentComponents(area, mobility, EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE));

        assertThat(oneLine.spec()).isEqualTo(byHand.spec());
        SplittableRandom random = new SplittableRandom(4);
        StepBatch a = oneLine.reset(9, Split.TRAIN);
        StepBatch b = byHand.reset(9, Split.TRAIN);
        while (true) {
            assertThat(a.observations()).containsExactly(b.observations());
            assertThat(a.rewards()).containsExactly(b.rewards());
            assertThat(oneLine.view(DeviceOutcomes.class).orElseThrow().cost())
                    .containsExactly(byHand.view(DeviceOutcomes.class).orElseThrow().cost());
            if (a.truncated()) {
                break;
            }
            int[] actions = new int[24];
            for (int m = 0; m < actions.length; m++) {
                actions[m] = a.actionMask()[m * oneLine.spec().actionCount() + 1] && random.nextBoolean() ? 1 : 0;
            }
            a = oneLine.step(actions);
            b = byHand.step(actions);
        }
        assertThat(a.step()).isEqualTo(20);
    }

    @Test
    void aMissingAllocatorNamesTheModuleToAdd() {
        assertThatThrownBy(() -> M2mCi.environment(Settings.of("env.devices", 24)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("runtime.plugin names the allocator 'equal-share', which is not on the class "
                        + "path: it is in org.foci:foci-oracle; add that module as a dependency")
                .hasMessageContaining("shaping.plugin names the allocator 'ipls-minrisk'");
    }

    @Test
    void everyProblemIsReportedAtOnceNamingTheFullKey() {
        assertThatThrownBy(() -> M2mCi.environment(SMALL.with("env.devices", -3).with("area.sideM", "wide")
                .with("agent.learningRate", 1e-3).with("mobility.plugin", "teleport").with("env.devicez", 3)))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).problems()).hasSize(5))
                .hasMessageContaining("env.devices must be in [1, 10000000], but was '-3'")
                .hasMessageContaining("area.sideM must be a number, but was 'wide'")
                .hasMessageContaining("env.devicez is not a known key")
                .hasMessageContaining("agent.learningRate is not a setting of the m2m-ci environment "
                        + "(scopes: area, env, mobility, runtime, shaping)")
                .hasMessageContaining("mobility.plugin must name a known mobility (available: [porto-trace, "
                        + "random-waypoint]), but was 'teleport'");
    }

    @Test
    void anAllocatorsOwnKeysAreCheckedToo() {
        assertThatThrownBy(() -> M2mCi.environment(SMALL.with("shaping.epsilon", 0.1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("shaping.epsilon is not a known key (known: none)");
    }

    @Test
    void anotherEnvironmentPluginIsRefused() {
        assertThatThrownBy(() -> M2mCi.environment(SMALL.with("env.plugin", "gridworld")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("env.plugin must be m2m-ci (or unset) for M2mCi.environment, but was 'gridworld'");
    }
}
