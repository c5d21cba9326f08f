package org.foci.sweep.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.foci.api.ConfigurationException;
import org.foci.experiments.io.Json;
import org.foci.experiments.report.Metric;
import org.foci.sweep.grid.SweepPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One task outside Spark: what an executor does with one point. */
class RunTaskTest {

    @TempDir
    Path runs;

    @Test
    void aRunWritesItsFilesAndReturnsItsMetrics() throws Exception {
        SweepPoint point = new SweepPoint(0, "smoke", "nsg", 1, Map.of("env.devices", "12"));
        SweepRow row = new RunTask(runs).call(point);
        assertThat(row.status()).isEqualTo(RunStatus.OK);
        assertThat(row.metric(Metric.COST_AVG)).isPositive();
        assertThat(row.executorId()).isEqualTo("none");
        Path dir = runs.resolve(point.runId());
        assertThat(dir.resolve("result.json")).isRegularFile();
        JsonNode run = Json.MAPPER.readTree(dir.resolve(RunTask.RUN_FILE).toFile());
        assertThat(run.get("settings").get("env.devices").asText()).isEqualTo("12");
        assertThat(run.get("resolved").get("env.devices").asText()).isEqualTo("12");
        assertThat(run.get("resolved").get("agent.plugin").asText()).isEqualTo("neurosurgeon");

        SweepRow again = new RunTask(runs).call(point);
        assertThat(again.status()).isEqualTo(RunStatus.REUSED);
        assertThat(again.metrics()).isEqualTo(row.metrics());
        assertThat(again.wallSeconds()).isEqualTo(row.wallSeconds());
    }

    @Test
    void anUnknownPlugInIsAFailedRowNamingKeyValueAndTheAvailableOnes() throws Exception {
        SweepPoint point = new SweepPoint(0, "smoke", "nsg", 1, Map.of("shaping.plugin", "fair-ish"));
        SweepRow row = new RunTask(runs).call(point);
        assertThat(row.status()).isEqualTo(RunStatus.FAILED);
        assertThat(row.error()).contains("shaping.plugin", "'fair-ish'", "ipls-minrisk");
        assertThat(Files.readString(runs.resolve(point.runId()).resolve(RunTask.ERROR_FILE)))
                .startsWith("run " + point.runId() + ": nsg s1 shaping.plugin=fair-ish")
                .contains("ConfigurationException");
    }

    @Test
    void reasonsAreOneLineNamingTheConfigurationProblemOrTheRootCause() {
        assertThat(RunTask.reason(new IllegalStateException("wrapped", new ConfigurationException(java.util.List.of(
                new org.foci.api.ConfigurationProblem("env.devices", "-1", "must be > 0"),
                new org.foci.api.ConfigurationProblem("env.edges", "0", "must be > 0"))))))
                .isEqualTo("2 configuration problems: env.devices must be > 0, but was '-1'; "
                        + "env.edges must be > 0, but was '0'");
        assertThat(RunTask.reason(new UncheckedIOException("reading trace", new IOException("disk gone"))))
                .isEqualTo("UncheckedIOException: reading trace (cause: IOException: disk gone)");
    }
}
