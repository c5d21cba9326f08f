package org.foci.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.foci.api.ConfigurationException;
import org.foci.api.ConfigurationProblem;
import org.foci.api.PluginCatalog;
import org.foci.api.PluginDiscovery;
import org.foci.api.PluginKind;
import org.foci.api.PluginProvider;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.MobilityProvider;
import org.foci.api.env.ServiceArea;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.mobility.PortoTraceMobilityProvider;

/**
 * The paper's {@code m2m-ci} environment in one line, assembled from settings the way the command
 * line assembles it: the service area ({@code area.*}), the mobility model ({@code mobility.plugin},
 * the shipped Porto trace by default, and its {@code mobility.*} keys), the edges' runtime allocator
 * ({@code runtime.plugin}, default {@code equal-share}) and the fairness oracle ({@code shaping.plugin},
 * default {@code ipls-minrisk}), each with its own keys, and the simulator's {@code env.*} keys.
 *
 * <pre>{@code
 * Environment env = M2mCi.environment(Settings.of("env.devices", 24, "env.edges", 3, "env.episodeSeconds", 300));
 * StepBatch batch = env.reset(seed, Split.TRAIN);
 * }</pre>
 *
 * <p>The plug-ins are found by name with {@link PluginDiscovery}; the allocators live in
 * {@code org.foci:foci-oracle}, which must be on the class path beside this module (or another jar
 * providing the named allocators). The same settings and seed give the same bits as an environment
 * the command line builds.
 */
public final class M2mCi {

    /** The scope of the service area's keys. */
    public static final String AREA = "area";
    /** The scope of the simulator's keys ({@link EnvironmentConfig#keys()}). */
    public static final String ENV = "env";
    /** The scope of the mobility model: {@code mobility.plugin} and the model's keys. */
    public static final String MOBILITY = "mobility";
    /** The scope of the edges' runtime SM allocator: {@code runtime.plugin} and its keys. */
    public static final String RUNTIME = EnvironmentComponents.RUNTIME;
    /** The scope of the fairness oracle: {@code shaping.plugin} and its keys. */
    public static final String SHAPING = EnvironmentComponents.SHAPING;
    /** The key, within a scope, naming the plug-in. */
    public static final String PLUGIN = "plugin";

    /** The mobility model used when {@code mobility.plugin} is not set. */
    public static final String DEFAULT_MOBILITY = PortoTraceMobilityProvider.NAME;
    /** The runtime allocator used when {@code runtime.plugin} is not set. */
    public static final String DEFAULT_RUNTIME = "equal-share";
    /** The fairness oracle used when {@code shaping.plugin} is not set. */
    public static final String DEFAULT_SHAPING = "ipls-minrisk";

    /** The module holding the project's allocators, named when one of them is missing. */
    static final String ORACLE_MODULE = "org.foci:foci-oracle";
    /** The allocators {@link #ORACLE_MODULE} provides. */
    static final Set<String> ORACLE_MODULE_ALLOCATORS = Set.of("ipls-minrisk", "maxmin-exact", "equal-share",
            "proportional");

    private static final List<String> SCOPES = List.of(AREA, ENV, MOBILITY, RUNTIME, SHAPING);

    private M2mCi() {
    }

    /** {@return the environment with every setting at its default (MODEL.md: 240 devices, 11 edges, Porto)} */
    public static Environment environment() {
        return environment(Settings.empty());
    }

    /**
     * The {@code m2m-ci} environment of these settings.
     *
     * @param settings full keys of the scopes {@code area}, {@code env}, {@code mobility}, {@code runtime}
     *                 and {@code shaping} (the command line's keys); never null
     * @throws ConfigurationException listing every problem at once: keys outside those scopes, unknown keys
     *                                and invalid values (the messages name the full key), a plug-in name not
     *                                found on the class path (naming the module to add)
     * @return a new environment, not yet reset
     */
    public static Environment environment(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        List<ConfigurationProblem> problems = new ArrayList<>();
        settings.asMap().forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot < 0 || !SCOPES.contains(key.substring(0, dot))) {
                problems.add(new ConfigurationProblem(key, value,
                        "is not a setting of the m2m-ci environment (scopes: " + String.join(", ", SCOPES) + ")"));
            }
        });
        Settings envScope = settings.scoped(ENV);
        String envName = envScope.raw(PLUGIN);
        if (envName != null && !envName.equals(M2mCiEnvironmentProvider.NAME)) {
            problems.add(new ConfigurationProblem(envScope.fullKey(PLUGIN), envName,
                    "must be " + M2mCiEnvironmentProvider.NAME + " (or unset) for M2mCi.environment"));
        }
        Settings envSettings = envScope.without(PLUGIN);
        problems.addAll(envSettings.problems(EnvironmentConfig.keys()));
        Settings areaSettings = settings.scoped(AREA);
        problems.addAll(areaSettings.problems(ServiceArea.settingKeys()));
        Slot<MobilityProvider> mobility = slot(PluginKind.MOBILITY, settings, MOBILITY, DEFAULT_MOBILITY, problems);
        Slot<AllocatorProvider> runtime = slot(PluginKind.ALLOCATOR, settings, RUNTIME, DEFAULT_RUNTIME, problems);
        Slot<AllocatorProvider> shaping = slot(PluginKind.ALLOCATOR, settings, SHAPING, DEFAULT_SHAPING, problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }

        M2mCiEnvironmentProvider envProvider = new M2mCiEnvironmentProvider();
        ServiceArea area = ServiceArea.from(areaSettings);
        MobilityModel mobilityModel = mobility.provider().create(mobility.settings(), area,
                envProvider.stepSeconds(envSettings));
        Allocator runtimeAllocator = runtime.provider().create(runtime.settings());
        Allocator shapingAllocator = shaping.provider().create(shaping.settings());
        return envProvider.create(envSettings,
                new EnvironmentComponents(area, mobilityModel, runtimeAllocator, shapingAllocator));
    }

    /** A plug-in chosen in a scope, with the scope's other keys as its settings (checked already). */
    private record Slot<P extends PluginProvider>(P provider, Settings settings) {
    }

    private static <P extends PluginProvider> Slot<P> slot(PluginKind<P> kind, Settings settings, String scope,
                                                           String defaultName, List<ConfigurationProblem> problems) {
        Settings scoped = settings.scoped(scope);
        String key = scoped.fullKey(PLUGIN);
        String name = scoped.raw(PLUGIN) == null ? defaultName : scoped.raw(PLUGIN);
        PluginCatalog<P> catalog = PluginDiscovery.discover(kind).requireNoProblems();
        if (!catalog.plugins().containsKey(name)) {
            if (kind.equals(PluginKind.ALLOCATOR) && ORACLE_MODULE_ALLOCATORS.contains(name)) {
                problems.add(new ConfigurationProblem(key, null, "names the allocator '" + name
                        + "', which is not on the class path: it is in " + ORACLE_MODULE + "; add that module"
                        + " as a dependency (allocators found: " + catalog.names() + ")"));
            } else {
                problems.add(new ConfigurationProblem(key, name,
                        "must name a known " + kind.label() + " (available: " + catalog.names() + ")"));
            }
            return null;
        }
        Settings own = scoped.without(PLUGIN);
        P provider = catalog.require(name);
        problems.addAll(own.problems(provider.settingKeys()));
        return new Slot<>(provider, own);
    }
}
