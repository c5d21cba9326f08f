package org.foci.experiments.config;

import java.util.List;
import org.foci.api.PluginKind;
import org.foci.api.SettingKey;
import org.foci.env.M2mCi;
import org.foci.env.M2mCiEnvironmentProvider;

/**
 * A place in the configuration where a plug-in is chosen by name: {@code <scope>.plugin} names it
 * and the other {@code <scope>.*} keys are its settings.
 *
 * @param scope       the configuration scope, for example {@code shaping}
 * @param kind        the kind of plug-in
 * @param defaultName the plug-in used when none is named
 * @param role        what the plug-in does here, for help texts
 */
public record PluginSlot(String scope, PluginKind<?> kind, String defaultName, String role) {

    // environment, mobility and allocator defaults are the one-line environment's (M2mCi): one assembly
    /** The simulator. */
    public static final PluginSlot ENVIRONMENT = new PluginSlot("env", PluginKind.ENVIRONMENT,
            M2mCiEnvironmentProvider.NAME, "the simulator");
    /** Device movement. */
    public static final PluginSlot MOBILITY = new PluginSlot("mobility", PluginKind.MOBILITY, M2mCi.DEFAULT_MOBILITY,
            "how devices move");
    /** The edges' runtime SM allocation. */
    public static final PluginSlot RUNTIME = new PluginSlot("runtime", PluginKind.ALLOCATOR, M2mCi.DEFAULT_RUNTIME,
            "how edges split their SMs at run time");
    /** The fairness oracle behind the shaping reward. */
    public static final PluginSlot SHAPING = new PluginSlot("shaping", PluginKind.ALLOCATOR, M2mCi.DEFAULT_SHAPING,
            "the fairness oracle whose value shapes rewards");
    /** The decision maker. */
    public static final PluginSlot AGENT = new PluginSlot("agent", PluginKind.AGENT, "dueling-ddqn",
            "how devices decide");
    /** Extra observation features. */
    public static final PluginSlot AUGMENTER = new PluginSlot("augmenter", PluginKind.AUGMENTER, "none",
            "what devices observe beyond their own state");

    /** Every slot, in the order components are built. */
    public static List<PluginSlot> all() {
        return List.of(ENVIRONMENT, MOBILITY, RUNTIME, SHAPING, AGENT, AUGMENTER);
    }

    /** The key naming the plug-in, relative to the scope: {@code plugin}. */
    public SettingKey<String> selector() {
        return SettingKey.text("plugin", defaultName, "the " + kind.label() + " plug-in: " + role);
    }

    /** The full selector key, for example {@code shaping.plugin}. */
    public String selectorKey() {
        return scope + ".plugin";
    }
}
