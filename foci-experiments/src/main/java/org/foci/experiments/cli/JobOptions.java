package org.foci.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.SettingsFiles;
import org.foci.experiments.job.JobConfigFile;
import org.foci.experiments.job.JobSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that run methods: preset, seeds, settings, parallelism. */
final class JobOptions {

    @Option(names = {"-p", "--preset"}, description = "Scale preset: paper, quick or smoke (default: quick).")
    String preset;

    @Option(names = "--seeds", description = "Seeds per method (default: the preset's: paper 3, quick 1).")
    Integer seeds;

    @Option(names = "--first-seed", description = "The first run seed (default: 1).")
    Long firstSeed;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a setting, e.g. env.devices=480 (repeatable; see 'foci list --settings').")
    List<String> sets = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "A config.json written by a previous run "
            + "(reproduces it), or a settings file (JSON or .properties).")
    Path config;

    @Option(names = {"-j", "--jobs"}, description = "Runs at a time (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int jobs;

    /**
     * The job: from a config.json if given (options may still override its seeds and settings),
     * else from the options.
     */
    JobSpec spec(List<String> defaultMethods) {
        if (jobs < 1) {
            throw new UserException("--jobs must be >= 1, but was " + jobs);
        }
        JobSpec base = null;
        Settings fileSettings = Settings.empty();
        if (config != null) {
            if (isJobFile(config)) {
                base = JobConfigFile.read(config).job();
            } else {
                fileSettings = SettingsFiles.read(config);
            }
        }
        String presetName = preset != null ? preset : base != null ? base.preset() : ScalePreset.QUICK.name();
        ScalePreset scale = ScalePreset.named(presetName).orElseThrow(() -> new UserException(
                "--preset must be one of " + ScalePreset.names() + ", but was '" + presetName + "'"));
        List<String> methods = base != null && defaultMethods == null ? base.methods()
                : defaultMethods != null ? defaultMethods : Method.names();
        int seedCount = seeds != null ? seeds : base != null ? base.seeds() : scale.defaultSeeds();
        long first = firstSeed != null ? firstSeed : base != null ? base.firstSeed() : 1L;
        Settings settings = (base != null ? base.overrides() : Settings.empty()).overriddenBy(fileSettings)
                .overriddenBy(Assignments.parse(sets, "--set"));
        return new JobSpec(scale.name(), methods, seedCount, first, new TreeMap<>(settings.asMap()));
    }

    /**
     * The configuration of one method under these options, checked before anything runs.
     *
     * @throws org.foci.api.ConfigurationException listing every problem
     */
    org.foci.experiments.config.ExperimentConfig checkedConfig(String method,
                                                               org.foci.experiments.wiring.PluginRegistry registry) {
        org.foci.experiments.config.ExperimentConfig config =
                org.foci.experiments.job.ReproduceJob.configs(spec(List.of(method))).values().iterator().next();
        org.foci.experiments.config.ConfigCheck.require(List.of(config), registry);
        return config;
    }

    private static boolean isJobFile(Path file) {
        if (!file.toString().endsWith(".json") || !java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        try {
            return org.foci.experiments.io.Json.MAPPER.readTree(file.toFile()).has("job");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
