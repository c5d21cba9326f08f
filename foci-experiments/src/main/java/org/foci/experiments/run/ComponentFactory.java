package org.foci.experiments.run;

import com.google.inject.Inject;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.AugmenterProvider;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.EnvironmentProvider;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.MobilityProvider;
import org.foci.api.env.ServiceArea;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.PluginSlot;
import org.foci.experiments.guard.GuardedAllocator;
import org.foci.experiments.guard.PluginFault;
import org.foci.experiments.guard.PluginIdentity;
import org.foci.experiments.guard.RunPosition;
import org.foci.experiments.wiring.PluginRegistry;

/** Assembles the components of a run from a configuration, choosing every plug-in by name. */
public final class ComponentFactory {

    private final PluginRegistry registry;

    @Inject
    public ComponentFactory(PluginRegistry registry) {
        this.registry = registry;
    }

    /**
     * Builds an environment, augmenter and agent.
     *
     * @param config    a configuration already checked by {@link org.foci.experiments.config.ConfigCheck}
     * @param agentSeed the agent's seed
     */
    public RunComponents build(ExperimentConfig config, long agentSeed) {
        RunPosition position = new RunPosition();
        Assembled assembled = assemble(config, position);
        Environment environment = assembled.environment();
        AugmenterProvider augmenterProvider = provider(PluginKind.AUGMENTER, config, PluginSlot.AUGMENTER);
        ObservationAugmenter augmenter = augmenterProvider.create(
                config.pluginSettings(PluginSlot.AUGMENTER, augmenterProvider));
        PluginIdentity augmenterId = PluginIdentity.of("augmenter", augmenterProvider.name(), augmenter);
        int added = augmenter.featureCount(environment.spec());
        if (added < 0) {
            throw new PluginFault(augmenterId.toString(), position.describe(),
                    "featureCount returned " + added + "; it must be >= 0", null);
        }
        int features = environment.spec().observationSize() + added;
        AgentProvider agentProvider = provider(PluginKind.AGENT, config, PluginSlot.AGENT);
        Agent agent = agentProvider.create(config.pluginSettings(PluginSlot.AGENT, agentProvider),
                new AgentSpec(environment.spec().deviceCount(), features, environment.spec().actionCount(), agentSeed));
        return new RunComponents(environment, augmenter, agent, assembled.oracle(), assembled.runtime(), position,
                augmenterId, PluginIdentity.of("agent", agentProvider.name(), agent));
    }

    /** Builds the environment alone, for scenario summaries and benchmarks. */
    public Environment environment(ExperimentConfig config) {
        return assemble(config, new RunPosition()).environment();
    }

    private record Assembled(Environment environment, TimedAllocator oracle, TimedAllocator runtime) {
    }

    private Assembled assemble(ExperimentConfig config, RunPosition position) {
        ServiceArea area = config.area();
        EnvironmentProvider envProvider = provider(PluginKind.ENVIRONMENT, config, PluginSlot.ENVIRONMENT);
        Settings envSettings = config.pluginSettings(PluginSlot.ENVIRONMENT, envProvider);
        MobilityProvider mobilityProvider = provider(PluginKind.MOBILITY, config, PluginSlot.MOBILITY);
        MobilityModel mobility = mobilityProvider.create(config.pluginSettings(PluginSlot.MOBILITY, mobilityProvider),
                area, envProvider.stepSeconds(envSettings));
        AllocatorProvider runtimeProvider = provider(PluginKind.ALLOCATOR, config, PluginSlot.RUNTIME);
        AllocatorProvider shapingProvider = provider(PluginKind.ALLOCATOR, config, PluginSlot.SHAPING);
        TimedAllocator runtime = new TimedAllocator(runtimeProvider.create(
                config.pluginSettings(PluginSlot.RUNTIME, runtimeProvider)));
        TimedAllocator oracle = new TimedAllocator(shapingProvider.create(
                config.pluginSettings(PluginSlot.SHAPING, shapingProvider)));
        // The environment sees guarded allocators; the timers inside measure the plug-ins alone.
        Environment environment = envProvider.create(envSettings, new EnvironmentComponents(area, mobility,
                new GuardedAllocator(runtime, PluginIdentity.of("runtime allocator", runtimeProvider.name(),
                        runtime.delegate()), position),
                new GuardedAllocator(oracle, PluginIdentity.of("shaping allocator", shapingProvider.name(),
                        oracle.delegate()), position)));
        return new Assembled(environment, oracle, runtime);
    }

    private <P extends org.foci.api.PluginProvider> P provider(PluginKind<P> kind, ExperimentConfig config,
                                                               PluginSlot slot) {
        return registry.provider(kind, config.pluginName(slot), slot.selectorKey());
    }
}
