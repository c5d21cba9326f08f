package org.foci.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint follows the code's content, and nothing else. */
class BuildFingerprintTest {

    @TempDir
    Path dir;

    private static final Map<String, String> CODE = Map.of(
            "org/example/A.class", "bytes of A",
            "org/example/B.class", "bytes of B",
            "META-INF/services/org.foci.api.allocation.AllocatorProvider", "org.example.A");

    private Path classDirectory(String name, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        return root;
    }

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theSameFilesGiveTheSameFingerprintWhereverAndHoweverTheyAreStored() throws IOException {
        String fromDirectory = BuildFingerprint.digest(List.of(classDirectory("classes", CODE)));
        assertThat(BuildFingerprint.digest(List.of(classDirectory("elsewhere/classes", CODE))))
                .isEqualTo(fromDirectory);
        assertThat(BuildFingerprint.digest(List.of(jar("module.jar", CODE)))).isEqualTo(fromDirectory);
        assertThat(fromDirectory).matches("[0-9a-f]{16}");
    }

    @Test
    void manifestsAndMavenMetadataDoNotCountButEveryClassDoes() throws IOException {
        String plain = BuildFingerprint.digest(List.of(jar("plain.jar", CODE)));
        Map<String, String> withMetadata = new java.util.HashMap<>(CODE);
        withMetadata.put("META-INF/MANIFEST.MF", "Created-By: a build at 12:00");
        withMetadata.put("META-INF/maven/org.foci/foci-env/pom.properties", "#Sun Nov 29 12:00:00 UTC 2026");
        assertThat(BuildFingerprint.digest(List.of(jar("metadata.jar", withMetadata)))).isEqualTo(plain);

        Map<String, String> changed = new java.util.HashMap<>(CODE);
        changed.put("org/example/B.class", "bytes of B, changed");
        assertThat(BuildFingerprint.digest(List.of(jar("changed.jar", changed)))).isNotEqualTo(plain);
        Map<String, String> renamed = new java.util.HashMap<>(CODE);
        renamed.put("org/example/C.class", renamed.remove("org/example/B.class"));
        assertThat(BuildFingerprint.digest(List.of(jar("renamed.jar", renamed)))).isNotEqualTo(plain);
    }

    @Test
    void theOrderOfTheCodeSourcesDoesNotMatter() throws IOException {
        Path a = jar("a.jar", Map.of("A.class", "a"));
        Path b = classDirectory("b", Map.of("B.class", "b"));
        assertThat(BuildFingerprint.digest(List.of(a, b))).isEqualTo(BuildFingerprint.digest(List.of(b, a)))
                .isNotEqualTo(BuildFingerprint.digest(List.of(a)));
    }

    @Test
    void theRunningBuildHasOneFingerprint() {
        assertThat(BuildFingerprint.current()).matches("[0-9a-f]{16}").isEqualTo(BuildFingerprint.current());
    }
}
