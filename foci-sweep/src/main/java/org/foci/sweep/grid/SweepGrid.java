package org.foci.sweep.grid;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A grid file as read: axes whose cartesian product is swept, and optionally explicit runs, each
 * setting several keys at once. The explicit runs are themselves one axis of the product, at their
 * position in the file: {@code runs: [{method: foci, agent.learningRate: 1e-4}, {method: nsg}]}
 * followed by {@code seed: [1, 2]} gives four runs.
 *
 * <p>Syntax only: whether a setting key exists and which values it accepts is checked later, by the
 * planner (keys) and by each run (values). Immutable.
 *
 * @param file   where it came from, for messages
 * @param axes   the axes, in file order
 * @param runs   the explicit runs, each a map from key to value in file order; empty when none
 * @param runsAt the position of the explicit runs among the axes (0 = before the first axis)
 */
public record SweepGrid(Path file, List<Axis> axes, List<Map<String, String>> runs, int runsAt) {

    public SweepGrid {
        Objects.requireNonNull(file, "file");
        axes = List.copyOf(axes);
        runs = runs.stream().map(run -> Collections.unmodifiableMap(new LinkedHashMap<>(run))).toList();
        if (runsAt < 0 || runsAt > axes.size()) {
            throw new IllegalArgumentException("runsAt must be in [0, " + axes.size() + "], but was " + runsAt);
        }
    }

    /** The axis named {@code key}, if the grid has one. */
    public Optional<Axis> axis(String key) {
        return axes.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** Every setting key the grid names (axes and runs) in order of first appearance; method and seed left out. */
    public List<String> settingKeys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (int i = 0; i <= axes.size(); i++) {
            if (i == runsAt) {
                runs.forEach(run -> run.keySet().stream().filter(k -> !Axis.isReserved(k)).forEach(keys::add));
            }
            if (i < axes.size() && !axes.get(i).isReserved()) {
                keys.add(axes.get(i).key());
            }
        }
        return List.copyOf(keys);
    }
}
