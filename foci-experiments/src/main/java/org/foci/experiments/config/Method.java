package org.foci.experiments.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.foci.api.Settings;

/**
 * A method of the paper's comparison (MODEL.md §10): which agent, which augmenter and which
 * training reward.
 *
 * @param name        the preset name, kebab case ({@code ofr-only})
 * @param label       the name in tables and figures ({@code OFR-only})
 * @param description one line
 * @param settings    the settings the method fixes (agent.plugin, augmenter.plugin, train.reward)
 */
public record Method(String name, String label, String description, Settings settings) {

    public static final Method ALP = new Method("alp", "ALP", "always local processing",
            Settings.of("agent.plugin", "alp", "augmenter.plugin", "none", "train.episodes", 0));
    public static final Method NSG = new Method("nsg", "NSG", "Neurosurgeon: each device minimises its own cost",
            Settings.of("agent.plugin", "neurosurgeon", "augmenter.plugin", "none", "train.episodes", 0));
    public static final Method IQL = new Method("iql", "IQL", "dueling DDQN on local observations, own QoS",
            Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "none", "train.reward", "own-qos"));
    public static final Method AMFQ = new Method("amfq", "AMFQ",
            "dueling DDQN with the proximity mean field, own QoS",
            Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "proximity-mean-field",
                    "train.reward", "own-qos"));
    public static final Method OFR_ONLY = new Method("ofr-only", "OFR-only",
            "dueling DDQN on local observations, oracle-shaped reward",
            Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "none", "train.reward", "oracle-value"));
    public static final Method COA_ONLY = new Method("coa-only", "COA-only",
            "dueling DDQN with competitor-aware records, own QoS",
            Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "competitor-aware",
                    "train.reward", "own-qos"));
    public static final Method FOCI = new Method("foci", "FOCI",
            "dueling DDQN with competitor-aware records, oracle-shaped reward",
            Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "competitor-aware",
                    "train.reward", "oracle-value"));

    public Method {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
    }

    /** The seven methods of Table 1 and the ablation, in table order. */
    public static List<Method> all() {
        return List.of(ALP, NSG, IQL, AMFQ, OFR_ONLY, COA_ONLY, FOCI);
    }

    /** The method named {@code name}, if it is one of {@link #all()}. */
    public static Optional<Method> named(String name) {
        return all().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The names of {@link #all()}. */
    public static List<String> names() {
        return all().stream().map(Method::name).toList();
    }
}
