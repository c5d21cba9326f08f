package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.foci.api.Settings;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.foci.testkit.SceneFixture;
import org.junit.jupiter.api.Test;

class DuelingDdqnAgentTest {

    private static final int DEVICES = 5;
    private static final int FEATURES = 6;
    private static final int ACTIONS = 7;
    private static final AgentSpec SPEC = new AgentSpec(DEVICES, FEATURES, ACTIONS, 11);

    private static DuelingDdqnAgent agent(Settings settings, AgentSpec spec) {
        return (DuelingDdqnAgent) new DuelingDdqnProvider().create(settings, spec);
    }

    private static DuelingDdqnAgent agent(Settings settings) {
        return agent(settings, SPEC);
    }

    private static Observations observations(SplittableRandom random) {
        float[] features = new float[DEVICES * FEATURES];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextDouble(-1, 1);
        }
        boolean[] mask = new boolean[DEVICES * ACTIONS];
        for (int m = 0; m < DEVICES; m++) {
            mask[m * ACTIONS] = true;
            for (int a = 1; a < ACTIONS; a++) {
                mask[m * ACTIONS + a] = random.nextBoolean();
            }
        }
        return new Observations(features, mask, SceneFixture.builder(DEVICES, 2, 3).build());
    }

    /** Runs act/learn steps with rewards that depend on the action; returns the last actions. */
    private static int[] run(DuelingDdqnAgent agent, long seed, int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] actions = new int[DEVICES];
        Observations current = observations(random);
        for (int t = 0; t < steps; t++) {
            agent.act(current, true, actions);
            Observations next = observations(random);
            float[] rewards = new float[DEVICES];
            for (int m = 0; m < DEVICES; m++) {
                rewards[m] = actions[m] == 2 ? 1f : (float) -random.nextDouble();
            }
            agent.learn(new Transition(current.features(), actions.clone(), rewards, next.features(),
                    next.actionMask(), t % 10 == 9));
            current = next;
        }
        return actions;
    }

    private static float[] parameters(DuelingDdqnAgent agent) {
        return agent.network().params().dup().data().asFloat();
    }

    private static byte[] checkpoint(DuelingDdqnAgent agent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        agent.writeCheckpoint(bytes);
        return bytes.toByteArray();
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndADifferentSeedOthers() {
        Settings settings = DuelingDdqnAgentContractTest.small();
        DuelingDdqnAgent first = agent(settings);
        DuelingDdqnAgent second = agent(settings);
        run(first, 1, 40);
        run(second, 1, 40);
        assertThat(first.diagnostics().get("updates")).isGreaterThan(20);
        assertThat(parameters(second)).containsExactly(parameters(first));
        assertThat(second.targetNetwork().params()).isEqualTo(first.targetNetwork().params());
        assertThat(second.network().getUpdater().getStateViewArray())
                .isEqualTo(first.network().getUpdater().getStateViewArray());

        DuelingDdqnAgent other = agent(settings, new AgentSpec(DEVICES, FEATURES, ACTIONS, 12));
        run(other, 1, 40);
        assertThat(parameters(other)).isNotEqualTo(parameters(first));
    }

    @Test
    void aCheckpointRestoresWeightsOptimiserTargetCountersAndReplay() throws IOException {
        Settings settings = DuelingDdqnAgentContractTest.small();
        DuelingDdqnAgent original = agent(settings);
        run(original, 2, 25);
        original.endEpisode();
        DuelingDdqnAgent restored = agent(settings);
        restored.readCheckpoint(new ByteArrayInputStream(checkpoint(original)));

        assertThat(parameters(restored)).containsExactly(parameters(original));
        assertThat(restored.targetNetwork().params()).isEqualTo(original.targetNetwork().params());
        assertThat(restored.network().getUpdater().getStateViewArray())
                .isEqualTo(original.network().getUpdater().getStateViewArray());
        assertThat(restored.network().getConfiguration().getIterationCount())
                .isEqualTo(original.network().getConfiguration().getIterationCount());
        assertThat(restored.diagnostics()).isEqualTo(original.diagnostics());

        run(original, 3, 20);
        run(restored, 3, 20);
        assertThat(parameters(restored)).containsExactly(parameters(original));
    }

    @Test
    void aCheckpointWithoutReplayIsSmallerAndWaitsForWarmUpAgain() throws IOException {
        Settings settings = DuelingDdqnAgentContractTest.small().with("warmupTransitions", 20);
        DuelingDdqnAgent full = agent(settings);
        DuelingDdqnAgent light = agent(settings.with("checkpointReplay", false));
        run(full, 4, 30);
        run(light, 4, 30);
        byte[] fullBytes = checkpoint(full);
        byte[] lightBytes = checkpoint(light);
        assertThat(lightBytes.length).isLessThan(fullBytes.length);

        DuelingDdqnAgent restored = agent(settings.with("checkpointReplay", false));
        restored.readCheckpoint(new ByteArrayInputStream(lightBytes));
        double updates = restored.diagnostics().get("updates");
        assertThat(restored.diagnostics().get("replaySize")).isZero();
        run(restored, 5, 3);
        assertThat(restored.diagnostics().get("updates")).isEqualTo(updates);
        run(restored, 5, 2);
        assertThat(restored.diagnostics().get("updates")).isGreaterThan(updates);
    }

    @Test
    void aBrokenOrForeignCheckpointIsRefusedWithAReason() throws IOException {
        Settings settings = DuelingDdqnAgentContractTest.small();
        DuelingDdqnAgent original = agent(settings);
        run(original, 6, 10);
        byte[] bytes = checkpoint(original);

        byte[] corrupt = bytes.clone();
        corrupt[corrupt.length / 2] ^= 0x10;
        assertThatThrownBy(() -> agent(settings).readCheckpoint(new ByteArrayInputStream(corrupt)))
                .isInstanceOf(IOException.class).hasMessageContaining("checkpoint is corrupt");
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 100);
        assertThatThrownBy(() -> agent(settings).readCheckpoint(new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class).hasMessage("checkpoint is truncated");
        assertThatThrownBy(() -> agent(settings).readCheckpoint(new ByteArrayInputStream(new byte[64])))
                .isInstanceOf(IOException.class).hasMessage("not a dueling-ddqn checkpoint (bad magic bytes)");
        assertThatThrownBy(() -> agent(settings.with("gamma", 0.5)).readCheckpoint(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IOException.class).hasMessageContaining("gamma=0.7").hasMessageContaining("gamma=0.5");
        assertThatThrownBy(() -> agent(settings, new AgentSpec(DEVICES + 1, FEATURES, ACTIONS, 11))
                .readCheckpoint(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IOException.class)
                .hasMessage("checkpoint is for 5 devices, 6 features, 7 actions, but this agent has 6, 6, 7");

        // A refused checkpoint leaves the agent as it was.
        DuelingDdqnAgent untouched = agent(settings);
        float[] before = parameters(untouched);
        assertThatThrownBy(() -> untouched.readCheckpoint(new ByteArrayInputStream(corrupt)))
                .isInstanceOf(IOException.class);
        assertThat(parameters(untouched)).containsExactly(before);
    }

    @Test
    void theTwoEnginesShareCheckpointsAndTrainAlike() throws IOException {
        Settings settings = DuelingDdqnAgentContractTest.small();
        DuelingDdqnAgent direct = agent(settings);
        run(direct, 7, 30);
        DuelingDdqnAgent reference = agent(settings.with("engine", "dl4j"));
        reference.readCheckpoint(new ByteArrayInputStream(checkpoint(direct)));
        run(direct, 8, 10);
        run(reference, 8, 10);
        float[] a = parameters(direct);
        float[] b = parameters(reference);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("parameter %d", i).isCloseTo(b[i], within(1e-4f + 1e-3f * Math.abs(b[i])));
        }
    }

    @Test
    void epsilonDecaysPerEpisodeToItsFloor() {
        DuelingDdqnAgent agent = agent(Settings.of("hiddenUnits", "4", "epsilonStart", 0.5, "epsilonDecay", 0.5,
                "epsilonMin", 0.1));
        assertThat(agent.epsilon()).isEqualTo(0.5);
        agent.endEpisode();
        assertThat(agent.epsilon()).isEqualTo(0.25);
        agent.endEpisode();
        agent.endEpisode();
        assertThat(agent.epsilon()).isEqualTo(0.1);
        assertThat(agent.diagnostics()).containsEntry("episodes", 3.0).containsEntry("epsilon", 0.1);
        assertThat(agent.diagnostics()).containsOnlyKeys("epsilon", "loss", "updates", "transitions", "episodes",
                "replaySize");
    }

    @Test
    void learningStartsAfterTheWarmUpWithTheConfiguredUpdatesPerStep() {
        DuelingDdqnAgent agent = agent(DuelingDdqnAgentContractTest.small().with("warmupTransitions", 23)
                .with("updatesPerStep", 3));
        run(agent, 9, 4);
        assertThat(agent.diagnostics()).containsEntry("transitions", 20.0).containsEntry("updates", 0.0);
        run(agent, 9, 1);
        assertThat(agent.diagnostics()).containsEntry("updates", 3.0);
        run(agent, 9, 2);
        assertThat(agent.diagnostics()).containsEntry("updates", 9.0).containsEntry("transitions", 35.0);
        assertThat(agent.diagnostics().get("loss")).isPositive();
    }

    @Test
    void greedyDecisionsDrawNoRandomNumbers() {
        Settings settings = DuelingDdqnAgentContractTest.small().with("epsilonStart", 0.5);
        DuelingDdqnAgent withEvaluation = agent(settings);
        DuelingDdqnAgent without = agent(settings);
        SplittableRandom random = new SplittableRandom(10);
        Observations first = observations(random);
        Observations second = observations(random);
        int[] a = new int[DEVICES];
        int[] b = new int[DEVICES];
        withEvaluation.act(first, true, a);
        without.act(first, true, b);
        withEvaluation.act(second, false, a);
        withEvaluation.act(second, false, a);
        withEvaluation.act(second, true, a);
        without.act(second, true, b);
        assertThat(a).containsExactly(b);
    }

    @Test
    void exploresOnlyAmongAllowedActionsAndUniformly() {
        DuelingDdqnAgent agent = agent(Settings.of("hiddenUnits", "4"));
        boolean[] mask = new boolean[DEVICES * ACTIONS];
        for (int m = 0; m < DEVICES; m++) {
            mask[m * ACTIONS] = true;
            mask[m * ACTIONS + 3] = true;
            mask[m * ACTIONS + 6] = true;
        }
        Observations observations = new Observations(new float[DEVICES * FEATURES], mask,
                SceneFixture.builder(DEVICES, 2, 3).build());
        int[] counts = new int[ACTIONS];
        int[] actions = new int[DEVICES];
        for (int i = 0; i < 600; i++) {
            agent.act(observations, true, actions);
            for (int action : actions) {
                counts[action]++;
            }
        }
        assertThat(counts[1] + counts[2] + counts[4] + counts[5]).isZero();
        assertThat(counts[0]).isBetween(900, 1100);
        assertThat(counts[3]).isBetween(900, 1100);
        assertThat(counts[6]).isBetween(900, 1100);
    }

    @Test
    void worksWithoutFeatures() {
        DuelingDdqnAgent agent = agent(DuelingDdqnAgentContractTest.small(), new AgentSpec(3, 0, 4, 1));
        boolean[] mask = {true, false, true, true, true, true, false, false, true, false, false, true};
        Observations observations = new Observations(new float[0], mask, SceneFixture.builder(3, 1, 3).build());
        int[] actions = new int[3];
        for (int t = 0; t < 20; t++) {
            agent.act(observations, true, actions);
            agent.learn(new Transition(new float[0], actions.clone(), new float[] {1, 0, -1}, new float[0], mask, false));
        }
        agent.act(observations, false, actions);
        for (int m = 0; m < 3; m++) {
            assertThat(mask[m * 4 + actions[m]]).isTrue();
        }
        assertThat(agent.diagnostics().get("updates")).isPositive();
    }

    @Test
    void badInputsAreRejectedWithTheirReason() {
        DuelingDdqnAgent agent = agent(Settings.of("hiddenUnits", "4"));
        Observations good = observations(new SplittableRandom(1));
        assertThatThrownBy(() -> agent.act(new Observations(new float[3], good.actionMask(), good.views()), true,
                new int[DEVICES])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observations.features must have 30 entries, but had 3");
        boolean[] emptyRow = good.actionMask().clone();
        Arrays.fill(emptyRow, 2 * ACTIONS, 3 * ACTIONS, false);
        assertThatThrownBy(() -> agent.act(new Observations(good.features(), emptyRow, good.views()), false,
                new int[DEVICES])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the action mask of device 2 allows no action");
        assertThatThrownBy(() -> agent.act(good, true, new int[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actionsOut must have room for 5 actions, but had 2");
        float[] rewards = new float[DEVICES];
        rewards[4] = Float.NaN;
        assertThatThrownBy(() -> agent.learn(new Transition(good.features(), new int[DEVICES], rewards,
                good.features(), good.actionMask(), false))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the reward of device 4 must be finite, but was NaN");
        assertThatThrownBy(() -> agent.learn(new Transition(good.features(), new int[] {0, 0, 7, 0, 0},
                new float[DEVICES], good.features(), good.actionMask(), false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the action of device 2 must be in [0, 6], but was 7");
        assertThat(agent.diagnostics().get("transitions")).isZero();
    }
}
