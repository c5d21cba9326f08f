package org.foci.experiments.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import org.foci.api.env.Environment;
import org.foci.experiments.report.ScenarioFigures;
import org.foci.experiments.run.ComponentFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.foci.experiments.job.JobConfigs;
import org.foci.experiments.job.JobResult;
import org.foci.experiments.job.JobSpec;
import org.foci.experiments.job.ReproduceJob;
import org.foci.experiments.io.OutputLock;
import org.foci.experiments.report.ReportWriter;
import org.foci.experiments.run.StopSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foci reproduce}: the paper's Table 1, ablation and figures with one command. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reproduce the paper's Table 1, ablation and figures.",
            "Trains and evaluates ALP, NSG, IQL, AMFQ, OFR-only, COA-only and FOCI (and any method plug-in named",
            "with --methods) and writes table1.md/csv/json,",
            "figures/, report.md and report.html. Re-running with the same --out resumes where it stopped."})
final class ReproduceCommand implements Callable<Integer> {

    @Mixin
    JobOptions options;

    @Option(names = {"-o", "--out"}, description = "Output folder (default: results/<preset>).")
    Path out;

    @Option(names = {"-m", "--methods"}, split = ",", description = "These methods (default: the paper's seven); "
            + "Table 1 lists the paper's first, in its order, then the others as given. See 'foci list'.")
    List<String> methods;

    @Spec
    CommandSpec spec;

    private final Provider<ReproduceJob> reproduceJob;
    private final Provider<JobConfigs> jobConfigs;
    private final Provider<ComponentFactory> components;

    @Inject
    ReproduceCommand(Provider<ReproduceJob> reproduceJob, Provider<JobConfigs> jobConfigs,
                     Provider<ComponentFactory> components) {
        this.reproduceJob = reproduceJob;
        this.jobConfigs = jobConfigs;
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        JobConfigs configs = jobConfigs.get();
        JobSpec job = options.spec(methods, configs);
        Path folder = out != null ? out : Path.of("results", job.preset());
        ReproduceJob reproduce = reproduceJob.get();
        reproduce.check(job);
        try (StopSignal.Watch watch = StopSignal.process().watch();
                OutputLock lock = OutputLock.acquire(folder, "foci reproduce")) {
            JobResult result = reproduce.run(job, folder, options.jobs, ProgressBars.forConsole()::bar,
                    StopSignal.process());
            Environment environment = components.get().environment(configs.configs(job).values().iterator().next());
            ReportWriter.write(result, folder, ScenarioFigures.reportHeatmap(environment, folder).stream().toList());
            spec.commandLine().getOut().printf("%s%nwrote %s (table1.md, table1.csv, table1.json, figures/, "
                    + "report.md, report.html) in %.0f s%n",
                    java.nio.file.Files.readString(folder.resolve("table1.md")), folder, result.wallSeconds());
        }
        return 0;
    }
}
