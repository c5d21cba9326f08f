package org.foci.experiments.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.foci.api.ConfigurationProblem;
import org.foci.api.PluginDiscovery;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.experiment.ScalePresetProvider;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.wiring.PluginRegistry;

/**
 * The built-in scale presets, contributed as plug-ins through
 * {@code META-INF/services/org.foci.api.experiment.ScalePresetProvider}, and presets read from settings
 * files ({@code --preset-file}).
 */
public final class ScalePresets {

    /** The preset a job uses when the user names none. */
    public static final String DEFAULT = "quick";

    /** The preset's name in a preset file. */
    public static final SettingKey<String> NAME = SettingKey.text("name", "preset", "the preset's name (kebab case)")
            .require(n -> PluginDiscovery.NAME_PATTERN.matcher(n).matches(), "must be lowercase kebab case");
    /** The preset's description in a preset file. */
    public static final SettingKey<String> DESCRIPTION = SettingKey.text("description", "", "one line");
    /** The default seeds per method in a preset file. */
    public static final SettingKey<Integer> SEEDS = SettingKey.integer("seeds", 1, "seeds per method by default")
            .atLeast(1);
    /** The scope of a preset file holding the settings it fixes. */
    public static final String SETTINGS = "settings";

    private ScalePresets() {
    }

    /** A preset defined by its fields; the base of the built-in ones. */
    abstract static class Definition extends NamedSettings implements ScalePresetProvider {

        private final int defaultSeeds;

        Definition(String name, String description, Settings settings, int defaultSeeds) {
            super(name, description, settings);
            this.defaultSeeds = defaultSeeds;
        }

        @Override
        public final int defaultSeeds() {
            return defaultSeeds;
        }
    }

    /** The paper's setting: 300 training episodes, 10 held-out evaluation episodes, 3 seeds. */
    public static final class Paper extends Definition {
        public Paper() {
            super("paper", "the paper's scale: M = 240, N = 11, 300 training episodes, 10 evaluation episodes",
                    Settings.of("train.episodes", 300, "train.evalEvery", 25, "train.evalEpisodes", 10,
                            "train.curveEvalEpisodes", 2, "train.checkpointEvery", 50), 3);
        }
    }

    /**
     * Minutes on a laptop: the same model, fewer episodes, and an exploration schedule compressed to fit them
     * (ε reaches its floor by the end of training).
     */
    public static final class Quick extends Definition {
        public Quick() {
            super("quick", "a few minutes: the same model, 60 training episodes with compressed exploration, "
                            + "3 evaluation episodes",
                    Settings.of("train.episodes", 60, "train.evalEvery", 10, "train.evalEpisodes", 3,
                            "train.curveEvalEpisodes", 1, "train.checkpointEvery", 10,
                            "agent.epsilonDecay", 0.93), 1);
        }
    }

    /**
     * The settings of a city at the paper's density (240 devices and 11 edges per 1,581 m square), grown by
     * {@code factor}: random-waypoint mobility over the larger square (the shipped Porto sample covers only the
     * paper's square; docs/model.md, "City scale") and the nearest-edge frame with 8 slots, so a device's
     * actions and observation do not grow with the city.
     */
    static Settings city(int factor, Settings budget) {
        java.util.TreeMap<String, String> values = new java.util.TreeMap<>(budget.asMap());
        values.put("env.devices", String.valueOf(240 * factor));
        values.put("env.edges", String.valueOf(11 * factor));
        values.put("area.sideM", String.valueOf(Math.round(1581.0 * Math.sqrt(factor))));
        values.put("mobility.plugin", "random-waypoint");
        values.put("env.edgeSlots", String.valueOf(CITY_EDGE_SLOTS));
        return Settings.of(values);
    }

    /**
     * The city presets' action slots: the smallest power of two above the most edges any device had within r_p
     * at the three city scales (7, at 24,000 devices; docs/results-scale.md), so no reachable edge is cut.
     */
    static final int CITY_EDGE_SLOTS = 8;

