package org.foci.sweep.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.ScalePresets;
import org.foci.sweep.run.ExperimentRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlannerTest {

    private static final ScalePreset SMOKE = ScalePreset.of(new ScalePresets.Smoke());
    private static final ScalePreset PAPER = ScalePreset.of(new ScalePresets.Paper());

    @TempDir
    Path dir;

    private final SweepPlanner planner = new SweepPlanner(ExperimentRuntime.get().registry());

    private SweepPlan plan(String yaml, ScalePreset preset) throws IOException {
        Path file = dir.resolve("grid.yaml");
        Files.writeString(file, yaml);
        return planner.plan(GridFile.read(file), preset);
    }

    @Test
    void theProductVariesTheLastAxisFastest() throws IOException {
        SweepPlan plan = plan("method: [alp, nsg]\nseed: [1, 2]\nenv.devices: [24, 48]\n", SMOKE);
        assertThat(plan.points()).hasSize(8);
        assertThat(plan.points()).extracting(SweepPoint::label).startsWith(
                "alp s1 env.devices=24", "alp s1 env.devices=48", "alp s2 env.devices=24");
        assertThat(plan.points()).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(plan.points()).extracting(SweepPoint::runId).doesNotHaveDuplicates();
        assertThat(plan.settingKeys()).containsExactly("env.devices");
    }

    @Test
    void withoutASeedAxisEveryRunGetsThePresetsSeeds() throws IOException {
        SweepPlan paper = plan("method: nsg\n", PAPER);
        assertThat(paper.points()).extracting(SweepPoint::seed).containsExactly(1L, 2L, 3L);
        assertThat(paper.points()).allSatisfy(p -> assertThat(p.preset()).isEqualTo("paper"));
    }

    @Test
    void aKeyTheRunsPlugInDoesNotDeclareIsLeftOutAndItsDuplicatesMerged() throws IOException {
        SweepPlan plan = plan("method: [iql, nsg]\nseed: [1]\nagent.learningRate: [1e-4, 3e-4]\n", SMOKE);
        assertThat(plan.points()).extracting(SweepPoint::label).containsExactly(
                "iql s1 agent.learningRate=0.0001", "iql s1 agent.learningRate=0.0003", "nsg s1");
    }

    @Test
    void explicitRunsCrossTheOtherAxes() throws IOException {
        SweepPlan plan = plan("""
                runs:
                  - {method: iql, agent.learningRate: 1e-4}
                  - {method: alp, env.devices: 12}
                seed: [1, 2]
                """, SMOKE);
        assertThat(plan.points()).extracting(SweepPoint::label).containsExactly(
                "iql s1 agent.learningRate=0.0001", "iql s2 agent.learningRate=0.0001",
                "alp s1 env.devices=12", "alp s2 env.devices=12");
        assertThat(plan.settingKeys()).containsExactly("agent.learningRate", "env.devices");
    }

    @Test
    void anUnknownKeyFailsTheSweepNamingFileKeyAndTheKnownKeys() throws IOException {
        assertThatThrownBy(() -> plan("method: [iql, nsg]\nagent.learningRat: [1e-4]\nfoo.bar: 1\n"
                + "train.episode: 3\n", SMOKE))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith(dir.resolve("grid.yaml") + ": 3 problems:")
                .hasMessageContaining("agent.learningRat: not a setting of the agent plug-ins of this grid "
                        + "(dueling-ddqn, neurosurgeon); known: ")
                .hasMessageContaining("learningRate")
                .hasMessageContaining("foo.bar: not in a known scope (known: agent, area, augmenter, env, mobility, "
                        + "runtime, shaping, train)")
                .hasMessageContaining("train.episode: not a key of the train scope; known: episodes");
    }

    @Test
    void badValuesAreLeftToTheRunsSoOnePointFailsAlone() throws IOException {
        SweepPlan plan = plan("method: nsg\nseed: [1]\nenv.devices: [24, -1]\nagent.plugin: [neurosurgeon]\n",
                SMOKE);
        assertThat(plan.points()).extracting(p -> p.settings().get("env.devices")).containsExactly("24", "-1");
    }

    @Test
    void runIdsAreStableAndDependOnPresetMethodSeedAndSettings() {
        SweepPoint point = new SweepPoint(0, "smoke", "foci", 1, Map.of("env.devices", "24"));
        assertThat(point.runId()).isEqualTo(new SweepPoint(5, "smoke", "foci", 1, Map.of("env.devices", "24")).runId())
                .startsWith("foci-s1-").hasSize("foci-s1-".length() + 10);
        assertThat(List.of(new SweepPoint(0, "quick", "foci", 1, Map.of("env.devices", "24")).runId(),
                new SweepPoint(0, "smoke", "iql", 1, Map.of("env.devices", "24")).runId(),
                new SweepPoint(0, "smoke", "foci", 2, Map.of("env.devices", "24")).runId(),
                new SweepPoint(0, "smoke", "foci", 1, Map.of("env.devices", "48")).runId()))
                .doesNotContain(point.runId()).doesNotHaveDuplicates();
    }
}
