package org.foci.sweep.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foci.experiments.cli.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridFileTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void axesAreReadInFileOrderWithValuesAsText() throws IOException {
        SweepGrid grid = GridFile.read(file("grid.yaml", """
                method: [foci, nsg]
                seed: [1, 2, 3]
                env.devices: [240, 480]
                agent:
                  learningRate: [1e-4, 3.0e-4, 0.001]
                train.episodes: 50
                """));
        assertThat(grid.axes()).extracting(Axis::key)
                .containsExactly("method", "seed", "env.devices", "agent.learningRate", "train.episodes");
        assertThat(grid.axis("agent.learningRate").orElseThrow().values()).containsExactly("0.0001", "0.0003", "0.001");
        assertThat(grid.axis("train.episodes").orElseThrow().values()).containsExactly("50");
        assertThat(grid.settingKeys()).containsExactly("env.devices", "agent.learningRate", "train.episodes");
        assertThat(grid.runs()).isEmpty();
    }

    @Test
    void jsonGridsReadLikeYaml() throws IOException {
        SweepGrid grid = GridFile.read(file("grid.json",
                "{\"method\": \"nsg\", \"seed\": [1, 2], \"env\": {\"devices\": [24, 48]}, \"agent.learningRate\": 1e-4}"));
        assertThat(grid.axis("method").orElseThrow().values()).containsExactly("nsg");
        assertThat(grid.axis("env.devices").orElseThrow().values()).containsExactly("24", "48");
        assertThat(grid.axis("agent.learningRate").orElseThrow().values()).containsExactly("0.0001");
    }

    @Test
    void explicitRunsAreOneAxisAtTheirPlaceInTheFile() throws IOException {
        SweepGrid grid = GridFile.read(file("grid.yaml", """
                runs:
                  - {method: foci, env.devices: 240}
                  - method: nsg
                    env: {devices: 480}
                seed: [1, 2]
                """));
        assertThat(grid.runs()).containsExactly(Map.of("method", "foci", "env.devices", "240"),
                Map.of("method", "nsg", "env.devices", "480"));
        assertThat(grid.runsAt()).isZero();
        assertThat(grid.axes()).extracting(Axis::key).containsExactly("seed");
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnceNamingFileAndKey() throws IOException {
        Path path = file("bad.yaml", """
                method: [foci, fooci]
                seed: [1, 1.5]
                env.devices: []
                agent.learningRate: [1e-4, 1e-4]
                env.edges: [[3, 4]]
                seeds: [1, 2]
                """);
        assertThatThrownBy(() -> GridFile.read(path)).isInstanceOf(UserException.class)
                .hasMessageStartingWith(path + ": 6 problems:")
                .hasMessageContaining("method[1]: unknown method 'fooci' (available: alp, nsg, iql, amfq, ofr-only, "
                        + "coa-only, foci)")
                .hasMessageContaining("seed[1]: a seed must be a whole number, but was '1.5'")
                .hasMessageContaining("env.devices: an empty axis; list at least one value")
                .hasMessageContaining("agent.learningRate: repeats the value 0.0001")
                .hasMessageContaining("env.edges[0]: must be a number, text or boolean, but was a list")
                .hasMessageContaining("seeds: not a key of a grid");
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws IOException {
        Path path = file("broken.yaml", "method: [foci, nsg\nseed: [1, 2]\n");
        assertThatThrownBy(() -> GridFile.read(path)).isInstanceOf(UserException.class)
                .hasMessageStartingWith(path + ": malformed YAML at line ");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws IOException {
        Path path = file("broken.json", "{\"method\": [\"nsg\"],\n \"seed\": [1,, 2]}");
        assertThatThrownBy(() -> GridFile.read(path)).isInstanceOf(UserException.class)
                .hasMessageStartingWith(path + ": malformed JSON at line 2");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        Path path = file("twice.yaml", "method: nsg\nseed: [1]\nseed: [2]\n");
        assertThatThrownBy(() -> GridFile.read(path)).isInstanceOf(UserException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("seed");
    }

    @Test
    void aGridWithoutMethodsSaysHowToName() throws IOException {
        Path path = file("nomethod.yaml", "seed: [1, 2]\n");
        assertThatThrownBy(() -> GridFile.read(path)).isInstanceOf(UserException.class)
                .hasMessage(path + ": no method: add an axis such as 'method: [foci, nsg]' (available: alp, nsg, iql, "
                        + "amfq, ofr-only, coa-only, foci)");
    }

    @Test
    void runProblemsNameTheRunAndKey() throws IOException {
        Path path = file("runs.yaml", """
                seed: [1]
                runs:
                  - {method: nsg, env.devices: [24, 48]}
                  - {env.devices: 24}
                  - {method: iql, seed: 2}
                  - 7
                """);
        assertThatThrownBy(() -> GridFile.read(path)).isInstanceOf(UserException.class)
                .hasMessageContaining("runs[0].env.devices: a run takes a single value, but was a list")
                .hasMessageContaining("runs[1]: names no method, and the grid has no method axis")
                .hasMessageContaining("runs[2].seed: also a top-level axis; set it in one place")
                .hasMessageContaining("runs[3]: must be a mapping of keys to single values");
    }

    @Test
    void emptyAndMissingFilesAreNamed() throws IOException {
        Path empty = file("empty.yaml", "");
        assertThatThrownBy(() -> GridFile.read(empty)).hasMessageStartingWith(empty + ": is empty");
        Path list = file("list.yaml", "- method: nsg\n");
        assertThatThrownBy(() -> GridFile.read(list)).hasMessage(list + ": must be a mapping of axes (key: [values]), "
                + "but is a list");
        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> GridFile.read(missing)).hasMessage(missing + ": no such grid file");
    }

    @Test
    void aSingleValueIsAFixedOneValueAxis() throws IOException {
        SweepGrid grid = GridFile.read(file("fixed.yaml", "method: nsg\nenv.devices: 24\n"));
        assertThat(grid.axes()).containsExactly(new Axis("method", List.of("nsg")),
                new Axis("env.devices", List.of("24")));
    }
}
