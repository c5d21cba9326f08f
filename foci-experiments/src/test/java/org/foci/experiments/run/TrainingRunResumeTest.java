package org.foci.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** An interrupted run resumed from its last checkpoint ends exactly as an uninterrupted one. */
class TrainingRunResumeTest {

    private static final ScalePreset SMOKE = ScalePreset.of(new ScalePresets.Smoke());
    private static final Method FOCI = Method.of(new PaperMethods.Foci());
    private static final Method IQL = Method.of(new PaperMethods.Iql());

    @TempDir
    Path dir;

    private static final class Interruption extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aResumedRunEqualsAnUninterruptedOne() throws IOException {
        Injector injector = Guice.createInjector(TestModules.compose(SMOKE, FOCI,
                Settings.of("train.episodes", 5, "train.checkpointEvery", 2)));
        ExperimentConfig config = injector.getInstance(ExperimentConfig.class);
        TrainingRun training = injector.getInstance(TrainingRun.class);

        RunResult uninterrupted = training.run(config, 7, new RunStore(dir.resolve("whole")), RunProgress.NONE);

        RunStore store = new RunStore(dir.resolve("interrupted"));
        RunProgress crashAfterEpisodeThree = new RunProgress() {
            @Override
            public void trainingEpisode(CurvePoint point) {
                if (point.episode() == 3) {
                    throw new Interruption();
                }
            }
        };
        assertThatThrownBy(() -> training.run(config, 7, store, crashAfterEpisodeThree))
                .isInstanceOf(Interruption.class);
        assertThat(store.progress()).hasValueSatisfying(p -> assertThat(p.episode()).isEqualTo(2));
        assertThat(store.result()).isEmpty();
        RunTimes beforeCrash = store.progress().orElseThrow().elapsed();
        assertThat(beforeCrash.environmentSeconds()).isPositive();
        assertThat(beforeCrash.agentSeconds()).isPositive();

        RunResult resumed = training.run(config, 7, store, RunProgress.NONE);
        assertThat(resumed.evaluation()).usingRecursiveComparison().isEqualTo(uninterrupted.evaluation());
        assertThat(resumed.curve()).isEqualTo(uninterrupted.curve());
        assertThat(store.progress()).isEmpty();
        // The whole run's times: the part before the crash is counted in every component, not in the wall time only.
        RunTimes whole = resumed.times();
        assertThat(whole.wallSeconds()).isGreaterThan(beforeCrash.wallSeconds());
        assertThat(whole.environmentSeconds()).isGreaterThan(beforeCrash.environmentSeconds());
        assertThat(whole.oracleSeconds()).isGreaterThan(beforeCrash.oracleSeconds());
        assertThat(whole.agentSeconds()).isGreaterThan(beforeCrash.agentSeconds());
        assertThat(whole.observationSeconds()).isGreaterThanOrEqualTo(beforeCrash.observationSeconds());
    }

    @Test
    void aFinishedRunIsReusedByItsBuildAndStartedOverByAnother() throws IOException {
        Injector injector = Guice.createInjector(TestModules.compose(SMOKE, IQL,
                Settings.of("train.episodes", 2)));
        ExperimentConfig config = injector.getInstance(ExperimentConfig.class);
        TrainingRun training = injector.getInstance(TrainingRun.class);
        RunStore store = new RunStore(dir.resolve("run"));
        int[] trainedEpisodes = new int[1];
        RunProgress counting = new RunProgress() {
            @Override
            public void trainingEpisode(CurvePoint point) {
                trainedEpisodes[0]++;
            }
        };

        RunResult first = training.run(config, 3, store, counting);
        assertThat(trainedEpisodes[0]).isEqualTo(2);
        assertThat(store.build()).contains(BuildFingerprint.current());

        training.run(config, 3, store, counting);
        assertThat(trainedEpisodes[0]).as("reused, not retrained").isEqualTo(2);

        store.writeBuild("0123456789abcdef");       // as if an older build had written it
        assertThat(store.heldByAnotherBuild(BuildFingerprint.current())).isTrue();
        RunResult again = training.run(config, 3, store, counting);
        assertThat(trainedEpisodes[0]).as("started over").isEqualTo(4);
        assertThat(store.build()).contains(BuildFingerprint.current());
        assertThat(again.evaluation()).usingRecursiveComparison().isEqualTo(first.evaluation());
    }
}
