package org.foci.experiments.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.oracle.OracleInstances;
import org.foci.experiments.wiring.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foci oracle}: solves SM allocation instances from JSON with a named allocator. */
@Command(name = "oracle", mixinStandardHelpOptions = true,
        description = {"Solve SM allocation instances from JSON with a named allocator and print JSON.",
            "input  {\"instances\":[{\"sms\":24,\"devices\":[{\"rc\":0.8,\"rf\":1.9}, ...]}, ...]}",
            "output {\"allocator\":\"NAME\",\"results\":[{\"allocation\":[...],\"worstCost\":1.234}, ...]}"})
final class OracleCommand implements Callable<Integer> {

    @Option(names = {"-a", "--allocator"}, defaultValue = "ipls-minrisk",
            description = "Allocator plug-in name (default: ${DEFAULT-VALUE}); see 'foci list'.")
    String allocator;

    @Option(names = {"-i", "--input"}, required = true, description = "Instances file (JSON), or - for standard input.")
    String input;

    @Option(names = "--epsilon", description = "Tolerance of ipls-minrisk (its 'epsilon' setting).")
    Double epsilon;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Another allocator setting (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = {"-o", "--output"}, description = "Write the result here (atomically) instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    private final Provider<PluginRegistry> plugins;

    @Inject
    OracleCommand(Provider<PluginRegistry> plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws IOException {
        Settings settings = Assignments.parse(sets, "--set");
        if (epsilon != null) {
            settings = settings.with("epsilon", epsilon);
        }
        PluginRegistry registry = plugins.get();
        Allocator solver = registry.provider(PluginKind.ALLOCATOR, allocator, "--allocator")
                .create(settings);
        List<AllocationRequest> instances;
        if ("-".equals(input)) {
            instances = OracleInstances.read("<stdin>", System.in);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(input))) {
                instances = OracleInstances.read(input, in);
            } catch (NoSuchFileException e) {
                throw new UserException(input + ": no such file");
            }
        }
        List<Allocation> results = new ArrayList<>(instances.size());
        for (AllocationRequest instance : instances) {
            results.add(solver.allocate(instance));
        }
        String json = OracleInstances.toJson(OracleInstances.results(allocator, results));
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(output, json);
        }
        return 0;
    }
}
