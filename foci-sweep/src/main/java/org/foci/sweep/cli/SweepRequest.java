package org.foci.sweep.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code foci sweep} was asked to do.
 *
 * @param grid       the grid file
 * @param preset     the scale preset's name (ignored when {@code presetFile} is given)
 * @param presetFile a settings file holding the preset ({@code --preset-file}), or null for a preset plug-in
 * @param master the Spark master URL, or null for the default
 * @param out    the output folder
 * @param conf   further Spark settings
 * @param dryRun true to list the runs and stop
 */
public record SweepRequest(Path grid, String preset, Path presetFile, String master, Path out,
                           Map<String, String> conf, boolean dryRun) {

    public SweepRequest {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(out, "out");
        conf = Map.copyOf(conf);
    }
}
