package org.foci.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.foci.api.Settings;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.config.TestModules;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ScalePreset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault injection into one run's folder (docs/reliability.md): every kind of file truncated or corrupted
 * at several offsets. Each time: exactly one WARN naming the file, the run carries on from what is intact,
 * and its result equals an undisturbed run's.
 */
class RunFolderFaultsTest {

    private static final ScalePreset SMOKE = ScalePreset.of(new ScalePresets.Smoke());
    private static final Method FOCI = Method.of(new PaperMethods.Foci());

    private static final long SEED = 5;
    /** Offsets, as fractions of a file's length, where it is cut or a byte is flipped. */
    private static final double[] OFFSETS = {0.0, 0.01, 0.5, 0.99};

    @TempDir
    static Path dir;

    private static ExperimentConfig config;
    private static TrainingRun training;
    private static RunResult reference;

    @BeforeAll
    static void runOnceUndisturbed() throws IOException {
        Injector injector = Guice.createInjector(TestModules.compose(SMOKE, FOCI,
                Settings.of("train.episodes", 4, "train.checkpointEvery", 1)));
        config = injector.getInstance(ExperimentConfig.class);
        training = injector.getInstance(TrainingRun.class);
        reference = training.run(config, SEED, new RunStore(dir.resolve("reference")), RunProgress.NONE);
    }

    /** A run stopped after episode 3: checkpoints 2 and 3, progress.json naming 3. */
    private RunStore interruptedRun(String name) throws IOException {
        RunStore store = new RunStore(dir.resolve(name));
        StopSignal stop = StopSignal.never();
        RunProgress stopAfterThree = new RunProgress() {
            @Override
            public void trainingEpisode(CurvePoint point) {
                if (point.episode() == 3) {
                    stop.raise(StopSignal.SIGTERM);
                }
            }
        };
        assertThatThrownBy(() -> training.run(config, SEED, store, stopAfterThree, stop))
                .isInstanceOf(RunStoppedException.class).hasMessage("interrupted; re-run the same command to resume");
        assertThat(store.progress()).hasValueSatisfying(p -> assertThat(p.episode()).isEqualTo(3));
        assertThat(names(store)).contains("checkpoint-000002.bin", "checkpoint-000003.bin")
                .doesNotContain("checkpoint-000001.bin");
        return store;
    }

    private RunStore finishedRun(String name) throws IOException {
        RunStore store = new RunStore(dir.resolve(name));
        training.run(config, SEED, store, RunProgress.NONE);
        return store;
    }

    /** Runs to the end (resuming what is there), checks the result and returns the WARN lines. */
    private List<String> resumeAndCompare(RunStore store, int[] trainedFrom) throws IOException {
        int[] first = {Integer.MAX_VALUE};
        RunProgress firstEpisode = new RunProgress() {
            @Override
            public void trainingEpisode(CurvePoint point) {
                first[0] = Math.min(first[0], point.episode());
            }
        };
        List<String> warnings;
        try (CapturedWarnings captured = new CapturedWarnings()) {
            RunResult result = training.run(config, SEED, store, firstEpisode);
            warnings = captured.warnings();
            assertThat(result.evaluation()).usingRecursiveComparison().isEqualTo(reference.evaluation());
            assertThat(result.curve()).isEqualTo(reference.curve());
        }
        trainedFrom[0] = first[0];
        // Nothing stays behind: no checkpoint, no progress, no damaged file set aside, no temporary file.
        assertThat(names(store)).containsExactlyInAnyOrder("agent.ckpt", "build.txt", "result.json", Provenance.FILE);
        return warnings;
    }

