package org.foci.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import org.foci.api.ConfigurationException;
import org.foci.experiments.io.PathProblems;
import org.foci.experiments.guard.PluginFault;
import org.foci.experiments.run.BuildFingerprint;
import org.foci.experiments.run.RunStoppedException;
import org.foci.experiments.run.StopSignal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code foci} command line: the front door of the framework.
 *
 * <p>Exit status: 0 when done; 2 for what the user can fix, printed as one line without a stack trace
 * (configuration problems, bad option values, bad files, a path that cannot be used — a file where a folder
 * is expected, no permission, a full disk —, an output folder in use by another process, a plug-in that
 * broke its contract); 130 or 143 when SIGINT or SIGTERM stopped the runs at a safe point; 1 for anything
 * unexpected, with its stack trace. {@code --debug} adds the stack trace to every error.
 */
@Command(name = "foci", mixinStandardHelpOptions = true, versionProvider = FociCommand.Version.class,
        description = "FOCI: fair collaborative inference at the network edge.%n"
                + "Simulator on real Porto taxi traces, max-min fairness oracle, MARL agents, baselines.",
        subcommands = {ReproduceCommand.class, TrainCommand.class, EvaluateCommand.class, ScenarioCommand.class,
                ListCommand.class,
                OracleCommand.class, OracleGapCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class FociCommand implements Runnable {

    /** Exit status for a user mistake. */
    public static final int USER_ERROR = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces for every error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        boolean runsLearners = java.util.Arrays.stream(args).anyMatch(
                a -> java.util.Set.of("reproduce", "train", "evaluate", "sweep", "bench").contains(a));
        if (runsLearners && System.getenv("OMP_NUM_THREADS") == null && nativeBlasRequested()) {
            // Portable mode pins one thread itself (BlasRuntime); native mode leaves ND4J's OpenMP pool to this
            // variable, read when the native library loads and fixed afterwards.
            System.err.println("foci: OMP_NUM_THREADS is not set, so ND4J uses one thread per core: learners run "
                    + "slower and their numbers differ in the last bits from runs with the documented setting "
                    + "(./foci sets OMP_NUM_THREADS=1).");
        }
        SignalStop signals = SignalStop.install();
        int status;
        try {
            status = execute(args);
        } finally {
            // Printed and flushed by now: a signal's hook may let the JVM exit.
            signals.commandReturned();
        }
        System.exit(status);
    }

    private static boolean nativeBlasRequested() {
        try {
            return org.foci.agents.numerics.BlasMode.requested() == org.foci.agents.numerics.BlasMode.NATIVE;
        } catch (IllegalArgumentException e) {
            System.err.println("foci: " + e.getMessage());
            System.exit(2);
            return false;
        }
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; {@link CommandLine#setOut}/{@code setErr} may redirect it in tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(FociCommand.class,
                new GuiceFactory(org.foci.experiments.wiring.CompositionRoot.injector()));
        for (CommandExtension extension : java.util.ServiceLoader.load(CommandExtension.class)) {
            cli.addSubcommand(extension.command());
        }
        cli.setExecutionExceptionHandler(FociCommand::handle);
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        // --debug is inherited: 'foci --debug reproduce' and 'foci reproduce --debug' both count.
        boolean debug = false;
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            debug |= level.hasMatchedOption("--debug");
        }
        RunStoppedException stopped = find(e, RunStoppedException.class);
        if (stopped != null) {
            err.println("foci " + cli.getCommandName() + ": " + stopped.getMessage());
            err.flush();
            return stopped.exitStatus() != 0 ? stopped.exitStatus() : StopSignal.SIGINT;
        }
        Throwable mistake = userMistake(e);
        FileSystemException path = PathProblems.find(e);
        String line = mistake != null ? mistake.getMessage() : path != null ? PathProblems.describe(path) : null;
        if (line != null) {
            err.println("foci " + cli.getCommandName() + ": " + line);
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return USER_ERROR;
        }
        err.println("foci " + cli.getCommandName() + ": unexpected failure: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    /** The user mistake behind {@code e} (it may come wrapped, e.g. by Guice), or null. */
    static Throwable userMistake(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserException || t instanceof ConfigurationException || t instanceof PluginFault) {
                return t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Reports the version and the build fingerprint (runs of another build are recomputed, never reused). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"foci " + BuildFingerprint.describe(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
