package org.foci.sweep.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.foci.api.ConfigurationException;
import org.foci.api.PluginProvider;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.ServiceArea;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.PluginSlot;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.TrainSettings;
import org.foci.experiments.wiring.PluginRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands a grid into the runs of a sweep on a preset, before Spark starts:
 * <ol>
 *   <li>the cartesian product of the axes (the explicit runs being one axis), the last axis varying
 *       fastest; combinations without a seed get the preset's seeds {@code 1..n};</li>
 *   <li>every setting key must exist: in the {@code area} or {@code train} scope, or declared by a
 *       plug-in that some run of the grid chooses for its scope; a typo fails the whole sweep here,
 *       naming the file and the key (values are checked by each run, so one bad value fails one row);</li>
 *   <li>a key that the run's own plug-in does not declare is left out of that run (as
 *       {@code foci reproduce} applies {@code agent.learningRate} to its learners only): NSG in a grid
 *       over learning rates runs once per seed, not once per learning rate;</li>
 *   <li>runs that became identical are merged; each remaining run gets its index and run id.</li>
 * </ol>
 */
public final class SweepPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(SweepPlanner.class);

    private final PluginRegistry registry;

    /** @param registry the discovered plug-ins */
    public SweepPlanner(PluginRegistry registry) {
        this.registry = registry;
    }

    /**
     * The runs of a grid on a preset plug-in.
     *
     * @throws UserException naming the grid file and every unknown key
     */
    public SweepPlan plan(SweepGrid grid, ScalePreset preset) {
        return plan(grid, preset, false);
    }

    /**
     * The runs of a grid on a preset.
     *
     * @param presetFromFile true when the preset was read from a file ({@code --preset-file}): its settings then
     *                       travel with every run (executors cannot look it up by name)
     * @throws UserException naming the grid file and every unknown key
     */
    public SweepPlan plan(SweepGrid grid, ScalePreset preset, boolean presetFromFile) {
        List<Candidate> candidates = new ArrayList<>();
        for (Map<String, String> combination : combinations(grid)) {
            Method method = registry.method(combination.get(Axis.METHOD), Axis.METHOD);
            TreeMap<String, String> settings = new TreeMap<>(combination);
            settings.keySet().removeIf(Axis::isReserved);
            List<Long> seeds = combination.containsKey(Axis.SEED) ? List.of(Long.parseLong(combination.get(Axis.SEED)))
                    : java.util.stream.LongStream.rangeClosed(1, preset.defaultSeeds()).boxed().toList();
            for (long seed : seeds) {
                candidates.add(new Candidate(method, seed, settings, chosenPlugins(preset, method, settings)));
            }
        }
        checkKeys(grid, candidates);

        Map<String, SweepPoint> byRunId = new LinkedHashMap<>();
        Map<String, Set<String>> ignored = new TreeMap<>();
        for (Candidate candidate : candidates) {
            TreeMap<String, String> applicable = new TreeMap<>(candidate.settings());
            applicable.keySet().removeIf(key -> {
                boolean drop = !appliesTo(key, candidate);
                if (drop) {
                    ignored.computeIfAbsent(key, k -> new TreeSet<>()).add(candidate.method().name());
                }
                return drop;
            });
            SweepPoint point = new SweepPoint(byRunId.size(), preset.name(), candidate.method().name(),
                    candidate.seed(), applicable, presetFromFile ? preset.settings().asMap() : null);
            byRunId.putIfAbsent(point.runId(), point);
        }
        ignored.forEach((key, methods) -> LOG.info("{} does not apply to the plug-ins of {}: their runs leave it out",
                key, methods));
        if (byRunId.size() < candidates.size()) {
            LOG.info("the {} combinations of {} make {} distinct runs", candidates.size(), grid.file(), byRunId.size());
        }
        return new SweepPlan(preset.name(), grid.file(), grid.settingKeys(), List.copyOf(byRunId.values()));
    }

    /** A combination before keys are checked: its method, seed, the grid's settings and its plug-ins by scope. */
    private record Candidate(Method method, long seed, TreeMap<String, String> settings,
                             Map<String, Optional<PluginProvider>> plugins) {
    }

    /** The product of the axes, the explicit runs being one axis at their place in the file. */
    private static List<Map<String, String>> combinations(SweepGrid grid) {
        List<List<Map<String, String>>> factors = new ArrayList<>();
        for (Axis axis : grid.axes()) {
            factors.add(axis.values().stream().map(v -> Map.of(axis.key(), v)).toList());
        }
        if (!grid.runs().isEmpty()) {
            factors.add(grid.runsAt(), grid.runs());
        }
        List<Map<String, String>> product = new ArrayList<>();
        product.add(new LinkedHashMap<>());
        for (List<Map<String, String>> factor : factors) {
            List<Map<String, String>> next = new ArrayList<>(product.size() * factor.size());
            for (Map<String, String> prefix : product) {
                for (Map<String, String> values : factor) {
                    Map<String, String> combined = new LinkedHashMap<>(prefix);
                    combined.putAll(values);
                    next.add(combined);
                }
            }
            product = next;
        }
        return product;
    }

    /** The plug-in each slot's scope resolves to for this run; empty when the run names an unknown one. */
    private Map<String, Optional<PluginProvider>> chosenPlugins(ScalePreset preset, Method method,
                                                                Map<String, String> settings) {
        ExperimentConfig config = new ExperimentConfig(method, preset, Settings.of(settings));
        Map<String, Optional<PluginProvider>> plugins = new LinkedHashMap<>();
        for (PluginSlot slot : PluginSlot.all()) {
            Optional<PluginProvider> provider;
            try {
                provider = Optional.of(registry.provider(slot.kind(), config.pluginName(slot), slot.selectorKey()));
            } catch (ConfigurationException e) {
                provider = Optional.empty(); // the run reports it in its row
            }
            plugins.put(slot.scope(), provider);
        }
        return plugins;
    }

    private void checkKeys(SweepGrid grid, List<Candidate> candidates) {
        Map<String, Set<String>> keysByScope = new TreeMap<>();
        keysByScope.put(ExperimentConfig.AREA, names(ServiceArea.settingKeys()));
        keysByScope.put(ExperimentConfig.TRAIN, names(TrainSettings.keys()));
        Map<String, Set<String>> pluginsByScope = new TreeMap<>();
        for (PluginSlot slot : PluginSlot.all()) {
            Set<String> keys = new TreeSet<>(Set.of(slot.selector().name()));
            Set<String> plugins = new TreeSet<>();
            for (Candidate candidate : candidates) {
                candidate.plugins().get(slot.scope()).ifPresent(provider -> {
                    plugins.add(provider.name());
                    keys.addAll(names(provider.settingKeys()));
                });
            }
            keysByScope.put(slot.scope(), keys);
            pluginsByScope.put(slot.scope(), plugins);
        }
        List<String> problems = new ArrayList<>();
        for (String key : grid.settingKeys()) {
            int dot = key.indexOf('.');
            String scope = key.substring(0, dot);
            String name = key.substring(dot + 1);
            Set<String> known = keysByScope.get(scope);
            if (known == null) {
                problems.add(key + ": not in a known scope (known: " + String.join(", ", keysByScope.keySet()) + ")");
            } else if (!known.contains(name)) {
                String whose = pluginsByScope.containsKey(scope)
                        ? "a setting of the " + scope + " plug-ins of this grid (" + String.join(", ",
                        pluginsByScope.get(scope)) + ")"
                        : "a key of the " + scope + " scope";
                problems.add(key + ": not " + whose + "; known: " + String.join(", ", known));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems.size() == 1 ? grid.file() + ": " + problems.get(0)
                    : grid.file() + ": " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems)
                    + "\n(see 'foci list --settings')");
        }
    }

    /** False for a key of a plug-in scope that the run's own (known) plug-in does not declare. */
    private static boolean appliesTo(String key, Candidate candidate) {
        String scope = key.substring(0, key.indexOf('.'));
        String name = key.substring(key.indexOf('.') + 1);
        Optional<PluginProvider> plugin = candidate.plugins().getOrDefault(scope, Optional.empty());
        if (plugin.isEmpty() || name.equals("plugin")) {
            return true;
        }
        return names(plugin.get().settingKeys()).contains(name);
    }

    private static Set<String> names(List<? extends SettingKey<?>> keys) {
        return keys.stream().map(SettingKey::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
