package org.foci.experiments.job;

import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.ConfigCheck;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.wiring.PluginRegistry;

/**
 * Turns a job into data: its scale preset (a plug-in, or a preset file), its methods (plug-ins) and one
 * {@link ExperimentConfig} per method (preset, then method, then the user's settings). Stateless.
 */
public final class JobConfigs {

    /** The option that names methods, for messages. */
    public static final String METHODS_OPTION = "--methods";
    /** The option that names a preset, for messages. */
    public static final String PRESET_OPTION = "--preset";

    private final PluginRegistry registry;

    @Inject
    public JobConfigs(PluginRegistry registry) {
        this.registry = registry;
    }

    /** The plug-ins. */
    public PluginRegistry registry() {
        return registry;
    }

    /**
     * The job's scale preset: read from its preset file, or the preset plug-in it names.
     *
     * @throws UserException naming the file, key and value when a preset file is bad
     * @throws org.foci.api.ConfigurationException when no preset plug-in has the name
     */
    public ScalePreset preset(JobSpec spec) {
        return spec.presetFile() == null ? registry.preset(spec.preset(), PRESET_OPTION)
                : presetFile(Path.of(spec.presetFile()));
    }

    /**
     * A scale preset from a settings file, its settings checked against the plug-ins.
     *
     * @throws UserException naming the file and every bad key with its value
     */
    public ScalePreset presetFile(Path file) {
        return ScalePresets.read(file, registry);
    }

    /** The job's methods in table order: the paper's methods in the paper's order, then the others as given. */
    public List<Method> methods(JobSpec spec) {
        return PaperMethods.tableOrder(spec.methods()).stream()
                .map(name -> registry.method(name, METHODS_OPTION)).toList();
    }

    /** The configuration of each method of a job, in table order. */
    public Map<Method, ExperimentConfig> configs(JobSpec spec) {
        ScalePreset preset = preset(spec);
        Map<Method, ExperimentConfig> configs = new LinkedHashMap<>();
        for (Method method : methods(spec)) {
            configs.put(method, new ExperimentConfig(method, preset, spec.overrides()));
        }
        return configs;
    }

    /**
     * Checks the whole job's configuration, before anything runs.
     *
     * @return the configuration of each method, in table order
     * @throws org.foci.api.ConfigurationException listing every problem
     */
    public Map<Method, ExperimentConfig> checked(JobSpec spec) {
        Map<Method, ExperimentConfig> configs = configs(spec);
        ConfigCheck.require(List.copyOf(configs.values()), registry);
        return configs;
    }
}
