package org.foci.sweep.cli;

import org.foci.experiments.cli.CommandExtension;

/** Adds {@code foci sweep} to the {@code foci} command line (registered in {@code META-INF/services}). */
public final class SweepCommandExtension implements CommandExtension {

    @Override
    public Object command() {
        return new SweepCommand();
    }
}
