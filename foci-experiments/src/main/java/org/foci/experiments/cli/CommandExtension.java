package org.foci.experiments.cli;

/**
 * A subcommand contributed by another module (for example {@code foci sweep} from
 * {@code foci-sweep}), found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.foci.experiments.cli.CommandExtension}. Keeps heavy dependencies
 * (Spark) out of this module: the subcommand exists only when its module is on the class path.
 */
public interface CommandExtension {

    /** A new picocli command object (annotated with {@code @Command}). */
    Object command();
}
