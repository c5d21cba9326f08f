package org.foci.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Path;
import org.foci.api.Settings;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.config.TestModules;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ScalePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train.oracleRewardOver reaches the environment: with {@code greedy} a learner trained on the oracle value
 * learns from another signal (so it ends elsewhere), while one trained on its own QoS is unaffected bit for bit.
 */
class OracleRewardOverTest {

    private static final ScalePreset SMOKE = ScalePreset.of(new ScalePresets.Smoke());
    private static final Method FOCI = Method.of(new PaperMethods.Foci());
    private static final Method IQL = Method.of(new PaperMethods.Iql());

    @TempDir
    Path dir;

    private RunResult run(Method method, String over) throws IOException {
        Injector injector = Guice.createInjector(TestModules.compose(SMOKE, method,
                Settings.of("train.episodes", 3, "train.oracleRewardOver", over)));
        return injector.getInstance(TrainingRun.class).run(injector.getInstance(ExperimentConfig.class), 4,
                new RunStore(dir.resolve(method.name() + "-" + over)), RunProgress.NONE);
    }

    @Test
    void greedyChangesWhatOracleLearnersLearnAndNothingElse() throws IOException {
        assertThat(run(FOCI, "greedy").evaluation()).usingRecursiveComparison()
                .isNotEqualTo(run(FOCI, "all").evaluation());
        assertThat(run(IQL, "greedy").evaluation()).usingRecursiveComparison()
                .isEqualTo(run(IQL, "all").evaluation());
    }
}
