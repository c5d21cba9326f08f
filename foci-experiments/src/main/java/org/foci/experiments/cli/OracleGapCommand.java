package org.foci.experiments.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.foci.api.PluginKind;
import org.foci.api.allocation.Allocator;
import org.foci.experiments.wiring.PluginRegistry;
import org.foci.oracle.OracleGapStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foci oracle-gap}: how far an allocator's worst cost is from the exact max-min optimum. */
@Command(name = "oracle-gap", mixinStandardHelpOptions = true,
        description = {"Measure an allocator's gap to the exact max-min optimum.",
            "Compares with maxmin-exact on seeded random instance families (realistic and adversarial) and",
            "prints a Markdown summary with the worst instances."})
final class OracleGapCommand implements Callable<Integer> {

    @Option(names = {"-a", "--allocator"}, defaultValue = "ipls-minrisk",
            description = "Allocator plug-in name (default: ${DEFAULT-VALUE}).")
    String allocator;

    @Option(names = "--instances", defaultValue = "500", description = "Instances per family (default: ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the instances (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An allocator setting (repeatable).")
    List<String> sets = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final Provider<PluginRegistry> plugins;

    @Inject
    OracleGapCommand(Provider<PluginRegistry> plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        if (instances < 1) {
            throw new UserException("--instances must be >= 1, but was " + instances);
        }
        PluginRegistry registry = plugins.get();
        Allocator candidate = registry.provider(PluginKind.ALLOCATOR, allocator, "--allocator")
                .create(Assignments.parse(sets, "--set"));
        spec.commandLine().getOut().print(OracleGapStudy.run(candidate, seed, instances).toMarkdown());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
