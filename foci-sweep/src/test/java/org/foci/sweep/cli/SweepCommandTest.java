package org.foci.sweep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.foci.experiments.cli.FociCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code foci sweep} before Spark starts: grid-file problems, the dry run, the help. */
class SweepCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run foci(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = FociCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path grid(String yaml) throws IOException {
        Path file = dir.resolve("grid.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aBadGridFileIsAUserMistakeNamingFileAndKeyWithoutStackTrace() throws IOException {
        Path file = grid("method: [foci, focci]\nseed: [1]\n");
        Run run = foci("sweep", "--preset", "smoke", "--grid", file.toString());
        assertThat(run.code()).isEqualTo(FociCommand.USER_ERROR);
        assertThat(run.err()).isEqualTo("foci sweep: " + file + ": method[1]: unknown method 'focci' (available: alp, "
                + "nsg, iql, amfq, ofr-only, coa-only, foci)" + System.lineSeparator());
    }

    @Test
    void anUnknownSettingKeyIsAUserMistakeNamingFileAndKey() throws IOException {
        Path file = grid("method: nsg\nenv.devicez: [24, 48]\n");
        Run run = foci("sweep", "--preset", "smoke", "--grid", file.toString());
        assertThat(run.code()).isEqualTo(FociCommand.USER_ERROR);
        assertThat(run.err()).startsWith("foci sweep: " + file + ": env.devicez: not a setting of the env plug-ins of "
                + "this grid (m2m-ci); known: ").doesNotContain("\tat ");
    }

    @Test
    void anUnknownPresetIsNamed() throws IOException {
        Run run = foci("sweep", "--preset", "huge", "--grid", grid("method: nsg\n").toString());
        assertThat(run.code()).isEqualTo(FociCommand.USER_ERROR);
        assertThat(run.err())
                .contains("--preset must name a known preset (available: [city-100x, city-10x, paper, quick, smoke]), but was 'huge'");
    }

    @Test
    void aDryRunListsTheRunsWithTheirIds() throws IOException {
        Path file = grid("method: [nsg, iql]\nseed: [1, 2]\nagent.learningRate: [1e-4, 3e-4]\n");
        Run run = foci("sweep", "--preset", "smoke", "--grid", file.toString(), "--dry-run");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(file + " on preset smoke: 6 runs")
                .contains("nsg s1", "nsg s2", "iql s2 agent.learningRate=0.0003").containsPattern("iql-s1-[0-9a-f]{10}");
    }

    @Test
    void aPresetFromAFileTravelsWithItsRunsAndChangesTheirIds() throws IOException {
        Path file = grid("method: [nsg, iql]\n");
        Path tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, """
                {"name": "tiny", "seeds": 2, "settings": {"env.devices": 12, "train.episodes": 2}}
                """);
        Run run = foci("sweep", "--preset-file", tiny.toString(), "--grid", file.toString(), "--dry-run");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(file + " on preset tiny: 4 runs").contains("nsg s1", "iql s2");

        Files.writeString(tiny, """
                {"name": "tiny", "seeds": 2, "settings": {"env.devices": 16, "train.episodes": 2}}
                """);
        Run edited = foci("sweep", "--preset-file", tiny.toString(), "--grid", file.toString(), "--dry-run");
        assertThat(edited.out()).as("an edited preset file makes other runs, never reuses the old ones")
                .doesNotContain(runIds(run.out()).toArray(String[]::new));
    }

    @Test
    void aBadPresetFileIsNamedAndPresetWithPresetFileIsRefused() throws IOException {
        Path file = grid("method: [nsg]\n");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"name": "bad", "settings": {"env.devices": -3}}
                """);
        Run run = foci("sweep", "--preset-file", bad.toString(), "--grid", file.toString(), "--dry-run");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("bad.json", "env.devices", "-3").doesNotContain("\tat ");
        Run both = foci("sweep", "--preset", "smoke", "--preset-file", bad.toString(), "--grid", file.toString());
        assertThat(both.code()).isNotZero();
        assertThat(both.err()).contains("--preset-file");
    }

    private static java.util.List<String> runIds(String dryRun) {
        return java.util.regex.Pattern.compile("(nsg|iql)-s[0-9]+-[0-9a-f]{10}").matcher(dryRun).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    @Test
    void theCommandIsListedByFociHelpOnAClassPathWithoutSparkOrYaml() throws Exception {
        // What ./foci does for every command but sweep: foci-experiments' class path plus foci-sweep's jar alone.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("/org/apache/spark/") && !entry.contains("/org/scala-lang/")
                        && !entry.contains("/jackson/dataformat/"))
                .map(SweepCommandTest::url).toArray(URL[]::new);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withoutSpark = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(withoutSpark);
            assertThatThrownBy(() -> withoutSpark.loadClass("org.apache.spark.SparkConf"))
                    .isInstanceOf(ClassNotFoundException.class);
            Object cli = withoutSpark.loadClass(FociCommand.class.getName()).getMethod("commandLine").invoke(null);
            String usage = (String) cli.getClass().getMethod("getUsageMessage").invoke(cli);
            assertThat(usage).contains("sweep", "Run a grid of methods x seeds x settings on Apache Spark");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
