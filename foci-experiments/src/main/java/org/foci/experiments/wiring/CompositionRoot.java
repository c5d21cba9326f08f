package org.foci.experiments.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.foci.experiments.config.ExperimentModule;

/**
 * The one Guice injector of a process, created on first use from {@link ExperimentModule} with the plug-ins
 * the thread's context class loader sees: the command line's entry point builds its commands with it, and a
 * Spark executor running sweep tasks wires its services with it. Nothing else creates an injector.
 *
 * <p>Thread-safe. A failed creation is not kept: the next use tries again and reports again.
 */
public final class CompositionRoot {

    private static final Object LOCK = new Object();
    private static volatile Injector injector;

    private CompositionRoot() {
    }

    /** This process's injector. */
    public static Injector injector() {
        Injector root = injector;
        if (root == null) {
            synchronized (LOCK) {
                root = injector;
                if (root == null) {
                    root = Guice.createInjector(new ExperimentModule());
                    injector = root;
                }
            }
        }
        return root;
    }
}
