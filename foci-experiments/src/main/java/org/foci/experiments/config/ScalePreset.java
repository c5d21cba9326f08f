package org.foci.experiments.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.foci.api.Settings;

/**
 * How big and how long an experiment is: the system model is the same in every preset
 * (M = 240 devices, N = 11 edges, MobileNetV3-Large, the Porto traces) unless a preset says
 * otherwise; presets change training length, evaluation size and exploration schedule.
 *
 * @param name         the preset name
 * @param description  one line
 * @param settings     the settings it fixes
 * @param defaultSeeds seeds per method when the user does not say
 */
public record ScalePreset(String name, String description, Settings settings, int defaultSeeds) {

    /** The paper's setting: 300 training episodes, 10 held-out evaluation episodes, 3 seeds. */
    public static final ScalePreset PAPER = new ScalePreset("paper",
            "the paper's scale: M = 240, N = 11, 300 training episodes, 10 evaluation episodes",
            Settings.of("train.episodes", 300, "train.evalEvery", 25, "train.evalEpisodes", 10,
                    "train.curveEvalEpisodes", 2, "train.checkpointEvery", 50), 3);

    /**
     * Minutes on a laptop: the same model, fewer episodes, and an exploration schedule compressed to
     * fit them (ε reaches its floor by the end of training).
     */
    public static final ScalePreset QUICK = new ScalePreset("quick",
            "a few minutes: the same model, 60 training episodes with compressed exploration, 3 evaluation episodes",
            Settings.of("train.episodes", 60, "train.evalEvery", 10, "train.evalEpisodes", 3,
                    "train.curveEvalEpisodes", 1, "train.checkpointEvery", 10,
                    "agent.epsilonDecay", 0.93), 1);

    /** Seconds, for tests and CI smoke runs: a tiny system and a handful of short episodes. */
    public static final ScalePreset SMOKE = new ScalePreset("smoke",
            "seconds, for tests: 24 devices, 3 edges, 20-step episodes",
            Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300,
                    "train.episodes", 3, "train.evalEvery", 2, "train.evalEpisodes", 2,
                    "train.curveEvalEpisodes", 1, "train.checkpointEvery", 1,
                    "agent.epsilonDecay", 0.5, "agent.warmupTransitions", 64), 1);

    public ScalePreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
        if (defaultSeeds < 1) {
            throw new IllegalArgumentException("defaultSeeds must be >= 1, but was " + defaultSeeds);
        }
    }

    /** The presets, smallest last. */
    public static List<ScalePreset> all() {
        return List.of(PAPER, QUICK, SMOKE);
    }

    /** The preset named {@code name}. */
    public static Optional<ScalePreset> named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The names of {@link #all()}. */
    public static List<String> names() {
        return all().stream().map(ScalePreset::name).toList();
    }
}
