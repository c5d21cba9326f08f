package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foci.experiments.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSummaryAndThePictures() throws IOException {
        CliRun run = CliRun.of("scenario", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = Json.MAPPER.readTree(dir.resolve("scenario.json").toFile());
        for (String key : new String[] {"devices", "edges", "sms", "perceptionRadiusM", "segmentsTrain", "segmentsEval",
            "skippedRows", "meanNearestEdgeDistanceM", "fractionWithoutEdgeInRange", "fullLocalLatencyMs",
            "fullLocalEnergyMj"}) {
            assertThat(summary.has(key)).as(key).isTrue();
        }
        assertThat(summary.get("devices").asInt()).isEqualTo(240);
        assertThat(summary.get("perceptionRadiusM").asDouble()).isBetween(300.0, 340.0);
        for (String png : new String[] {"heatmap.png", "dvfs.png", "layers.png"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(png));
            assertThat(bytes).hasSizeGreaterThan(1000);
            assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
        assertThat(run.out()).contains("perceptionRadiusM");
    }

    @Test
    void aTraceThatIsNotPortoFailsNamingTheFileAndLine() throws IOException {
        Path trace = dir.resolve("other.csv");
        Files.writeString(trace, "a,b,c\n1,2,3\n");
        CliRun run = CliRun.of("scenario", "--trace", trace.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(trace.toString()).contains("line 1").doesNotContain("\tat ");
        assertThat(dir.resolve("out/scenario.json")).doesNotExist();
    }

    @Test
    void anUnknownSettingFailsBeforeAnythingRuns() {
        CliRun run = CliRun.of("scenario", "--set", "env.devicez=3", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("env.devicez is not a known key");
    }
}
