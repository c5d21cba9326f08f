package org.foci.api.experiment;

import org.foci.api.PluginProvider;
import org.foci.api.Settings;

/**
 * A method of a comparison: a named bundle of settings and plug-in choices that {@code foci reproduce}
 * trains, evaluates and reports as one row of Table 1 (the paper's seven are {@code alp}, {@code nsg},
 * {@code iql}, {@code amfq}, {@code ofr-only}, {@code coa-only} and {@code foci}).
 *
 * <p>A method is data: it creates nothing. It fixes configuration keys in the framework's flat dotted
 * form — which agent ({@code agent.plugin}), which augmenter ({@code augmenter.plugin}), which training
 * reward ({@code train.reward}), and any other key, such as the fairness oracle ({@code shaping.plugin})
 * or a plug-in's own setting ({@code agent.learningRate}). A scale preset is applied below these settings
 * and the user's settings above them. The framework checks every key and value before anything runs and
 * names the offending key, so a typo in a method fails at start-up.
 *
 * <p>Register an implementation in {@code META-INF/services/org.foci.api.experiment.MethodProvider}. Like
 * every provider it needs a public no-argument constructor and must be cheap to construct, stateless and
 * thread-safe; {@link #settings()} must return the same settings on every call.
 */
public interface MethodProvider extends PluginProvider {

    /**
     * The method's id, lowercase kebab case ({@code foci}, {@code ofr-only}), unique among methods: the
     * name {@code --methods} takes and the run folder {@code runs/<name>/} uses.
     */
    @Override
    String name();

    /** {@return the method's name in tables and figures ({@code OFR-only}); short, never null or blank} */
    String label();

    /** One line saying what the method is, for {@code foci list}; never null. */
    @Override
    String description();

    /**
     * The settings the method fixes, full dotted keys ({@code agent.plugin}, {@code train.reward});
     * never null. Keys it leaves out keep the scale preset's value or their default.
     *
     * @return the settings
     */
    Settings settings();
}
