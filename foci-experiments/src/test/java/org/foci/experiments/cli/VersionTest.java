package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.foci.experiments.run.BuildFingerprint;
import org.foci.experiments.run.Provenance;
import org.junit.jupiter.api.Test;

/** {@code foci --version} and every run's provenance name the project version beside the build fingerprint. */
class VersionTest {

    @Test
    void versionPrintsTheProjectVersionAndTheBuildFingerprint() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("^foci [0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)? \\(build [0-9a-f]{16}\\)")
                .contains(BuildFingerprint.current()).contains("Java ");
        assertThat(BuildFingerprint.version()).as("filled in by Maven, not the fallback")
                .isNotEqualTo("development build").doesNotContain("${");
    }

    @Test
    void provenanceRecordsTheVersionAndTheBuild() {
        assertThat(Provenance.current().fields()).containsEntry("version", BuildFingerprint.version())
                .containsEntry("build", BuildFingerprint.current());
    }
}
