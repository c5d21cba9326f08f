package org.foci.experiments.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Picocli's factory backed by the process's injector: commands, mixins and their collaborators are built by
 * Guice (constructor injection); what Guice cannot build (picocli's own types) falls back to picocli's
 * default factory.
 */
final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = Objects.requireNonNull(injector, "injector");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException notInjectable) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
