package org.example.fairshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foci.experiments.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/plugins.md, "Add a method": a method from a jar on the class path (here the test
 * classes, registered through META-INF/services) runs in {@code foci reproduce} and Table 1 reports it beside
 * the paper's methods.
 */
class FociWorstFirstMethodTest {

    @TempDir
    Path dir;

    @Test
    void reproduceRunsAPluggedInMethodAndTable1ReportsItBesideFoci() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", "foci,foci-worst-first", "--seeds", "1",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> rows = Files.readAllLines(out.resolve("table1.csv"));
        assertThat(rows.stream().map(r -> r.split(",")[0]).distinct().toList())
                .containsExactly("method", "foci", "foci-worst-first");
        String md = Files.readString(out.resolve("table1.md"));
        assertThat(md).contains("### Table 1: overall comparison").contains("| Metric | FOCI | FOCI-WF |");
        assertThat(Files.readString(out.resolve("config.json")))
                .contains("\"shaping.plugin\" : \"worst-first\"").contains("\"shaping.plugin\" : \"ipls-minrisk\"");
        assertThat(out.resolve("runs/foci-worst-first/seed-1/result.json")).isRegularFile();
    }

    @Test
    void thePaperMethodsComeFirstInTable1WhateverTheOrderAsked() throws IOException {
        Path out = dir.resolve("order");
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", "foci-worst-first,nsg,alp",
                "--seeds", "1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("table1.md"))).contains("| Metric | ALP | NSG | FOCI-WF |");
    }

    @Test
    void anUnknownMethodFailsWithTheOneMessageAndNoStackTrace() {
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", "foci,foci-best-first",
                "--out", dir.resolve("never").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--methods must name a known method (available: [alp, amfq, coa-only, foci, "
                + "foci-worst-first, iql, nsg, ofr-only]), but was 'foci-best-first'").doesNotContain("\tat ");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void isListedWithItsLabelAndSettings() {
        CliRun run = CliRun.of("list", "--settings");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("method       foci-worst-first").contains("label FOCI-WF; fixes {")
                .contains("shaping.plugin=worst-first").contains("preset       smoke");
    }
}
