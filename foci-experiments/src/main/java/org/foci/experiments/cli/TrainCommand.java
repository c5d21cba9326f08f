package org.foci.experiments.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
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

/** {@code foci train}: trains and evaluates one method. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train one method (if it learns) and evaluate it on held-out episodes.",
            "The final agent is saved as <out>/runs/<method>/seed-<s>/agent.ckpt (see 'foci evaluate')."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = {"-m", "--method"}, required = true,
            description = "alp, nsg, iql, amfq, ofr-only, coa-only, foci or a method plug-in's name.")
    String method;

    @Mixin
    JobOptions options;

    @Option(names = {"-o", "--out"}, description = "Output folder (default: results/train-<method>-<preset>).")
    Path out;

    @Spec
    CommandSpec spec;

    private final Provider<ReproduceJob> reproduceJob;
    private final Provider<JobConfigs> jobConfigs;

    @Inject
    TrainCommand(Provider<ReproduceJob> reproduceJob, Provider<JobConfigs> jobConfigs) {
        this.reproduceJob = reproduceJob;
        this.jobConfigs = jobConfigs;
    }

    @Override
    public Integer call() throws Exception {
        JobSpec job = options.spec(List.of(method), jobConfigs.get());
        Path folder = out != null ? out : Path.of("results", "train-" + method + "-" + job.preset());
        ReproduceJob runner = reproduceJob.get();
        runner.check(job);
        try (StopSignal.Watch watch = StopSignal.process().watch();
                OutputLock lock = OutputLock.acquire(folder, "foci train")) {
            JobResult result = runner.run(job, folder, options.jobs, ProgressBars.forConsole()::bar,
                    StopSignal.process());
            ReportWriter.write(result, folder, List.of());
            spec.commandLine().getOut().printf("%s%nwrote %s%n",
                    java.nio.file.Files.readString(folder.resolve("table1.md")), folder);
        }
        return 0;
    }
}
