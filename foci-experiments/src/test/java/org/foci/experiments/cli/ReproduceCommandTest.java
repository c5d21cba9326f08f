package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foci.experiments.io.Json;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end on the smoke preset: outputs, determinism, resumption, re-running from config.json. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReproduceCommandTest {

    @TempDir
    static Path dir;

    private static final String METHODS = "alp,nsg,foci";

    @Test
    @Order(1)
    void writesTableFiguresReportAndConfiguration() throws IOException {
        Path out = dir.resolve("first");
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", METHODS, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String file : new String[] {"table1.md", "table1.csv", "table1.json", "report.md", "report.html",
            "config.json", "figures/fig4a-latency.png", "figures/fig4b-energy.png", "figures/fig3-switches.png",
            "figures/training-cost.png", "figures/cost-cdf.png", "figures/fig5a-heatmap.png",
            "runs/foci/seed-1/result.json", "runs/foci/seed-1/agent.ckpt", "runs/foci/seed-1/provenance.json",
            "provenance.json"}) {
            assertThat(out.resolve(file)).as(file).isRegularFile();
        }
        String csv = Files.readString(out.resolve("table1.csv"));
        assertThat(csv).startsWith("method,metric,mean,ci95,seeds\n").contains("alp,latencyAvgMs,")
                .contains("foci,costMax,").doesNotContain(dir.toString());
        assertThat(Files.readString(out.resolve("table1.md"))).contains("*34.20/39.51*").contains("| FOCI");
        assertThat(Files.readString(out.resolve("report.html"))).contains("data:image/png;base64,");
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.at("/job/preset").asText()).isEqualTo("smoke");
        assertThat(config.at("/resolved/foci/agent.plugin").asText()).isEqualTo("dueling-ddqn");
        assertThat(config.at("/resolved/foci/shaping.plugin").asText()).isEqualTo("ipls-minrisk");
        assertThat(run.out()).contains("Table 1");
        // where and with which numerics: FOCI's run loaded the portable kernel, ALP's process-level record says so
        JsonNode provenance = Json.MAPPER.readTree(out.resolve("provenance.json").toFile());
        assertThat(provenance.at("/runs/foci~1seed-1/blasCore").asText()).isEqualToIgnoringCase("Haswell");
        assertThat(provenance.at("/runs/foci~1seed-1/blasMode").asText()).isEqualTo("portable");
        assertThat(provenance.at("/thisProcess/cpu").asText()).isNotBlank();
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Machine and numerics")
                .contains("BLAS portable, kernel Haswell");
    }

    @Test
    @Order(2)
    void aSecondRunOfTheSameConfigurationGivesAByteIdenticalTable() throws IOException {
        Path out = dir.resolve("second");
        Path config = dir.resolve("first/config.json");
        CliRun run = CliRun.of("reproduce", "--config", config.toString(), "--out", out.toString(), "--jobs", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("table1.csv")))
                .isEqualTo(Files.readString(dir.resolve("first/table1.csv")));
        assertThat(Files.readString(out.resolve("table1.json")))
                .isEqualTo(Files.readString(dir.resolve("first/table1.json")));
    }

    @Test
    @Order(3)
    void reRunningIntoTheSameFolderDoesNotRetrainFinishedRuns() throws IOException {
        Path out = dir.resolve("first");
        Path result = out.resolve("runs/foci/seed-1/result.json");
        long before = Files.getLastModifiedTime(result).toMillis();
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", METHODS, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.getLastModifiedTime(result).toMillis()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aSavedAgentIsEvaluatedAgainAndAForeignCheckpointIsRefused() throws IOException {
        Path checkpoint = dir.resolve("first/runs/foci/seed-1/agent.ckpt");
        Path output = dir.resolve("evaluation.json");
        CliRun run = CliRun.of("evaluate", "--method", "foci", "--checkpoint", checkpoint.toString(),
                "--preset", "smoke", "--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("foci on 2 held-out episodes").contains("avg latency (ms)");
        JsonNode evaluation = Json.MAPPER.readTree(output.toFile());
        JsonNode reproduced = Json.MAPPER.readTree(dir.resolve("first/runs/foci/seed-1/result.json").toFile());
        assertThat(evaluation.get("cost")).isEqualTo(reproduced.at("/evaluation/cost"));

        CliRun foreign = CliRun.of("evaluate", "--method", "foci", "--preset", "smoke", "--checkpoint",
                dir.resolve("first/runs/alp/seed-1/agent.ckpt").toString());
        assertThat(foreign.exitCode()).isEqualTo(2);
        assertThat(foreign.err()).contains("cannot be restored into foci").doesNotContain("\tat ");
        assertThat(CliRun.of("evaluate", "--method", "foci", "--checkpoint", "nope.ckpt").err())
                .contains("nope.ckpt: no such checkpoint file");
    }

    @Test
    @Order(5)
    void aFolderHoldingAnotherConfigurationIsRefused() {
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", METHODS, "--set", "env.devices=12",
                "--out", dir.resolve("first").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("holds the results of another configuration");
    }

    @Test
    void badValuesAndUnknownKeysFailBeforeAnythingRunsAllAtOnce() {
        Path out = dir.resolve("never");
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--set", "env.devices=-3",
                "--set", "agent.learningRat=1", "--set", "shaping.plugin=nope", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("env.devices").contains("-3").contains("agent.learningRat is not a known key")
                .contains("shaping.plugin must name a known allocator").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownPresetOrMethodIsNamed() {
        assertThat(CliRun.of("reproduce", "--preset", "huge").err())
                .contains("--preset must name a known preset (available: [city-100x, city-10x, paper, quick, smoke]), but was 'huge'");
        assertThat(CliRun.of("reproduce", "--preset", "smoke", "--methods", "alp,xyz").err())
                .contains("--methods must name a known method (available: [").contains("but was 'xyz'");
    }
}
