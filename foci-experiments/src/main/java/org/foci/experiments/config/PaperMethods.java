package org.foci.experiments.config;

import java.util.List;
import org.foci.api.Settings;
import org.foci.api.experiment.MethodProvider;

/**
 * The paper's seven methods (Table 1 and the ablation, MODEL.md §10), contributed as plug-ins through
 * {@code META-INF/services/org.foci.api.experiment.MethodProvider} like any researcher's method.
 *
 * <p>They live here, in the module that owns the comparison and Table 1, because a method only names
 * plug-ins of the four implementation modules and a training reward this module's training loop applies.
 */
public final class PaperMethods {

    /** The paper's methods, in the paper's order: Table 1 lists them first, in this order. */
    public static final List<String> NAMES = List.of("alp", "nsg", "iql", "amfq", "ofr-only", "coa-only", "foci");

    private PaperMethods() {
    }

    /** A method defined by its fields; the base of the seven below. */
    abstract static class Definition extends NamedSettings implements MethodProvider {

        private final String label;

        Definition(String name, String label, String description, Settings settings) {
            super(name, description, settings);
            this.label = label;
        }

        @Override
        public final String label() {
            return label;
        }
    }

    /** ALP: always local processing. */
    public static final class Alp extends Definition {
        public Alp() {
            super("alp", "ALP", "always local processing",
                    Settings.of("agent.plugin", "alp", "augmenter.plugin", "none", "train.episodes", 0));
        }
    }

    /** NSG: Neurosurgeon. */
    public static final class Nsg extends Definition {
        public Nsg() {
            super("nsg", "NSG", "Neurosurgeon: each device minimises its own cost",
                    Settings.of("agent.plugin", "neurosurgeon", "augmenter.plugin", "none", "train.episodes", 0));
        }
    }

    /** IQL: independent learners on local observations. */
    public static final class Iql extends Definition {
        public Iql() {
            super("iql", "IQL", "dueling DDQN on local observations, own QoS",
                    Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "none", "train.reward", "own-qos"));
        }
    }

    /** AMFQ: the proximity mean field. */
    public static final class Amfq extends Definition {
        public Amfq() {
            super("amfq", "AMFQ", "dueling DDQN with the proximity mean field, own QoS",
                    Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "proximity-mean-field",
                            "train.reward", "own-qos"));
        }
    }

    /** OFR-only: the oracle-shaped reward alone. */
    public static final class OfrOnly extends Definition {
        public OfrOnly() {
            super("ofr-only", "OFR-only", "dueling DDQN on local observations, oracle-shaped reward",
                    Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "none",
                            "train.reward", "oracle-value"));
        }
    }

    /** COA-only: competitor-aware records alone. */
    public static final class CoaOnly extends Definition {
        public CoaOnly() {
            super("coa-only", "COA-only", "dueling DDQN with competitor-aware records, own QoS",
                    Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "competitor-aware",
                            "train.reward", "own-qos"));
        }
    }

    /** FOCI: competitor-aware records and the oracle-shaped reward. */
    public static final class Foci extends Definition {
        public Foci() {
            super("foci", "FOCI", "dueling DDQN with competitor-aware records, oracle-shaped reward",
                    Settings.of("agent.plugin", "dueling-ddqn", "augmenter.plugin", "competitor-aware",
                            "train.reward", "oracle-value"));
        }
    }

    /**
     * Names in table order: the paper's methods present among {@code names} in the paper's order, then the
     * others in the order given.
     */
    public static List<String> tableOrder(List<String> names) {
        List<String> ordered = new java.util.ArrayList<>(NAMES.stream().filter(names::contains).toList());
        names.stream().filter(n -> !NAMES.contains(n) && !ordered.contains(n)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