    /** 10× the paper's crowd at its density: 2,400 devices, 110 edges, 5,000 m; the paper's budget. */
    public static final class City10x extends Definition {
        public City10x() {
            super("city-10x", "10x the paper's crowd at its density: 2,400 devices, 110 edges, 5 km square, random "
                            + "waypoint, nearest-edge frame (8 slots); the paper's 300 training episodes",
                    city(10, new Paper().settings()), 3);
        }
    }

    /**
     * 100× the paper's crowd at its density: 24,000 devices, 1,100 edges, 15.8 km square; 100 training episodes
     * with ε ×0.97 per episode, so that ε reaches 0.048 by the end as ×0.99 does over the paper's 300.
     */
    public static final class City100x extends Definition {
        public City100x() {
            super("city-100x", "100x the paper's crowd at its density: 24,000 devices, 1,100 edges, 15.8 km square, "
                            + "random waypoint, nearest-edge frame (8 slots); 100 training episodes",
                    city(100, Settings.of("train.episodes", 100, "train.evalEvery", 25, "train.evalEpisodes", 3,
                            "train.curveEvalEpisodes", 1, "train.checkpointEvery", 10, "agent.epsilonDecay", 0.97)),
                    1);
        }
    }

    /** Seconds, for tests and CI smoke runs: a tiny system and a handful of short episodes. */
    public static final class Smoke extends Definition {
        public Smoke() {
            super("smoke", "seconds, for tests: 24 devices, 3 edges, 20-step episodes",
                    Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300,
                            "train.episodes", 3, "train.evalEvery", 2, "train.evalEpisodes", 2,
                            "train.curveEvalEpisodes", 1, "train.checkpointEvery", 1,
                            "agent.epsilonDecay", 0.5, "agent.warmupTransitions", 64), 1);
        }
    }

    /**
     * Reads a preset from a settings file ({@link SettingsFiles}: JSON or properties): {@code name},
     * {@code description}, {@code seeds} (default seeds per method) and {@code settings.*} (the settings it
     * fixes, for example {@code settings.train.episodes=5} or {@code {"settings": {"train": {"episodes": 5}}}}).
     * The settings' keys and values are checked against the plug-ins ({@link ConfigCheck#presetProblems}).
     *
     * @param file     the preset file
     * @param registry the plug-ins whose keys a preset may set
     * @throws UserException naming the file, the key and the value of every problem
     */
    public static ScalePreset read(Path file, PluginRegistry registry) {
        Settings all = SettingsFiles.read(Objects.requireNonNull(file, "file"));
        SortedMap<String, String> own = new TreeMap<>();
        for (Map.Entry<String, String> entry : all.asMap().entrySet()) {
            if (!entry.getKey().startsWith(SETTINGS + ".")) {
                own.put(entry.getKey(), entry.getValue());
            }
        }
        Settings fields = Settings.of(own);
        List<ConfigurationProblem> problems = new ArrayList<>(fields.problems(List.of(NAME, DESCRIPTION, SEEDS)));
        if (!fields.contains(NAME.name())) {
            problems.add(new ConfigurationProblem(NAME.name(), null, "is missing: a preset file must name its preset"));
        }
        Settings settings = Settings.of(all.scoped(SETTINGS).asMap());
        ConfigCheck.presetProblems(settings, registry).forEach(p -> problems.add(
                new ConfigurationProblem(SETTINGS + "." + p.key(), p.value(), p.reason())));
        if (!problems.isEmpty()) {
            throw problems(file, problems);
        }
        return new ScalePreset(fields.get(NAME), fields.get(DESCRIPTION), settings, fields.get(SEEDS));
    }

    private static UserException problems(Path file, List<ConfigurationProblem> problems) {
        return new UserException(file + ": " + (problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems:\n  - " + String.join("\n  - ",
                problems.stream().map(ConfigurationProblem::toString).toList())));
    }
}
