package org.foci.experiments.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.foci.agents.numerics.BlasRuntime;
import org.foci.api.Settings;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.config.TestModules;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.io.Json;
import org.foci.experiments.run.RunProgress;
import org.foci.experiments.run.RunResult;
import org.foci.experiments.run.RunStore;
import org.foci.experiments.run.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-CPU determinism, checked on every build: a short training and evaluation of two learners (FOCI:
 * oracle reward and competitor-aware records; AMFQ: own QoS and the proximity mean field) must give the
 * committed hashes, bit for bit, on whatever x86-64 machine runs the tests. The committed hashes were made in
 * portable BLAS mode; a machine that gives other bits computes differently (docs/architecture.md,
 * "Determinism"). A change that alters the arithmetic on purpose regenerates them with
 * {@code mvn -pl foci-experiments test -Dtest=GoldenHashTest -Dfoci.golden.update=true} and says why in its
 * commit.
 */
class GoldenHashTest {

    private static final ScalePreset SMOKE = ScalePreset.of(new ScalePresets.Smoke());
    private static final Method FOCI = Method.of(new PaperMethods.Foci());
    private static final Method AMFQ = Method.of(new PaperMethods.Amfq());

    private static final String RESOURCE = "golden-hashes.properties";
    private static final Path SOURCE_FILE =
            Path.of("src/test/resources/org/foci/experiments/determinism").resolve(RESOURCE);
    private static final long SEED = 1;
    private static final List<Method> METHODS = List.of(FOCI, AMFQ);

    @TempDir
    Path dir;

    @Test
    void shortRunsGiveTheCommittedBits() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (Method method : METHODS) {
            actual.putAll(hashes(method));
        }
        if (Boolean.getBoolean("foci.golden.update")) {
            write(actual);
            return;
        }
        Map<String, String> committed = committed();
        Map<String, String> differing = new LinkedHashMap<>();
        actual.forEach((key, value) -> {
            if (!value.equals(committed.get(key))) {
                differing.put(key, "committed " + committed.get(key) + ", this machine " + value);
            }
        });
        assertThat(differing)
                .as("this machine gives other bits than the committed golden runs (%s).%n"
                        + "Either this machine computes differently (see docs/architecture.md, \"Determinism\": the "
                        + "promise holds in portable BLAS mode on x86-64 CPUs with AVX2 and FMA), or the change "
                        + "under test alters the arithmetic: then regenerate with -Dfoci.golden.update=true and say "
                        + "why in the commit", BlasRuntime.current().map(b -> b.describe().toString()).orElse("?"))
                .isEmpty();
        assertThat(committed.keySet()).as("hash names").isEqualTo(actual.keySet());
    }

    /** The result's (evaluation and training curve) and the final agent's hashes of one method's run. */
    private Map<String, String> hashes(Method method) throws IOException {
        Injector injector = Guice.createInjector(TestModules.compose(SMOKE, method,
                Settings.of("train.episodes", 4)));
        ExperimentConfig config = injector.getInstance(ExperimentConfig.class);
        RunStore store = new RunStore(dir.resolve(method.name()));
        RunResult result = injector.getInstance(TrainingRun.class).run(config, SEED, store, RunProgress.NONE);
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(method.name() + ".evaluation", sha256(Json.MAPPER.writeValueAsBytes(result.evaluation())));
        hashes.put(method.name() + ".curve", sha256(Json.MAPPER.writeValueAsBytes(result.curve())));
        hashes.put(method.name() + ".agent", sha256(Files.readAllBytes(store.dir().resolve("agent.ckpt"))));
        return hashes;
    }

    private static Map<String, String> committed() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GoldenHashTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("committed hashes %s", RESOURCE).isNotNull();
            properties.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static void write(Map<String, String> hashes) throws IOException {
        StringBuilder text = new StringBuilder("# SHA-256 of short deterministic runs (GoldenHashTest), portable BLAS mode.\n"
                + "# Written by -Dfoci.golden.update=true on: "
                + BlasRuntime.current().map(b -> b.describe().toString()).orElse("?") + "\n");
        hashes.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try (OutputStream out = Files.newOutputStream(SOURCE_FILE)) {
            out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