    private static List<String> names(RunStore store) throws IOException {
        try (Stream<Path> files = Files.list(store.dir())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void truncate(Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    private static void flip(Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = Math.min(bytes.length - 1, (int) (bytes.length * fraction));
        bytes[at] ^= 0x24;     // in JSON, e.g. '0' <-> '4': still well-formed, but not the same number
        Files.write(file, bytes);
    }

    @Test
    void anUninterruptedResumeStartsAfterTheLastCheckpointWithoutAWarning() throws IOException {
        int[] from = new int[1];
        assertThat(resumeAndCompare(interruptedRun("clean"), from)).isEmpty();
        assertThat(from[0]).isEqualTo(4);
    }

    @ParameterizedTest(name = "cut at {0} of its length")
    @ValueSource(doubles = {0.0, 0.01, 0.5, 0.99})
    void aTruncatedNewestCheckpointFallsBackToThePreviousOne(double fraction) throws IOException {
        RunStore store = interruptedRun("ckpt-cut-" + fraction);
        truncate(store.dir().resolve("checkpoint-000003.bin"), fraction);
        int[] from = new int[1];
        List<String> warnings = resumeAndCompare(store, from);
        assertThat(warnings).singleElement().asString().contains("checkpoint-000003.bin")
                .containsAnyOf("truncated", "corrupt");
        assertThat(from[0]).as("resumed after episode 2").isEqualTo(3);
    }

    @Test
    void aCheckpointCorruptedAnywhereFailsItsCrcAndFallsBack() throws IOException {
        for (double fraction : OFFSETS) {
            RunStore store = interruptedRun("ckpt-flip-" + fraction);
            flip(store.dir().resolve("checkpoint-000003.bin"), fraction);
            int[] from = new int[1];
            List<String> warnings = resumeAndCompare(store, from);
            assertThat(warnings).as("flipped at %s", fraction).singleElement().asString()
                    .contains("checkpoint-000003.bin");
            assertThat(from[0]).isEqualTo(3);
        }
    }

    @Test
    void withBothCheckpointsDamagedTheRunStartsOver() throws IOException {
        RunStore store = interruptedRun("both");
        truncate(store.dir().resolve("checkpoint-000003.bin"), 0.5);
        flip(store.dir().resolve("checkpoint-000002.bin"), 0.5);
        int[] from = new int[1];
        List<String> warnings = resumeAndCompare(store, from);
        assertThat(warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("checkpoint-000003.bin"))
                .anySatisfy(w -> assertThat(w).contains("checkpoint-000002.bin"));
        assertThat(from[0]).isEqualTo(1);
    }

    @ParameterizedTest(name = "cut at {0} of its length")
    @ValueSource(doubles = {0.0, 0.5, 0.99})
    void aTruncatedProgressFileIsReportedAndTheNewestCheckpointIsFoundByName(double fraction) throws IOException {
        RunStore store = interruptedRun("progress-cut-" + fraction);
        truncate(store.dir().resolve("progress.json"), fraction);
        int[] from = new int[1];
        List<String> warnings = resumeAndCompare(store, from);
        assertThat(warnings).singleElement().asString().contains("progress.json");
        assertThat(from[0]).isEqualTo(4);
    }

    @Test
    void aProgressFileOfAnotherFormatIsReported() throws IOException {
        RunStore store = interruptedRun("progress-other");
        Files.writeString(store.dir().resolve("progress.json"), "[1, 2, 3]");
        int[] from = new int[1];
        assertThat(resumeAndCompare(store, from)).singleElement().asString().contains("progress.json");
        assertThat(from[0]).isEqualTo(4);
    }

    @Test
    void aTemporaryFileLeftByAKillDuringACheckpointWriteIsIgnoredAndRemoved() throws IOException {
        RunStore store = interruptedRun("temp");
        byte[] half = Arrays.copyOf(Files.readAllBytes(store.dir().resolve("checkpoint-000003.bin")), 1000);
        Files.write(store.dir().resolve(".checkpoint-000004.bin1234567.tmp"), half);
        int[] from = new int[1];
        assertThat(resumeAndCompare(store, from)).isEmpty();
        assertThat(from[0]).isEqualTo(4);
    }

    @Test
    void aResultCutShortAnywhereIsReportedOnceAndOnlyThatRunIsRecomputed() throws IOException {
        for (double fraction : OFFSETS) {
            RunStore store = finishedRun("result-cut-" + fraction);
            truncate(store.dir().resolve("result.json"), fraction);
            int[] from = new int[1];
            List<String> warnings = resumeAndCompare(store, from);
            assertThat(warnings).as("cut at %s", fraction).singleElement().asString().contains("result.json");
            assertThat(from[0]).as("retrained").isEqualTo(1);
            // and the next run finds it intact
            try (CapturedWarnings captured = new CapturedWarnings()) {
                assertThat(store.result()).isPresent();
                assertThat(captured.warnings()).isEmpty();
            }
        }
    }

    @Test
    void aResultWithAChangedDigitFailsItsCrc() throws IOException {
        RunStore store = finishedRun("result-digit");
        Path file = store.dir().resolve("result.json");
        String text = Files.readString(file);
        int at = text.indexOf("\"avg\" : ") + "\"avg\" : ".length() + 3;
        char digit = text.charAt(at);
        Files.writeString(file, text.substring(0, at) + (digit == '7' ? '8' : '7') + text.substring(at + 1));
        int[] from = new int[1];
        assertThat(resumeAndCompare(store, from)).singleElement().asString().contains("result.json")
                .contains("CRC-32");
        assertThat(from[0]).isEqualTo(1);
    }

    @Test
    void aResultOfAnotherFormatIsRecomputed() throws IOException {
        for (String other : new String[] {"{}", "[]", "\"text\"", "{\"method\":\"foci\"}", "\u0000\u0001binary"}) {
            RunStore store = finishedRun("result-other-" + Math.abs(other.hashCode()));
            Files.writeString(store.dir().resolve("result.json"), other);
            int[] from = new int[1];
            assertThat(resumeAndCompare(store, from)).as(other).singleElement().asString().contains("result.json");
            assertThat(from[0]).isEqualTo(1);
        }
    }

    @Test
    void aDamagedBuildFileStartsTheRunOver() throws IOException {
        RunStore store = interruptedRun("build");
        truncate(store.dir().resolve("build.txt"), 0.5);
        int[] from = new int[1];
        List<String> warnings = resumeAndCompare(store, from);
        assertThat(warnings).singleElement().asString().contains("another build");
        assertThat(from[0]).isEqualTo(1);
    }
}
