package org.foci.experiments.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.job.JobConfigs;
import org.foci.experiments.io.Json;
import org.foci.experiments.io.OutputLock;
import org.foci.experiments.report.Metric;
import org.foci.experiments.run.EvaluationResult;
import org.foci.experiments.run.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foci evaluate}: evaluates a saved agent on the held-out episodes. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate a saved agent (agent.ckpt from 'foci train' or 'foci reproduce') greedily on the "
                + "held-out episodes with the fixed evaluation seeds.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = {"-m", "--method"}, required = true, description = "The method the checkpoint belongs to.")
    String method;

    @Option(names = {"-c", "--checkpoint"}, required = true, description = "The agent checkpoint file.")
    Path checkpoint;

    @Option(names = {"-o", "--output"}, description = "Also write the evaluation as JSON to this file.")
    Path output;

    @Mixin
    JobOptions options;

    @Spec
    CommandSpec spec;

    private final Provider<JobConfigs> jobConfigs;
    private final Provider<TrainingRun> trainingRun;

    @Inject
    EvaluateCommand(Provider<JobConfigs> jobConfigs, Provider<TrainingRun> trainingRun) {
        this.jobConfigs = jobConfigs;
        this.trainingRun = trainingRun;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(checkpoint)) {
            throw new UserException(checkpoint + ": no such checkpoint file");
        }
        JobConfigs configs = jobConfigs.get();
        ExperimentConfig config = options.checkedConfig(method, configs);
        long runSeed = options.spec(List.of(method), configs).firstSeed();
        EvaluationResult result;
        try {
            result = trainingRun.get().evaluateCheckpoint(config, checkpoint, runSeed);
        } catch (java.io.IOException e) {
            throw new UserException(checkpoint + ": cannot be restored into " + method + ": " + e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        out.printf("%s on %d held-out episodes (%s):%n", method, result.episodes(), checkpoint);
        for (Metric metric : Metric.all()) {
            out.printf(Locale.ROOT, "  %-34s %." + metric.decimals() + "f%n", metric.label(),
                    metric.read().applyAsDouble(result));
        }
        out.flush();
        if (output != null) {
            Path folder = output.toAbsolutePath().getParent();
            try (OutputLock lock = OutputLock.acquire(folder, "foci evaluate")) {
                Json.write(output, result);
            }
        }
        return 0;
    }
}
