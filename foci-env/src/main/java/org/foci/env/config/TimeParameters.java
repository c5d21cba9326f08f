package org.foci.env.config;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * Time (MODEL.md §1): episode length, decision interval Δt and the inference stream's frame rate.
 *
 * @param episodeSeconds  simulated service time per episode, s ({@code >= stepSeconds})
 * @param stepSeconds     Δt, the decision interval, s
 * @param framesPerSecond inferences per second of the device's stream
 */
public record TimeParameters(double episodeSeconds, double stepSeconds, double framesPerSecond) {

    /** {@code episodeSeconds}: 3,600 s (paper: 1 h of service). */
    public static final SettingKey<Double> EPISODE_SECONDS = SettingKey.real("episodeSeconds", 3600.0,
            "episode length, s (T = episodeSeconds / stepSeconds decisions)").greaterThan(0.0).atMost(1.0e8);
    /** {@code stepSeconds}: 15 s, the GPS interval of the Porto traces. */
    public static final SettingKey<Double> STEP_SECONDS = SettingKey.real("stepSeconds", 15.0,
            "decision interval Δt, s (the Porto GPS interval)").greaterThan(0.0).atMost(1.0e6);
    /** {@code framesPerSecond}: 24 frames/s. */
    public static final SettingKey<Double> FRAMES_PER_SECOND = SettingKey.real("framesPerSecond", 24.0,
            "inference stream rate, frames/s (one decision covers framesPerSecond·Δt inferences)")
            .greaterThan(0.0).atMost(1.0e4);

    public TimeParameters {
        Checks.require(EPISODE_SECONDS, episodeSeconds);
        Checks.require(STEP_SECONDS, stepSeconds);
        Checks.require(FRAMES_PER_SECOND, framesPerSecond);
        if (episodeSeconds < stepSeconds) {
            throw new IllegalArgumentException(EPISODE_SECONDS.name() + " must be >= " + STEP_SECONDS.name() + " ("
                    + stepSeconds + "), but was " + episodeSeconds);
        }
        long steps = (long) Math.floor(episodeSeconds / stepSeconds + 1e-9);
        if (steps > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("episodeSeconds / stepSeconds must be < 2^30 steps, but was " + steps);
        }
    }

    /** The MODEL.md defaults: 1 h, 15 s, 24 fps. */
    public static TimeParameters defaults() {
        return new TimeParameters(EPISODE_SECONDS.defaultValue(), STEP_SECONDS.defaultValue(),
                FRAMES_PER_SECOND.defaultValue());
    }

    /** The keys, relative to the environment's scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(EPISODE_SECONDS, STEP_SECONDS, FRAMES_PER_SECOND);
    }

    /** Reads validated settings (see {@link EnvironmentConfig#from}). */
    static TimeParameters read(Settings s) {
        return new TimeParameters(s.get(EPISODE_SECONDS), s.get(STEP_SECONDS), s.get(FRAMES_PER_SECOND));
    }

    /** T, decisions per episode: {@code floor(episodeSeconds / stepSeconds)}. */
    public int stepsPerEpisode() {
        return (int) Math.floor(episodeSeconds / stepSeconds + 1e-9);
    }

    /** Inferences per decision interval, {@code framesPerSecond · stepSeconds} (360 by default). */
    public double inferencesPerStep() {
        return framesPerSecond * stepSeconds;
    }
}
