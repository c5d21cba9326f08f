package org.foci.experiments.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.foci.api.ConfigurationException;
import org.foci.api.ConfigurationProblem;
import org.foci.api.PluginProvider;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.ServiceArea;
import org.foci.experiments.wiring.PluginRegistry;

/**
 * Checks the configurations of a job (one per method) before anything runs, and reports every
 * problem at once: unknown scopes and keys, plug-in names nobody provides, values that do not
 * parse or break a rule.
 *
 * <p>The user's and the method's keys are checked; a scale preset's keys apply where a chosen
 * plug-in declares them. A key in a plug-in scope is known when <em>some</em> plug-in chosen for that scope in the job
 * declares it: {@code --set agent.learningRate=3e-4} applies to the learners of a comparison and is
 * not an error because ALP has no learning rate; {@code agent.learningRat} is.
 */
public final class ConfigCheck {

    private ConfigCheck() {
    }

    /**
     * @throws ConfigurationException listing every problem, if there is any
     */
    public static void require(List<ExperimentConfig> configs, PluginRegistry registry) {
        Set<ConfigurationProblem> problems = new LinkedHashSet<>();
        Map<PluginSlot, Map<String, SettingKey<?>>> declared = new LinkedHashMap<>();
        for (PluginSlot slot : PluginSlot.all()) {
            declared.put(slot, new LinkedHashMap<>());
        }
        for (ExperimentConfig config : configs) {
            for (PluginSlot slot : PluginSlot.all()) {
                try {
                    String name = config.pluginName(slot);
                    PluginProvider provider = registry.provider(slot.kind(), name, slot.selectorKey());
                    provider.settingKeys().forEach(key -> declared.get(slot).putIfAbsent(key.name(), key));
                } catch (ConfigurationException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        for (ExperimentConfig config : configs) {
            problems.addAll(problems(config.declaredSettings(), declared));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(new ArrayList<>(problems));
        }
    }

    /**
     * The problems of a scale preset's settings (a preset read from a file): unknown scopes and keys, bad
     * values. A key in a plug-in scope is known when some discovered plug-in of that slot's kind declares it,
     * since a preset serves every method.
     *
     * @return the problems, each naming its full key and value; empty when valid
     */
    public static List<ConfigurationProblem> presetProblems(Settings preset, PluginRegistry registry) {
        Map<PluginSlot, Map<String, SettingKey<?>>> declared = new LinkedHashMap<>();
        for (PluginSlot slot : PluginSlot.all()) {
            Map<String, SettingKey<?>> keys = new LinkedHashMap<>();
            for (String name : registry.names(slot.kind())) {
                registry.provider(slot.kind(), name, slot.selectorKey()).settingKeys()
                        .forEach(key -> keys.putIfAbsent(key.name(), key));
            }
            declared.put(slot, keys);
        }
        return new ArrayList<>(new LinkedHashSet<>(problems(preset, declared)));
    }

    private static List<ConfigurationProblem> problems(Settings root,
                                                       Map<PluginSlot, Map<String, SettingKey<?>>> declared) {
        List<ConfigurationProblem> problems = new ArrayList<>(unknownScopes(root));
        problems.addAll(root.scoped(ExperimentConfig.AREA).problems(ServiceArea.settingKeys()));
        problems.addAll(root.scoped(ExperimentConfig.TRAIN).problems(TrainSettings.keys()));
        for (PluginSlot slot : PluginSlot.all()) {
            List<SettingKey<?>> known = new ArrayList<>(declared.get(slot).values());
            known.add(slot.selector());
            problems.addAll(root.scoped(slot.scope()).problems(known));
        }
        return problems;
    }

    private static List<ConfigurationProblem> unknownScopes(Settings root) {
        Set<String> scopes = new TreeSet<>(List.of(ExperimentConfig.AREA, ExperimentConfig.TRAIN));
        PluginSlot.all().forEach(slot -> scopes.add(slot.scope()));
        List<ConfigurationProblem> problems = new ArrayList<>();
        root.asMap().forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot < 0 || !scopes.contains(key.substring(0, dot))) {
                problems.add(new ConfigurationProblem(key, value,
                        "is not in a known scope (known: " + String.join(", ", scopes) + ")"));
            }
        });
        return problems;
    }
}
