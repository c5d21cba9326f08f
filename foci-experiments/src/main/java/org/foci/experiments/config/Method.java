package org.foci.experiments.config;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.experiment.MethodProvider;

/**
 * A method of a comparison as a job uses it (MODEL.md §10): which agent, which augmenter, which
 * training reward and any other setting it fixes. The methods themselves are plug-ins
 * ({@link MethodProvider}, the paper's seven in {@link PaperMethods}); this is the value a job holds.
 *
 * @param name        the method's id, kebab case ({@code ofr-only})
 * @param label       the name in tables and figures ({@code OFR-only})
 * @param description one line
 * @param settings    the settings the method fixes (agent.plugin, augmenter.plugin, train.reward, …)
 */
public record Method(String name, String label, String description, Settings settings) {

    public Method {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
    }

    /** The method a provider contributes. */
    public static Method of(MethodProvider provider) {
        return new Method(provider.name(), provider.label(), provider.description(), provider.settings());
    }
}
