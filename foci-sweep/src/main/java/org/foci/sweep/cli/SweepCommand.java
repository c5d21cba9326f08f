package org.foci.sweep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.ScalePresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code foci sweep}: a grid of methods, seeds and settings, one Spark task per run.
 *
 * <p>Holds options only, in JDK and picocli types: picocli inspects this class whenever the
 * {@code foci} command line starts, and the other commands run without Spark on their class path.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a grid of methods x seeds x settings on Apache Spark, one task per run.",
            "Embedded (local[*]) by default; on a cluster with --master spark://host:7077 or under spark-submit. "
                + "Writes every run's metrics (sweep.parquet, sweep.csv), their mean ± 95%% interval over seeds "
                + "(sweep-summary.md|csv) and plots of each metric against each numeric axis (figures/). Re-running "
                + "into the same --out reuses the finished runs.",
            "",
            "The grid file (YAML or JSON) lists axes; their cartesian product is swept:",
            "  method: [foci, iql, nsg]",
            "  seed: [1, 2, 3]",
            "  env.devices: [240, 480, 960]",
            "A single value is fixed for every run; 'runs: [{method: foci, env.devices: 240}, ...]' lists explicit "
                + "runs. See docs/sweep.md.",
            ""})
public final class SweepCommand implements Callable<Integer> {

    @Option(names = {"-g", "--grid"}, required = true, paramLabel = "FILE",
            description = "The grid file, YAML or JSON.")
    Path grid;

    @Option(names = {"-p", "--preset"},
            description = "Scale preset: paper, quick, smoke, city-10x, city-100x or a plug-in's (default: quick).")
    String preset;

    @Option(names = "--preset-file", paramLabel = "FILE",
            description = "A scale preset from a settings file (name, description, seeds, settings.*; see "
                    + "docs/plugins.md), instead of --preset.")
    Path presetFile;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (default: every core here), local[N], spark://host:7077, yarn, "
                    + "k8s://...; under spark-submit, its --master.")
    String master;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder, shared by every executor (default: results/sweep-<grid>-<preset>).")
    Path out;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, e.g. spark.executor.memory=4g (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "List the runs the grid expands to, and stop (Spark is not started).")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (grid == null) {
            throw new UserException("--grid is required");
        }
        if (preset != null && presetFile != null) {
            throw new UserException("give --preset or --preset-file, not both");
        }
        String presetName = presetFile != null ? presetFile.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                : preset != null ? preset : ScalePresets.DEFAULT;
        String gridName = grid.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path folder = out != null ? out : Path.of("results", "sweep-" + gridName + "-" + presetName);
        return SweepAction.run(new SweepRequest(grid, presetName, presetFile, master, folder, conf, dryRun),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
