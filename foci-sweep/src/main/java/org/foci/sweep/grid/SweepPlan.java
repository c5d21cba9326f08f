package org.foci.sweep.grid;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a sweep runs: its points in order, on one scale preset, and the setting keys of its grid
 * (the columns of its results besides method and seed).
 *
 * @param preset      the scale preset's name
 * @param gridFile    the grid file it was planned from
 * @param settingKeys the grid's setting keys, in file order
 * @param points      the runs, index {@code i} at position {@code i}; at least one
 */
public record SweepPlan(String preset, Path gridFile, List<String> settingKeys, List<SweepPoint> points) {

    public SweepPlan {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(gridFile, "gridFile");
        settingKeys = List.copyOf(settingKeys);
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one run");
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).index() != i) {
                throw new IllegalArgumentException("point " + i + " has index " + points.get(i).index());
            }
        }
    }
}
