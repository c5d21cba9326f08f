package org.foci.experiments.city;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.foci.experiments.cli.CliRun;
import org.foci.experiments.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's five methods train and evaluate through the command line in the city presets' frame. */
class CityFrameReproduceTest {

    @TempDir
    Path dir;

    @Test
    void theStudysMethodsRunInTheNearestEdgeFrame() throws IOException {
        Path out = dir.resolve("city");
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", "nsg,iql,amfq,coa-only,foci",
                "--set", "env.edges=12", "--set", "env.edgeSlots=3", "--set", "mobility.plugin=random-waypoint",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode table = Json.MAPPER.readTree(out.resolve("table1.json").toFile());
        assertThat(table.toString()).contains("coa-only").contains("amfq");
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.at("/resolved/foci/env.edgeSlots").asText()).isEqualTo("3");
        for (String method : new String[] {"iql", "amfq", "coa-only", "foci"}) {
            JsonNode result = Json.MAPPER.readTree(out.resolve("runs/" + method + "/seed-1/result.json").toFile());
            assertThat(result.at("/evaluation").isMissingNode()).as(method).isFalse();
        }
    }
}
