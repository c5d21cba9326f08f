package org.foci.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Agent} keeps. Extend it and implement {@link #agent(AgentSpec)}.
 *
 * <p>The agent decides for {@value #DEVICES} devices with {@value #FEATURES} features over a
 * scene of {@value #EDGES} edges and {@value #LAYERS} partition points (|A| = 7). Checks: masks are
 * never violated, exploring or not; the same seed gives the same actions; learning accepts
 * transitions; a checkpoint restored into a fresh agent continues exactly like the original.
 */
public abstract class AgentContract {

    protected static final int DEVICES = 6;
    protected static final int FEATURES = 8;
    protected static final int EDGES = 2;
    protected static final int LAYERS = 3;

    /** A fresh agent for {@code spec}, with settings small enough for a unit test. */
    protected abstract Agent agent(AgentSpec spec);

    /** The spec the contract uses. */
    protected AgentSpec spec(long seed) {
        return new AgentSpec(DEVICES, FEATURES, EDGES * LAYERS + 1, seed);
    }

    /** Random features, a random mask (local always allowed) and a scene consistent in shape. */
    protected static Observations randomObservations(SplittableRandom random) {
        int actions = EDGES * LAYERS + 1;
        float[] features = new float[DEVICES * FEATURES];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextDouble(-1, 1);
        }
        boolean[] mask = new boolean[DEVICES * actions];
        for (int m = 0; m < DEVICES; m++) {
            mask[m * actions] = true;
            for (int a = 1; a < actions; a++) {
                mask[m * actions + a] = random.nextInt(3) == 0;
            }
        }
        SceneFixture.Builder scene = SceneFixture.builder(DEVICES, EDGES, LAYERS);
        for (int m = 0; m < DEVICES; m++) {
            scene.device(m, random.nextDouble(-300, 300), random.nextDouble(-300, 300), 0);
        }
        return new Observations(features, mask, scene.edge(0, -100, 0).edge(1, 100, 0).build());
    }

    private static void assertRespectsMask(Observations observations, int[] actions) {
        int actionCount = EDGES * LAYERS + 1;
        for (int m = 0; m < DEVICES; m++) {
            assertThat(actions[m]).as("device %d", m).isBetween(0, actionCount - 1);
            assertThat(observations.actionMask()[m * actionCount + actions[m]])
                    .as("device %d chose masked action %d", m, actions[m]).isTrue();
        }
    }

    /** Runs act/learn for {@code steps} steps from {@code random}; returns the actions of the last step. */
    protected static int[] run(Agent agent, SplittableRandom random, int steps, boolean explore) {
        int[] actions = new int[DEVICES];
        Observations current = randomObservations(random);
        for (int t = 0; t < steps; t++) {
            agent.act(current, explore, actions);
            assertRespectsMask(current, actions);
            Observations next = randomObservations(random);
            float[] rewards = new float[DEVICES];
            for (int m = 0; m < DEVICES; m++) {
                rewards[m] = (float) -random.nextDouble();
            }
            agent.learn(new Transition(current.features(), actions.clone(), rewards, next.features(),
                    next.actionMask(), false));
            current = next;
        }
        return actions;
    }

    @Test
    void actionsRespectTheMaskExploringOrGreedy() {
        Agent agent = agent(spec(1));
        SplittableRandom random = new SplittableRandom(21);
        int[] actions = new int[DEVICES];
        for (int i = 0; i < 200; i++) {
            Observations observations = randomObservations(random);
            agent.act(observations, i % 2 == 0, actions);
            assertRespectsMask(observations, actions);
        }
    }

    @Test
    void theSameSeedGivesTheSameActions() {
        int[] first = run(agent(spec(7)), new SplittableRandom(22), 40, true);
        int[] second = run(agent(spec(7)), new SplittableRandom(22), 40, true);
        assertThat(second).containsExactly(first);
    }

    @Test
    void aRestoredCheckpointContinuesExactlyLikeTheOriginal() throws IOException {
        Agent original = agent(spec(9));
        run(original, new SplittableRandom(23), 30, true);
        original.endEpisode();
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        original.writeCheckpoint(checkpoint);

        Agent restored = agent(spec(9));
        restored.readCheckpoint(new ByteArrayInputStream(checkpoint.toByteArray()));

        int[] fromOriginal = run(original, new SplittableRandom(24), 30, true);
        int[] fromRestored = run(restored, new SplittableRandom(24), 30, true);
        assertThat(fromRestored).containsExactly(fromOriginal);
        assertThat(restored.diagnostics()).isEqualTo(original.diagnostics());
    }
}
