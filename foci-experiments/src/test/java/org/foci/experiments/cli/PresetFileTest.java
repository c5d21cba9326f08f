package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foci.experiments.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --preset-file}: a scale preset from a settings file, and its mistakes named with file, key and value. */
class PresetFileTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aPresetFromAFileRunsWithItsSettingsAndSeedsAndIsRecordedInTheJob() throws IOException {
        Path preset = file("tiny.json", """
                {"name": "tiny", "description": "two short episodes", "seeds": 2,
                 "settings": {"env": {"devices": 12, "edges": 2, "episodeSeconds": 150},
                              "train.episodes": 2, "train.evalEpisodes": 1, "train.evalEvery": 2,
                              "agent.warmupTransitions": 32}}
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("reproduce", "--preset-file", preset.toString(), "--methods", "alp,iql",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.at("/job/preset").asText()).isEqualTo("tiny");
        assertThat(config.at("/job/presetFile").asText()).isEqualTo(preset.toString());
        assertThat(config.at("/job/seeds").asInt()).isEqualTo(2);
        assertThat(config.at("/resolved/iql/env.devices").asText()).isEqualTo("12");
        assertThat(config.at("/resolved/iql/train.episodes").asText()).isEqualTo("2");
        assertThat(config.at("/resolved/iql/agent.warmupTransitions").asText()).isEqualTo("32");
        assertThat(config.at("/resolved/alp/train.episodes").asText()).as("the method's settings win").isEqualTo("0");
        assertThat(Files.readString(out.resolve("table1.csv"))).contains("iql,costAvg,").contains(",2\n");
    }

    @Test
    void aPropertiesPresetWorksToo() throws IOException {
        Path preset = file("tiny.properties", """
                name=tiny-props
                seeds=1
                settings.env.devices=12
                settings.env.edges=2
                settings.env.episodeSeconds=150
                settings.train.evalEpisodes=1
                """);
        Path out = dir.resolve("props");
        CliRun run = CliRun.of("reproduce", "--preset-file", preset.toString(), "--methods", "nsg",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.MAPPER.readTree(out.resolve("config.json").toFile()).at("/job/preset").asText())
                .isEqualTo("tiny-props");
    }

    @Test
    void aBadKeyOrValueIsNamedWithTheFileAndNothingRuns() throws IOException {
        Path preset = file("bad.json", """
                {"name": "bad", "seeds": 0, "colour": "blue",
                 "settings": {"train": {"episodez": 2}, "env.devices": -3, "agent.learningRate": 0.001}}
                """);
        Path out = dir.resolve("never");
        CliRun run = CliRun.of("reproduce", "--preset-file", preset.toString(), "--methods", "alp",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("foci reproduce: " + preset + ": 4 problems:")
                .contains("colour is not a known key").contains("seeds must be >= 1, but was '0'")
                .contains("settings.train.episodez is not a known key")
                .contains("settings.env.devices must be in [1, 10000000], but was '-3'")
                .doesNotContain("learningRate").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFileOrNameIsNamed() throws IOException {
        CliRun missing = CliRun.of("reproduce", "--preset-file", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such settings file").doesNotContain("\tat ");

        Path nameless = file("nameless.properties", "seeds=1\n");
        assertThat(CliRun.of("train", "--method", "alp", "--preset-file", nameless.toString()).err())
                .contains(nameless + ": name is missing: a preset file must name its preset");
        assertThat(CliRun.of("reproduce", "--preset", "smoke", "--preset-file", nameless.toString()).err())
                .contains("--preset and --preset-file exclude each other");
    }
}
