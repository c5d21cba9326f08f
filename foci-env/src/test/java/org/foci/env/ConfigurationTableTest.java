package org.foci.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foci.api.SettingKey;
import org.foci.env.mobility.PortoTraceMobilityProvider;
import org.foci.env.mobility.RandomWaypointMobilityProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the configuration tables of docs/model.md true: they are generated from the providers'
 * {@code settingKeys()}. Run with {@code -Dfoci.docs.write=true} to rewrite them after changing a key.
 */
class ConfigurationTableTest {

    private static final Path DOC = Path.of("..", "docs", "model.md");

    static String table(List<SettingKey<?>> keys) {
        StringBuilder text = new StringBuilder("| key | default | rule | meaning (unit) |\n|---|---|---|---|\n");
        for (SettingKey<?> key : keys) {
            String def = key.defaultText().isEmpty() ? "(empty)" : key.defaultText();
            String rule = key.rulesText().isEmpty() ? "any" : key.rulesText();
            text.append("| `").append(key.name()).append("` | ").append(def).append(" | ").append(rule.replace("|", "\\|"))
                    .append(" | ").append(key.description().replace("|", "\\|")).append(" |\n");
        }
        return text.toString();
    }

    private static String replaceSection(String doc, String name, String content) {
        String begin = "<!-- settings:" + name + ":begin -->\n";
        String end = "<!-- settings:" + name + ":end -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError("docs/model.md lacks the markers of section " + name);
        }
        return doc.substring(0, from + begin.length()) + content + doc.substring(to);
    }

    @Test
    void theDocumentedTablesAreTheDeclaredKeys() throws IOException {
        Assumptions.assumeTrue(Files.exists(DOC), "docs/model.md is not beside this module");
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = replaceSection(doc, "m2m-ci", table(new M2mCiEnvironmentProvider().settingKeys()));
        expected = replaceSection(expected, "porto-trace", table(new PortoTraceMobilityProvider().settingKeys()));
        expected = replaceSection(expected, "random-waypoint",
                table(new RandomWaypointMobilityProvider().settingKeys()));
        if (Boolean.getBoolean("foci.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc).as("docs/model.md tables; rerun with -Dfoci.docs.write=true to regenerate")
                .isEqualTo(expected);
    }
}
