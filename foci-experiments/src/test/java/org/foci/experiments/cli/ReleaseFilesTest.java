package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foci.experiments.run.BuildFingerprint;
import org.junit.jupiter.api.Test;

/**
 * The release files at the repository's root agree with the build: the version Maven builds is the one
 * CITATION.cff names and CHANGELOG.md has a section for, and the README links them. (CITATION.cff's schema
 * check is in docs/releasing.md: it needs a JSON-schema validator this build does not carry.)
 */
class ReleaseFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void citationAndChangelogNameTheBuiltVersion() throws IOException {
        String version = BuildFingerprint.version();
        List<String> citation = Files.readAllLines(ROOT.resolve("CITATION.cff"));
        assertThat(citation).contains("cff-version: 1.2.0", "version: " + version, "license: Apache-2.0")
                .anyMatch(line -> line.startsWith("date-released: \""));
        assertThat(Files.readString(ROOT.resolve("CHANGELOG.md"))).contains("## [" + version + "] - ");
    }

    @Test
    void theLicenceAndNoticeAreThere() throws IOException {
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004",
                "APPENDIX: How to apply the Apache License to your work");
        assertThat(Files.readString(ROOT.resolve("NOTICE"))).contains("FOCI-Java", "10.24432/C55W25", "CC BY 4.0");
    }

    @Test
    void theReadmeLinksTheReleaseFiles() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md")))
                .contains("](CHANGELOG.md)", "](CITATION.cff)", "](LICENSE)");
    }
}
