package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OracleCommandTest {

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path path = dir.resolve("instances.json");
        Files.writeString(path, json);
        return path;
    }

    @Test
    void solvesEveryInstanceAndPrintsAllocationsWithTheirWorstCost() throws IOException {
        Path input = file("{\"instances\":[{\"sms\":6,\"devices\":[{\"rc\":1,\"rf\":4},{\"rc\":0,\"rf\":1}]},"
                + "{\"sms\":3,\"devices\":[]}]}");
        CliRun run = CliRun.of("oracle", "--allocator", "worst-first", "--input", input.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("allocator").asText()).isEqualTo("worst-first");
        assertThat(result.get("results")).hasSize(2);
        JsonNode first = result.get("results").get(0);
        assertThat(first.get("allocation").toString()).isEqualTo("[5,1]");
        assertThat(first.get("worstCost").asDouble()).isEqualTo(1.8);
        assertThat(result.get("results").get(1).get("worstCost").isNull()).isTrue();
    }

    @Test
    void writesTheOutputFileWhenAsked() throws IOException {
        Path input = file("{\"instances\":[{\"sms\":2,\"devices\":[{\"rc\":1,\"rf\":4}]}]}");
        Path output = dir.resolve("out/result.json");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString(), "-o", output.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(output)).contains("\"allocation\" : [ 2 ]");
        try (var files = Files.list(output.getParent())) {
            assertThat(files).containsExactly(output);
        }
    }

    @Test
    void aMissingFieldNamesTheInstanceAndField() throws IOException {
        Path input = file("{\"instances\":[{\"sms\":6,\"devices\":[]},{\"sms\":6,\"devices\":[{\"rc\":1}]}]}");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("instances[1].devices[0].rf must be a finite number >= 0, but was missing")
                .doesNotContain("at org.");
    }

    @Test
    void anInvalidValueNamesTheInstanceFieldAndValue() throws IOException {
        Path input = file("{\"instances\":[{\"sms\":6,\"devices\":[{\"rc\":-1,\"rf\":2}]}]}");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("instances[0].devices[0].rc must be a finite number >= 0, but was -1");
    }

    @Test
    void tooFewSmsNamesTheInstance() throws IOException {
        Path input = file("{\"instances\":[{\"sms\":1,\"devices\":[{\"rc\":1,\"rf\":2},{\"rc\":1,\"rf\":2}]}]}");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString());
        assertThat(run.err()).contains("instances[0].sms must be >= the number of devices (2), but was 1");
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        Path input = file("{\"instances\":[\n{\"sms\":6,,}]}");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(input + ": malformed JSON at line 2");
    }

    @Test
    void anUnknownFieldIsRejected() throws IOException {
        Path input = file("{\"instances\":[{\"sms\":6,\"devices\":[{\"rc\":1,\"rF\":2}]}]}");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString());
        assertThat(run.err()).contains("instances[0].devices[0] has unknown field 'rF' (expected [rc, rf])");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void anUnknownAllocatorListsTheAvailableOnes() throws IOException {
        Path input = file("{\"instances\":[]}");
        CliRun run = CliRun.of("oracle", "-a", "no-such", "-i", input.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--allocator must name a known allocator (available: [")
                .contains("worst-first").contains("but was 'no-such'");
    }

    @Test
    void aSettingTheAllocatorDoesNotHaveIsRejected() throws IOException {
        Path input = file("{\"instances\":[]}");
        CliRun run = CliRun.of("oracle", "-a", "worst-first", "-i", input.toString(), "--epsilon", "0.01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("epsilon is not a known key");
    }
}
