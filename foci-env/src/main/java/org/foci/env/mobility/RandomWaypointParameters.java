package org.foci.env.mobility;

import java.util.ArrayList;
import java.util.List;
import org.foci.api.ConfigurationException;
import org.foci.api.ConfigurationProblem;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The random-waypoint model's constants: a mix of pedestrians and vehicles, uniform speeds, uniform
 * pauses.
 *
 * @param pedestrianFraction    share of devices that walk
 * @param pedestrianMinSpeedMps slowest walking speed, m/s
 * @param pedestrianMaxSpeedMps fastest walking speed, m/s
 * @param vehicleMinSpeedMps    slowest driving speed, m/s
 * @param vehicleMaxSpeedMps    fastest driving speed, m/s
 * @param maxPauseS             pauses at a waypoint are uniform in [0, maxPauseS], s
 * @param densitySamplePoints   size of the density sample (simulated positions after warm-up)
 * @param densitySeed           seed of the density sample
 */
public record RandomWaypointParameters(double pedestrianFraction, double pedestrianMinSpeedMps,
                                       double pedestrianMaxSpeedMps, double vehicleMinSpeedMps,
                                       double vehicleMaxSpeedMps, double maxPauseS, int densitySamplePoints,
                                       long densitySeed) {

    /** {@code pedestrianFraction}: 0.5. */
    public static final SettingKey<Double> PEDESTRIAN_FRACTION = SettingKey.real("pedestrianFraction", 0.5,
            "share of devices that walk (the rest drive)").between(0.0, 1.0);
    /** {@code pedestrianMinSpeedMps}: 0.5 m/s. */
    public static final SettingKey<Double> PEDESTRIAN_MIN = SettingKey.real("pedestrianMinSpeedMps", 0.5,
            "slowest walking speed, m/s").greaterThan(0.0).atMost(1000.0);
    /** {@code pedestrianMaxSpeedMps}: 1.5 m/s. */
    public static final SettingKey<Double> PEDESTRIAN_MAX = SettingKey.real("pedestrianMaxSpeedMps", 1.5,
            "fastest walking speed, m/s").greaterThan(0.0).atMost(1000.0);
    /** {@code vehicleMinSpeedMps}: 3 m/s. */
    public static final SettingKey<Double> VEHICLE_MIN = SettingKey.real("vehicleMinSpeedMps", 3.0,
            "slowest driving speed, m/s").greaterThan(0.0).atMost(1000.0);
    /** {@code vehicleMaxSpeedMps}: 12 m/s (≈ 43 km/h, downtown traffic). */
    public static final SettingKey<Double> VEHICLE_MAX = SettingKey.real("vehicleMaxSpeedMps", 12.0,
            "fastest driving speed, m/s").greaterThan(0.0).atMost(1000.0);
    /** {@code maxPauseS}: 30 s. */
    public static final SettingKey<Double> MAX_PAUSE = SettingKey.real("maxPauseS", 30.0,
            "longest pause at a waypoint (uniform from 0), s").atLeast(0.0).atMost(1.0e6);
    /** {@code densitySamplePoints}: 20,000. */
    public static final SettingKey<Integer> DENSITY_POINTS = SettingKey.integer("densitySamplePoints", 20_000,
            "points of the density sample (positions of 200 simulated devices after warm-up)")
            .between(100, 10_000_000);
    /** {@code densitySeed}: 1. */
    public static final SettingKey<Long> DENSITY_SEED = SettingKey.longInteger("densitySeed", 1L,
            "seed of the density sample");

    public RandomWaypointParameters {
        List<ConfigurationProblem> problems = problems(pedestrianFraction, pedestrianMinSpeedMps,
                pedestrianMaxSpeedMps, vehicleMinSpeedMps, vehicleMaxSpeedMps, maxPauseS, densitySamplePoints,
                s -> s);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).toString());
        }
    }

    /** The defaults. */
    public static RandomWaypointParameters defaults() {
        return new RandomWaypointParameters(PEDESTRIAN_FRACTION.defaultValue(), PEDESTRIAN_MIN.defaultValue(),
                PEDESTRIAN_MAX.defaultValue(), VEHICLE_MIN.defaultValue(), VEHICLE_MAX.defaultValue(),
                MAX_PAUSE.defaultValue(), DENSITY_POINTS.defaultValue(), DENSITY_SEED.defaultValue());
    }

    /** The keys. */
    public static List<SettingKey<?>> keys() {
        return List.of(PEDESTRIAN_FRACTION, PEDESTRIAN_MIN, PEDESTRIAN_MAX, VEHICLE_MIN, VEHICLE_MAX, MAX_PAUSE,
                DENSITY_POINTS, DENSITY_SEED);
    }

    /**
     * Reads a configuration scope.
     *
     * @throws ConfigurationException listing every problem, with full keys
     */
    public static RandomWaypointParameters from(Settings s) {
        s.requireValid(keys());
        List<ConfigurationProblem> problems = problems(s.get(PEDESTRIAN_FRACTION), s.get(PEDESTRIAN_MIN),
                s.get(PEDESTRIAN_MAX), s.get(VEHICLE_MIN), s.get(VEHICLE_MAX), s.get(MAX_PAUSE), s.get(DENSITY_POINTS),
                s::fullKey);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new RandomWaypointParameters(s.get(PEDESTRIAN_FRACTION), s.get(PEDESTRIAN_MIN), s.get(PEDESTRIAN_MAX),
                s.get(VEHICLE_MIN), s.get(VEHICLE_MAX), s.get(MAX_PAUSE), s.get(DENSITY_POINTS), s.get(DENSITY_SEED));
    }

    private static List<ConfigurationProblem> problems(double fraction, double pedMin, double pedMax, double vehMin,
                                                       double vehMax, double pause, int points,
                                                       java.util.function.UnaryOperator<String> fullKey) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        check(problems, PEDESTRIAN_FRACTION, fraction, fullKey);
        check(problems, PEDESTRIAN_MIN, pedMin, fullKey);
        check(problems, PEDESTRIAN_MAX, pedMax, fullKey);
        check(problems, VEHICLE_MIN, vehMin, fullKey);
        check(problems, VEHICLE_MAX, vehMax, fullKey);
        check(problems, MAX_PAUSE, pause, fullKey);
        check(problems, DENSITY_POINTS, points, fullKey);
        if (pedMin > pedMax) {
            problems.add(new ConfigurationProblem(fullKey.apply(PEDESTRIAN_MIN.name()), String.valueOf(pedMin),
                    "must be <= " + fullKey.apply(PEDESTRIAN_MAX.name()) + " (" + pedMax + ")"));
        }
        if (vehMin > vehMax) {
            problems.add(new ConfigurationProblem(fullKey.apply(VEHICLE_MIN.name()), String.valueOf(vehMin),
                    "must be <= " + fullKey.apply(VEHICLE_MAX.name()) + " (" + vehMax + ")"));
        }
        return problems;
    }

    private static <T> void check(List<ConfigurationProblem> problems, SettingKey<T> key, T value,
                                  java.util.function.UnaryOperator<String> fullKey) {
        key.violation(value).ifPresent(reason -> problems.add(
                new ConfigurationProblem(fullKey.apply(key.name()), key.format(value), reason)));
    }
}
