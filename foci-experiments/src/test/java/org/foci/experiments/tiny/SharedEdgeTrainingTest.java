package org.foci.experiments.tiny;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.foci.experiments.cli.CliRun;
import org.foci.experiments.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bring your own environment: a simulator that implements the core API only runs through {@code foci train}
 * with IQL, chosen by {@code env.plugin}, and learns to beat the policies a shared network gives without
 * learning (all devices alike: cost 1) towards the closed-form optimum.
 */
class SharedEdgeTrainingTest {

    @TempDir
    Path dir;

    @Test
    void iqlTrainsOnACoreOnlyEnvironment() throws IOException {
        String[] args = {"train", "--method", "iql", "--preset", "smoke", "--out", dir.toString(),
            "--set", "env.plugin=shared-edge", "--set", "env.devices=4", "--set", "env.sms=4",
            "--set", "train.episodes=40", "--set", "train.evalEvery=10", "--set", "agent.epsilonDecay=0.9"};
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun again = CliRun.of(args);
        assertThat(again.exitCode()).as("the finished run's result (with NaN metrics) is read back: %s", again.err())
                .isZero();
        assertThat(again.out()).isEqualTo(run.out());
        JsonNode evaluation = Json.MAPPER.readTree(dir.resolve("runs/iql/seed-1/result.json").toFile())
                .get("evaluation");
        double cost = evaluation.get("cost").get("avg").asDouble();
        double optimum = SharedEdgeEnvironment.meanCost(4, 4, SharedEdgeEnvironment.optimalOffloaders(4, 4));
        assertThat(cost).as("learned mean cost; all-local and all-offload cost 1, the optimum %s", optimum)
                .isLessThan(0.95).isGreaterThanOrEqualTo(optimum - 1e-6);
        assertThat(evaluation.get("latencyMs").get("avg").asText()).as("not measured by this environment")
                .isEqualTo("NaN");
    }
}
