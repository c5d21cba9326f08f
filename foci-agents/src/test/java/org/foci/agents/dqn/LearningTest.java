package org.foci.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.foci.api.Settings;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.foci.testkit.SceneFixture;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The learner learns: a masked contextual bandit, and a chain MDP whose optimal policy depends on γ = 0.7. */
class LearningTest {

    /** Six contexts (one-hot) plus two noise features; eight arms, each arm but local masked half the time. */
    private static final int CONTEXTS = 6;
    private static final int ARMS = 8;
    private static final int BANDIT_FEATURES = CONTEXTS + 2;
    private static final int BANDIT_DEVICES = 32;

    private record BanditStep(Observations observations, int[] contexts) {
    }

    private static BanditStep banditStep(SplittableRandom random) {
        float[] features = new float[BANDIT_DEVICES * BANDIT_FEATURES];
        boolean[] mask = new boolean[BANDIT_DEVICES * ARMS];
        int[] contexts = new int[BANDIT_DEVICES];
        for (int m = 0; m < BANDIT_DEVICES; m++) {
            contexts[m] = random.nextInt(CONTEXTS);
            features[m * BANDIT_FEATURES + contexts[m]] = 1f;
            features[m * BANDIT_FEATURES + CONTEXTS] = (float) random.nextDouble();
            features[m * BANDIT_FEATURES + CONTEXTS + 1] = (float) random.nextDouble();
            mask[m * ARMS] = true;
            for (int a = 1; a < ARMS; a++) {
                mask[m * ARMS + a] = random.nextBoolean();
            }
        }
        return new BanditStep(new Observations(features, mask, SceneFixture.builder(BANDIT_DEVICES, 1, ARMS - 1)
                .build()), contexts);
    }

    @Test
    void aMaskedContextualBanditReachesNinetyFivePercentOfTheOptimumAndNeverPicksAMaskedArm() {
        SplittableRandom world = new SplittableRandom(2024);
        double[][] reward = new double[CONTEXTS][ARMS];
        for (double[] row : reward) {
            for (int a = 0; a < ARMS; a++) {
                row[a] = world.nextDouble();
            }
        }
        DuelingDdqnAgent agent = (DuelingDdqnAgent) new DuelingDdqnProvider().create(Settings.of(
                "hiddenUnits", "32,32,32", "learningRate", 3e-3, "epsilonDecay", 0.85, "epsilonMin", 0.05,
                "warmupTransitions", 256, "updatesPerStep", 2, "targetSyncPeriod", 50),
                new AgentSpec(BANDIT_DEVICES, BANDIT_FEATURES, ARMS, 7));
        int[] arms = new int[BANDIT_DEVICES];
        BanditStep current = banditStep(world);
        for (int t = 0; t < 300; t++) {
            agent.act(current.observations(), true, arms);
            float[] rewards = new float[BANDIT_DEVICES];
            for (int m = 0; m < BANDIT_DEVICES; m++) {
                assertThat(current.observations().actionMask()[m * ARMS + arms[m]]).isTrue();
                rewards[m] = (float) (reward[current.contexts()[m]][arms[m]] + 0.05 * world.nextGaussian());
            }
            BanditStep next = banditStep(world);
            // Each decision ends its episode: no bootstrap.
            agent.learn(new Transition(current.observations().features(), arms.clone(), rewards,
                    next.observations().features(), next.observations().actionMask(), true));
            current = next;
            if (t % 10 == 9) {
                agent.endEpisode();
            }
        }

        double earned = 0;
        double best = 0;
        for (int t = 0; t < 100; t++) {
            BanditStep step = banditStep(world);
            agent.act(step.observations(), false, arms);
            for (int m = 0; m < BANDIT_DEVICES; m++) {
                boolean[] mask = step.observations().actionMask();
                assertThat(mask[m * ARMS + arms[m]]).as("greedy arm %d allowed", arms[m]).isTrue();
                double optimum = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < ARMS; a++) {
                    if (mask[m * ARMS + a]) {
                        optimum = Math.max(optimum, reward[step.contexts()[m]][a]);
                    }
                }
                earned += reward[step.contexts()[m]][arms[m]];
                best += optimum;
            }
        }
        assertThat(earned / best).as("share of the optimal reward").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Five states in a row, γ = 0.7. Actions: 0 stay (reward 0.1), 1 right (reward 0, or 1 and back to
     * the start from the last state), 2 bail to the start (reward 0.25; allowed in states 1 and 3 only).
     * The optimal policy is (right, bail, right, right, right): a myopic agent (γ = 0) would stay or bail,
     * a far-sighted one (γ = 0.95) would always go right.
     */
    private static final int STATES = 5;
    private static final int MOVES = 3;
    private static final double GAMMA = 0.7;

