package org.foci.api;

import java.util.List;
import java.util.Objects;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.api.env.EnvironmentProvider;
import org.foci.api.env.MobilityProvider;
import org.foci.api.experiment.MethodProvider;
import org.foci.api.experiment.ScalePresetProvider;

/**
 * A kind of plug-in: the provider interface that {@link java.util.ServiceLoader} looks up, and the
 * word used for it in messages and in {@code foci list}.
 *
 * @param label    lowercase singular word, for example {@code allocator}; never null
 * @param provider the provider interface; never null
 * @param <P>      the provider type
 */
public record PluginKind<P extends PluginProvider>(String label, Class<P> provider) {

    /** SM allocators ({@link org.foci.api.allocation.Allocator}). */
    public static final PluginKind<AllocatorProvider> ALLOCATOR = new PluginKind<>("allocator", AllocatorProvider.class);
    /** Observation augmenters ({@link org.foci.api.agent.ObservationAugmenter}). */
    public static final PluginKind<AugmenterProvider> AUGMENTER = new PluginKind<>("augmenter", AugmenterProvider.class);
    /** Decision makers ({@link org.foci.api.agent.Agent}). */
    public static final PluginKind<AgentProvider> AGENT = new PluginKind<>("agent", AgentProvider.class);
    /** Simulators ({@link org.foci.api.env.Environment}). */
    public static final PluginKind<EnvironmentProvider> ENVIRONMENT =
            new PluginKind<>("environment", EnvironmentProvider.class);
    /** Device mobility ({@link org.foci.api.env.MobilityModel}). */
    public static final PluginKind<MobilityProvider> MOBILITY = new PluginKind<>("mobility", MobilityProvider.class);
    /** Methods of a comparison ({@link MethodProvider}): named bundles of settings, one row of Table 1 each. */
    public static final PluginKind<MethodProvider> METHOD = new PluginKind<>("method", MethodProvider.class);
    /** Scale presets ({@link ScalePresetProvider}): how big and how long an experiment is. */
    public static final PluginKind<ScalePresetProvider> PRESET = new PluginKind<>("preset", ScalePresetProvider.class);

    /**
     * Checks that the label and the provider type are present.
     *
     * @param label    lowercase singular word, for example {@code allocator}; never null
     * @param provider the provider interface; never null
     */
    public PluginKind {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(provider, "provider");
    }

    /** {@return the kinds this version of the API defines, in a stable order} */
    public static List<PluginKind<?>> all() {
        return List.of(ALLOCATOR, AUGMENTER, AGENT, ENVIRONMENT, MOBILITY, METHOD, PRESET);
    }
}
