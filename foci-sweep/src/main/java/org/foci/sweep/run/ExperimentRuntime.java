package org.foci.sweep.run;

import com.google.inject.Injector;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.foci.api.Settings;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.run.TrainingRun;
import org.foci.experiments.wiring.CompositionRoot;
import org.foci.experiments.wiring.PluginRegistry;

/**
 * The experiment services of this JVM, from its one injector ({@link CompositionRoot}), shared by every task
 * that runs here:
 * a Spark executor (or the driver, in local mode) discovers its plug-ins on first use, not per run,
 * and not on the driver's behalf (Guice injectors are not serializable, and an executor's plug-in
 * jars may differ from the driver's class path).
 *
 * <p>Thread-safe: tasks of one executor run in parallel threads; the services are stateless or
 * immutable. A failed wiring (say, two plug-ins with one name) is not cached: every task reports it.
 */
public final class ExperimentRuntime {

    private static final Object LOCK = new Object();
    private static volatile ExperimentRuntime instance;

    private final PluginRegistry registry;
    private final TrainingRun trainingRun;
    private final String host;

    private ExperimentRuntime(Injector injector) {
        this.registry = injector.getInstance(PluginRegistry.class);
        this.trainingRun = injector.getInstance(TrainingRun.class);
        this.host = localHostName();
    }

    /** This JVM's runtime, wired on first use with the plug-ins the thread's class loader sees. */
    public static ExperimentRuntime get() {
        ExperimentRuntime runtime = instance;
        if (runtime == null) {
            synchronized (LOCK) {
                runtime = instance;
                if (runtime == null) {
                    runtime = new ExperimentRuntime(CompositionRoot.injector());
                    instance = runtime;
                }
            }
        }
        return runtime;
    }

    /** The discovered plug-ins. */
    public PluginRegistry registry() {
        return registry;
    }

    /** The train-and-evaluate loop of {@code foci train}. */
    public TrainingRun trainingRun() {
        return trainingRun;
    }

    /**
     * A run's configuration, composed as {@code foci train} and {@code foci reproduce} compose theirs: the
     * preset, then the method, then the run's settings.
     */
    public ExperimentConfig config(ScalePreset preset, Method method, Settings settings) {
        return new ExperimentConfig(method, preset, settings);
    }

    /** A method's label in tables, or its name when no method plug-in has that name. */
    public String methodLabel(String method) {
        return registry.names(org.foci.api.PluginKind.METHOD).contains(method)
                ? registry.method(method, "method").label() : method;
    }

    /** This machine's host name, for the rows (looked up once: it can be slow). */
    public String host() {
        return host;
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