    private static boolean allowed(int state, int action) {
        return action != 2 || state == 1 || state == 3;
    }

    private static double chainReward(int state, int action) {
        return switch (action) {
            case 0 -> 0.1;
            case 1 -> state == STATES - 1 ? 1.0 : 0.0;
            default -> 0.25;
        };
    }

    private static int chainNext(int state, int action) {
        return switch (action) {
            case 0 -> state;
            case 1 -> state == STATES - 1 ? 0 : state + 1;
            default -> 0;
        };
    }

    /** Q* by value iteration, with the maximum over the allowed actions only. */
    private static double[][] optimalQ() {
        double[] value = new double[STATES];
        double[][] q = new double[STATES][MOVES];
        for (int iteration = 0; iteration < 500; iteration++) {
            for (int s = 0; s < STATES; s++) {
                for (int a = 0; a < MOVES; a++) {
                    q[s][a] = allowed(s, a) ? chainReward(s, a) + GAMMA * value[chainNext(s, a)] : Double.NaN;
                }
            }
            for (int s = 0; s < STATES; s++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < MOVES; a++) {
                    if (allowed(s, a)) {
                        best = Math.max(best, q[s][a]);
                    }
                }
                value[s] = best;
            }
        }
        return q;
    }

    @Test
    void aChainWhereTheDiscountMattersIsLearnedWithinFivePercentOfTheAnalyticalQValues() {
        double[][] expected = optimalQ();
        int devices = 20;
        // Uniform exploration throughout (ε = 1): double DQN learns Q* off-policy from any behaviour.
        DuelingDdqnAgent agent = (DuelingDdqnAgent) new DuelingDdqnProvider().create(Settings.of(
                "hiddenUnits", "32,32,32", "learningRate", 1e-3, "gamma", GAMMA, "epsilonDecay", 1.0,
                "warmupTransitions", 200, "updatesPerStep", 4, "targetSyncPeriod", 100, "huberDelta", 10),
                new AgentSpec(devices, STATES, MOVES, 3));
        SplittableRandom random = new SplittableRandom(5);
        int[] states = new int[devices];
        for (int m = 0; m < devices; m++) {
            states[m] = random.nextInt(STATES);
        }
        int[] actions = new int[devices];
        for (int t = 0; t < 1000; t++) {
            float[] features = oneHot(states);
            boolean[] mask = masks(states);
            agent.act(new Observations(features, mask, SceneFixture.builder(devices, 1, 2).build()), true, actions);
            float[] rewards = new float[devices];
            int[] next = new int[devices];
            for (int m = 0; m < devices; m++) {
                assertThat(allowed(states[m], actions[m])).isTrue();
                rewards[m] = (float) chainReward(states[m], actions[m]);
                next[m] = chainNext(states[m], actions[m]);
            }
            agent.learn(new Transition(features, actions.clone(), rewards, oneHot(next), masks(next), false));
            states = next;
        }

        int[] all = {0, 1, 2, 3, 4};
        INDArray q = agent.network().outputSingle(false, Nd4j.create(oneHot(all), new long[] {STATES, STATES}, 'c'));
        for (int s = 0; s < STATES; s++) {
            for (int a = 0; a < MOVES; a++) {
                if (allowed(s, a)) {
                    assertThat(q.getDouble(s, a)).as("Q(%d, %d), analytically %.4f", s, a, expected[s][a])
                            .isBetween(0.95 * expected[s][a], 1.05 * expected[s][a]);
                }
            }
        }
        int[] cycled = new int[devices];
        for (int m = 0; m < devices; m++) {
            cycled[m] = m % STATES;
        }
        int[] greedy = new int[devices];
        agent.act(new Observations(oneHot(cycled), masks(cycled), SceneFixture.builder(devices, 1, 2).build()), false,
                greedy);
        // The γ = 0.7 optimal policy (state 0's two values differ by only 1 %: 0.340 vs 0.343).
        assertThat(java.util.Arrays.copyOf(greedy, STATES)).containsExactly(1, 2, 1, 1, 1);
    }

    private static float[] oneHot(int[] states) {
        float[] features = new float[states.length * STATES];
        for (int m = 0; m < states.length; m++) {
            features[m * STATES + states[m]] = 1f;
        }
        return features;
    }

    private static boolean[] masks(int[] states) {
        boolean[] mask = new boolean[states.length * MOVES];
        for (int m = 0; m < states.length; m++) {
            for (int a = 0; a < MOVES; a++) {
                mask[m * MOVES + a] = allowed(states[m], a);
            }
        }
        return mask;
    }
}
