package org.foci.experiments.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.foci.api.env.Environment;
import org.foci.env.scenario.Scenario;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.job.JobConfigs;
import org.foci.experiments.io.Json;
import org.foci.experiments.report.ScenarioFigures;
import org.foci.experiments.run.ComponentFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foci scenario}: the configured environment, summarised and pictured. */
@Command(name = "scenario", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarise and draw the configured environment.",
            "Writes scenario.json, heatmap.png (trace density, edges, perception circles), dvfs.png (clock,",
            "latency, energy vs battery) and layers.png (MobileNetV3-Large)."})
final class ScenarioCommand implements Callable<Integer> {

    @Option(names = "--seed", description = "Edge placement seed (env.edge.placementSeed).")
    Long seed;

    @Option(names = "--trace", description = "A Porto taxi CSV (plain or .gz), e.g. the full train.csv "
            + "(mobility.trace; default: the shipped 1,500-trip sample).")
    Path trace;

    @Option(names = {"-o", "--out"}, defaultValue = "results/scenario",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    JobOptions options;

    @Spec
    CommandSpec spec;

    private final Provider<JobConfigs> jobConfigs;
    private final Provider<ComponentFactory> components;

    @Inject
    ScenarioCommand(Provider<JobConfigs> jobConfigs, Provider<ComponentFactory> components) {
        this.jobConfigs = jobConfigs;
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        if (seed != null) {
            options.sets.add("env.edge.placementSeed=" + seed);
        }
        if (trace != null) {
            options.sets.add("mobility.trace=" + trace);
        }
        ExperimentConfig config = options.checkedConfig("foci", jobConfigs.get());
        Environment environment = components.get().environment(config);
        Scenario scenario = Scenario.of(environment);
        Map<String, Object> summary = new LinkedHashMap<>(scenario.summary());
        Json.write(out.resolve("scenario.json"), summary);
        ScenarioFigures.write(scenario, out);
        PrintWriter printer = spec.commandLine().getOut();
        summary.forEach((key, value) -> printer.printf("%-32s %s%n", key, value));
        printer.printf("%nwrote %s (scenario.json, heatmap.png, dvfs.png, layers.png)%n", out);
        printer.flush();
        return 0;
    }
}
