package org.foci.experiments.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.example.faulty.FaultyAgentProvider;
import org.example.faulty.FaultyAllocatorProvider;
import org.example.faulty.FaultyAugmenterProvider;
import org.foci.experiments.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plug-ins that break their contracts (org.example.faulty, found by ServiceLoader as a researcher's jar
 * would be) are stopped at the boundary: exit 2, one line naming the plug-in's role, name and class,
 * the episode and step, and the rule; no stack trace.
 */
class MisbehavingPluginTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
        // method | slot | fault | afterCalls | what the message says
        "nsg | runtime   | sum-over     | 30 | it handed out 25 SMs of the edge's 24",
        "nsg | runtime   | zero         | 0  | it gave 0 SMs to device",
        "nsg | shaping   | nan          | 0  | it returned the worst cost NaN",
        "nsg | shaping   | wrong-worst  | 7  | but the worst cost of the allocation it wrote is",
        "nsg | shaping   | throws       | 0  | it threw java.lang.IllegalStateException: test allocator fails on purpose",
        "alp | augmenter | short        | 3  | declared 4 features per device (featureCount) but left feature 3",
        "alp | augmenter | wide         | 0  | did it write more than its featureCount = 4 columns per device?",
        "alp | augmenter | nan          | 5  | is NaN; every feature must be a finite number",
        "alp | augmenter | throws       | 0  | augment threw java.lang.IllegalStateException",
        "alp | agent     | masked       | 5  | is masked",
        "alp | agent     | out-of-range | 0  | must be in [0, 57]",
        "alp | agent     | throws       | 2  | act threw java.lang.IllegalStateException: test agent fails on purpose",
    })
    void aPluginThatBreaksItsContractIsStoppedWithOneLineNamingItTheStepAndTheRule(
            String method, String slot, String fault, int afterCalls, String rule) {
        String plugin = switch (slot) {
            case "runtime", "shaping" -> FaultyAllocatorProvider.NAME;
            case "augmenter" -> FaultyAugmenterProvider.NAME;
            default -> FaultyAgentProvider.NAME;
        };
        String className = switch (slot) {
            case "runtime", "shaping" -> FaultyAllocatorProvider.class.getName();
            case "augmenter" -> FaultyAugmenterProvider.class.getName();
            default -> FaultyAgentProvider.class.getName();
        };
        CliRun run = CliRun.of("train", "--method", method, "--preset", "smoke", "--out", dir.toString(),
                "--set", slot + ".plugin=" + plugin, "--set", slot + ".fault=" + fault,
                "--set", slot + ".afterCalls=" + afterCalls);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        String role = switch (slot) {
            case "runtime" -> "the runtime allocator";
            case "shaping" -> "the shaping allocator";
            case "augmenter" -> "the augmenter";
            default -> "the agent";
        };
        String line = run.err().lines().filter(l -> l.startsWith("foci train: ")).findFirst().orElseThrow();
        assertThat(line).contains(role + " '" + plugin + "' (" + className)
                .containsPattern("broke its contract at evaluation episode 1, (step \\d+|at its reset): ")
                .contains(rule);
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(run.err().split("broke its contract", -1)).as("reported once").hasSize(2);
    }
}
