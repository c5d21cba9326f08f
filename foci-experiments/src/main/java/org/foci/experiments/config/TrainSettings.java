package org.foci.experiments.config;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.Split;

/**
 * The {@code train.*} settings: how long to train, how and when to evaluate, which reward.
 *
 * @param episodes          training episodes per run (0 for methods that do not learn)
 * @param evalEvery         greedy evaluation for the training curve every this many episodes
 * @param evalEpisodes      held-out episodes of the final evaluation
 * @param curveEvalEpisodes held-out episodes of each intermediate evaluation
 * @param reward            the training reward
 * @param checkpointEvery   write a resumable checkpoint every this many episodes
 * @param oracleRewardOver  whose costs set the oracle value the learner trains on
 * @param curveSplit        the trajectories of the intermediate (training-curve) evaluations
 */
public record TrainSettings(int episodes, int evalEvery, int evalEpisodes, int curveEvalEpisodes, RewardMode reward,
                            int checkpointEvery, OracleRewardOver oracleRewardOver, Split curveSplit) {

    public static final SettingKey<Integer> EPISODES = SettingKey.integer("episodes", 300,
            "training episodes per run (one episode = 1 h of service, T steps)").atLeast(0);
    public static final SettingKey<Integer> EVAL_EVERY = SettingKey.integer("evalEvery", 25,
            "evaluate greedily on held-out segments every this many training episodes").greaterThan(0);
    public static final SettingKey<Integer> EVAL_EPISODES = SettingKey.integer("evalEpisodes", 10,
            "held-out evaluation episodes at the end (fixed evaluation seeds)").greaterThan(0);
    public static final SettingKey<Integer> CURVE_EVAL_EPISODES = SettingKey.integer("curveEvalEpisodes", 2,
            "held-out episodes per intermediate evaluation (training curves)").greaterThan(0);
    public static final SettingKey<RewardMode> REWARD = SettingKey.choice("reward", RewardMode.class,
            RewardMode.OWN_QOS, "training reward: own-qos or oracle-value");
    public static final SettingKey<Integer> CHECKPOINT_EVERY = SettingKey.integer("checkpointEvery", 25,
            "write a resumable checkpoint every this many training episodes").greaterThan(0);

    public static final SettingKey<OracleRewardOver> ORACLE_REWARD_OVER = SettingKey.choice("oracleRewardOver",
            OracleRewardOver.class, OracleRewardOver.ALL, "whose costs set the oracle value learners train on: all "
                    + "(every admitted device, the paper) or greedy (only devices that acted greedily this step; "
                    + "a training-time signal)");
    public static final SettingKey<Split> CURVE_SPLIT = SettingKey.choice("curveSplit", Split.class,
            Split.EVALUATION, "trajectories of the intermediate evaluations (training curves): evaluation "
                    + "(held-out) or train (training segments, for choices that must not look at held-out data)");

    /** The keys of the {@code train} scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(EPISODES, EVAL_EVERY, EVAL_EPISODES, CURVE_EVAL_EPISODES, REWARD, CHECKPOINT_EVERY,
                ORACLE_REWARD_OVER, CURVE_SPLIT);
    }

    /** Reads the {@code train} scope (assumed validated). */
    public static TrainSettings from(Settings train) {
        return new TrainSettings(train.get(EPISODES), train.get(EVAL_EVERY), train.get(EVAL_EPISODES),
                train.get(CURVE_EVAL_EPISODES), train.get(REWARD), train.get(CHECKPOINT_EVERY),
                train.get(ORACLE_REWARD_OVER), train.get(CURVE_SPLIT));
    }
}
