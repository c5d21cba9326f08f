package org.foci.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.config.SettingsFiles;
import org.foci.experiments.job.JobConfigFile;
import org.foci.experiments.job.JobConfigs;
import org.foci.experiments.job.JobSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that run methods: preset, seeds, settings, parallelism. */
final class JobOptions {

    @Option(names = {"-p", "--preset"}, description = "Scale preset: paper, quick, smoke, city-10x, city-100x or a "
            + "plug-in's (default: quick; see 'foci list').")
    String preset;

    @Option(names = "--preset-file", paramLabel = "FILE", description = "A scale preset from a settings file "
            + "(JSON or .properties): name, description, seeds and settings.* (see docs/plugins.md).")
    Path presetFile;

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
     * The job: from a config.json if given (options may still override its preset, seeds and settings),
     * else from the options.
     *
     * @param defaultMethods the methods to run, or null for the config.json's or else the paper's seven
     * @param jobs           resolves presets for their default seeds
     */
    JobSpec spec(List<String> defaultMethods, JobConfigs jobs) {
        if (this.jobs < 1) {
            throw new UserException("--jobs must be >= 1, but was " + this.jobs);
        }
        if (preset != null && presetFile != null) {
            throw new UserException("--preset and --preset-file exclude each other; give one");
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
        String file = presetFile != null ? presetFile.toString() : preset == null && base != null ? base.presetFile()
                : null;
        String presetName = preset != null ? preset : base != null ? base.preset() : ScalePresets.DEFAULT;
        ScalePreset scale = file != null ? jobs.presetFile(Path.of(file))
                : jobs.registry().preset(presetName, JobConfigs.PRESET_OPTION);
        List<String> methods = base != null && defaultMethods == null ? base.methods()
                : defaultMethods != null ? defaultMethods : PaperMethods.NAMES;
        int seedCount = seeds != null ? seeds : base != null ? base.seeds() : scale.defaultSeeds();
        long first = firstSeed != null ? firstSeed : base != null ? base.firstSeed() : 1L;
        Settings settings = (base != null ? base.overrides() : Settings.empty()).overriddenBy(fileSettings)
                .overriddenBy(Assignments.parse(sets, "--set"));
        return new JobSpec(scale.name(), methods, seedCount, first, new TreeMap<>(settings.asMap()), file);
    }

    /**
     * The configuration of one method under these options, checked before anything runs.
     *
     * @throws org.foci.api.ConfigurationException listing every problem
     */
    ExperimentConfig checkedConfig(String method, JobConfigs jobs) {
        return jobs.checked(spec(List.of(method), jobs)).values().iterator().next();
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
