package org.foci.experiments.job;

import com.google.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.foci.api.DiscoveredPlugin;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.PluginSlot;
import org.foci.experiments.config.ResolvedSettings;
import org.foci.experiments.io.Json;
import org.foci.experiments.run.Provenance;
import org.foci.experiments.run.RunProgress;
import org.foci.experiments.run.RunResult;
import org.foci.experiments.run.RunStoppedException;
import org.foci.experiments.run.RunStore;
import org.foci.experiments.run.StopSignal;
import org.foci.experiments.run.TrainingRun;
import org.foci.experiments.wiring.DiscoveryReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every method of a job with every seed, {@code jobs} runs at a time, into an output folder:
 * checks the whole configuration first, writes {@code config.json}, then resumes or runs each run
 * under {@code runs/<method>/seed-<s>/}.
 *
 * <p>An output folder holding another job's {@code config.json} is refused, so results of
 * different configurations are never mixed. A stop signal (Ctrl-C) or a failed run makes every other run
 * stop at the end of its episode, with a checkpoint; the job returns only once all have ended.
 */
public final class ReproduceJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReproduceJob.class);

    /** The runs' folder under the output folder. */
    static final String RUNS = "runs";
    /** Where runs go when {@code config.json} cannot be read. */
    static final String RUNS_UNVERIFIED = "runs.unverified";

    private final JobConfigs jobConfigs;
    private final DiscoveryReport discovery;
    private final TrainingRun trainingRun;

    @Inject
    public ReproduceJob(JobConfigs jobConfigs, DiscoveryReport discovery, TrainingRun trainingRun) {
        this.jobConfigs = jobConfigs;
        this.discovery = discovery;
        this.trainingRun = trainingRun;
    }

    /**
     * Checks the whole job's configuration, before anything is created on disk.
     *
     * @throws org.foci.api.ConfigurationException listing every problem
     */
    public void check(JobSpec spec) {
        jobConfigs.checked(spec);
    }

    /**
     * Checks, then runs the job.
     *
     * @param spec     what to run
     * @param out      the output folder
     * @param jobs     runs at a time, {@code >= 1}
     * @param progress a progress listener per run, by run label
     * @throws org.foci.api.ConfigurationException before anything runs if the configuration is invalid
     */
    public JobResult run(JobSpec spec, Path out, int jobs, Function<String, RunProgress> progress)
            throws IOException, InterruptedException {
        return run(spec, out, jobs, progress, StopSignal.never());
    }

    /**
     * Checks, then runs the job; stops every run at its next safe point when {@code stop} is raised.
     *
     * @throws org.foci.experiments.run.RunStoppedException once every run has stopped, when {@code stop} was
     *         raised: finished runs are kept, the others resume from their checkpoints
     * @see #run(JobSpec, Path, int, Function)
     */
    public JobResult run(JobSpec spec, Path out, int jobs, Function<String, RunProgress> progress, StopSignal stop)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Map<Method, ExperimentConfig> configs = jobConfigs.checked(spec);
        Map<String, SortedMap<String, String>> resolved = new LinkedHashMap<>();
        configs.forEach((method, config) -> resolved.put(method.name(),
                ResolvedSettings.of(config, jobConfigs.registry())));
        JobConfigFile file = new JobConfigFile(spec, resolved);
        claim(out, file);

        List<RunTask> tasks = new ArrayList<>();
        for (Map.Entry<Method, ExperimentConfig> entry : configs.entrySet()) {
            for (long seed : spec.runSeeds()) {
                tasks.add(new RunTask(entry.getKey(), entry.getValue(), seed,
                        new RunStore(out.resolve(RUNS).resolve(entry.getKey().name()).resolve("seed-" + seed))));
            }
        }
        // Longest first, so that two workers finish together: learners before baselines.
        tasks.sort((a, b) -> Integer.compare(b.config().train().episodes(), a.config().train().episodes()));
        Map<String, List<RunResult>> results = execute(tasks, jobs, progress, stop);
        Map<String, List<RunResult>> ordered = new LinkedHashMap<>();
        for (Method method : configs.keySet()) {
            ordered.put(method.name(), results.get(method.name()));
        }
        return new JobResult(spec, List.copyOf(configs.keySet()), ordered, resolved, pluginsUsed(configs),
                recordProvenance(tasks, out), (System.nanoTime() - started) / 1e9);
    }

    private record RunTask(Method method, ExperimentConfig config, long seed, RunStore store) {
        String label() {
            return method.label() + " s" + seed;
        }
    }

    /**
     * Runs the tasks, {@code jobs} at a time. When one fails, the others are asked to stop at their next
     * episode's end (keeping a checkpoint) and the failure is thrown once all have ended: a job never
     * returns while its runs still write.
     */
    private Map<String, List<RunResult>> execute(List<RunTask> tasks, int jobs, Function<String, RunProgress> progress,
                                                 StopSignal stop) throws IOException, InterruptedException {
        StopSignal runs = stop.child();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, tasks.size())), runnable -> {
            Thread thread = new Thread(runnable, "foci-run");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        RunResult[] results = new RunResult[tasks.size()];
        Throwable failure = null;
        RunStoppedException stopped = null;
        try {
            for (int i = 0; i < tasks.size(); i++) {
                RunTask task = tasks.get(i);
                int index = i;
                done.submit(() -> {
                    try {
                        results[index] = trainingRun.run(task.config(), task.seed(), task.store(),
                                progress.apply(task.label()), runs);
                    } catch (RunStoppedException e) {
                        throw e;
                    } catch (IOException | RuntimeException | Error e) {
                        LOG.error("run {} failed", task.label());
                        throw e;
                    }
                    return index;
                });
            }
            for (int i = 0; i < tasks.size(); i++) {
                Future<Integer> future = done.take();
                try {
                    future.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RunStoppedException s) {
                        stopped = stopped == null ? s : stopped;
                    } else if (failure == null) {
                        failure = cause;
                        runs.raise(1);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure != null) {
            throw rethrow(failure);
        }
        if (stopped != null) {
            throw stopped;
        }
        Map<String, List<RunResult>> byMethod = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            byMethod.computeIfAbsent(tasks.get(i).method().name(), k -> new ArrayList<>()).add(results[i]);
        }
        byMethod.values().forEach(list -> list.sort((a, b) -> Long.compare(a.seed(), b.seed())));
        return byMethod;
    }

    /**
     * Gathers each run's provenance into {@code provenance.json} beside {@code config.json} and returns one
     * line per distinct provenance with the runs it computed.
     */
    private static List<String> recordProvenance(List<RunTask> tasks, Path out) throws IOException {
        Map<String, Object> runs = new java.util.TreeMap<>();
        Map<String, List<String>> labelsBySummary = new LinkedHashMap<>();
        for (RunTask task : tasks) {
            Optional<Provenance> provenance = Provenance.read(task.store().dir());
            String key = task.method().name() + "/seed-" + task.seed();
            runs.put(key, provenance.<Object>map(Provenance::fields).orElse("unknown"));
            String summary = provenance.map(Provenance::summary).orElse("unknown (no provenance.json)");
            labelsBySummary.computeIfAbsent(summary, k -> new ArrayList<>()).add(task.label());
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("thisProcess", Provenance.current().fields());
        file.put("runs", runs);
        Json.write(out.resolve(Provenance.FILE), file);
        List<String> lines = new ArrayList<>();
        labelsBySummary.forEach((summary, labels) -> lines.add(summary + " — " + String.join(", ", labels)));
        return lines;
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("a run failed", cause);
    }

    /**
     * Takes the output folder: new, or holding this same job (resume); never another job's results. A
     * {@code config.json} that cannot be read says nothing about which configuration the runs there belong
     * to: it is reported, and those runs are set aside (as {@code runs.unverified/}) and computed again.
     */
    private static void claim(Path out, JobConfigFile file) throws IOException {
        Path config = out.resolve(JobConfigFile.NAME);
        if (Files.exists(config)) {
            JobSpec existing;
            try {
                existing = JobConfigFile.read(config).job();
            } catch (UserException unreadable) {
                existing = null;
                Path aside = out.resolve(RUNS_UNVERIFIED);
                if (Files.exists(out.resolve(RUNS))) {
                    deleteTree(aside);
                    Files.move(out.resolve(RUNS), aside);
                }
                LOG.warn("{}; its runs cannot be matched to a configuration, so they are kept aside in {} and "
                        + "computed again", unreadable.getMessage(), aside);
            }
            if (existing != null && !existing.equals(file.job())) {
                throw new UserException(out + " holds the results of another configuration (" + config
                        + "); choose another --out or delete it. Existing: " + existing + "; requested: "
                        + file.job());
            }
            if (existing != null) {
                LOG.info("resuming the job in {}", out);
            }
        }
        Files.createDirectories(out);
        file.write(config);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private List<String> pluginsUsed(Map<Method, ExperimentConfig> configs) {
        TreeSet<String> used = new TreeSet<>();
        for (ExperimentConfig config : configs.values()) {
            for (PluginSlot slot : PluginSlot.all()) {
                String name = config.pluginName(slot);
                for (DiscoveredPlugin<?> plugin : discovery.plugins()) {
                    if (plugin.kind().equals(slot.kind()) && plugin.name().equals(name)) {
                        used.add(slot.kind().label() + " " + name + " (" + plugin.className() + ", "
                                + Path.of(plugin.location()).getFileName() + ")");
                    }
                }
            }
        }
        return List.copyOf(used);
    }
}
