package org.foci.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foci.experiments.cli.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFilesTest {

    @TempDir
    Path dir;

    @Test
    void nestedAndDottedJsonFlattenToDottedKeys() throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"env\":{\"devices\":480,\"area\":{\"x\":true}},\"train.episodes\":5}");
        assertThat(SettingsFiles.read(file).asMap()).containsEntry("env.devices", "480")
                .containsEntry("env.area.x", "true").containsEntry("train.episodes", "5");
    }

    @Test
    void propertiesFilesWork() throws IOException {
        Path file = dir.resolve("s.properties");
        Files.writeString(file, "env.devices = 12\n# comment\n");
        assertThat(SettingsFiles.read(file).asMap()).containsExactly(java.util.Map.entry("env.devices", "12"));
    }

    @Test
    void mistakesNameTheFile() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"env\":\n{\"devices\":[1,2]}}");
        assertThatThrownBy(() -> SettingsFiles.read(file)).isInstanceOf(UserException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("env.devices must be a number");
        Files.writeString(file, "{\"env\":\n{\"devices\":}");
        assertThatThrownBy(() -> SettingsFiles.read(file)).hasMessageContaining("bad.json: malformed JSON at line 2");
        assertThatThrownBy(() -> SettingsFiles.read(dir.resolve("none.json"))).hasMessageContaining("no such");
    }
}
