/**
 * The {@code foci sweep} subcommand, contributed to the {@code foci} command line through
 * {@link org.foci.experiments.cli.CommandExtension}. {@link org.foci.sweep.cli.SweepCommand} holds
 * options only (JDK and picocli types), so {@code foci --help} can list it on a class path without
 * Spark; {@link org.foci.sweep.cli.SweepAction} does the work.
 */
package org.foci.sweep.cli;
