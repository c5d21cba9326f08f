package org.foci.experiments.run;

import com.google.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foci.api.agent.Agent;
import org.foci.api.env.Split;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.TrainSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run: train a method with one seed on training trajectories (if it learns), evaluating
 * greedily on held-out trajectories every {@code train.evalEvery} episodes and at the end.
 *
 * <p>Resumable: checkpoints every {@code train.checkpointEvery} episodes; a run whose
 * {@code result.json} exists is not redone. Episodes are seeded from the run seed, so a resumed
 * run continues exactly as an uninterrupted one would.
 */
public final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private final ComponentFactory factory;

    @Inject
    public TrainingRun(ComponentFactory factory) {
        this.factory = factory;
    }

    /**
     * Runs (or resumes, or returns the finished result of) one method with one seed, never stopped early.
     *
     * @see #run(ExperimentConfig, long, RunStore, RunProgress, StopSignal)
     */
    public RunResult run(ExperimentConfig config, long runSeed, RunStore store, RunProgress progress)
            throws IOException {
        return run(config, runSeed, store, progress, StopSignal.never());
    }

    /**
     * Runs (or resumes, or returns the finished result of) one method with one seed.
     *
     * @param config   the method's configuration, checked
     * @param runSeed  the run seed
     * @param store    where the run's files go
     * @param progress hears episodes go by
     * @param stop     checked at the end of every training episode (then a checkpoint is written, so that
     *                 no finished episode is lost) and between evaluation episodes (the evaluation is
     *                 abandoned: it is redone on resume)
     * @throws RunStoppedException when {@code stop} was raised; the run resumes from its last checkpoint
     */
    public RunResult run(ExperimentConfig config, long runSeed, RunStore store, RunProgress progress,
                         StopSignal stop) throws IOException {
        stopIfRaised(stop, config, runSeed, "before it started");
        String build = BuildFingerprint.current();
        if (store.heldByAnotherBuild(build)) {
            LOG.warn("{} seed {}: {} holds a run of another build of FOCI (build.txt {}, this build {}); "
                    + "starting it over", config.method().name(), runSeed, store.dir(),
                    store.build().orElse("missing"), build);
            store.clear();
        }
        Optional<RunResult> done = store.result();
        if (done.isPresent()) {
            LOG.info("{} seed {}: already finished in {}, not rerun", config.method().name(), runSeed, store.dir());
            progress.finished(done.get());
            return done.get();
        }
        store.writeBuild(build);
        long started = System.nanoTime();
        RunComponents components = factory.build(config, Seeds.agent(runSeed));
        // After the agent exists, so that the BLAS it loaded is what gets recorded.
        Provenance.current().write(store.dir());
        Agent agent = components.agent();
        TrainSettings train = config.train();
        int episodes = agent.learns() ? train.episodes() : 0;

        List<CurvePoint> curve = new ArrayList<>();
        int first = 1;
        RunTimes beforeResume = RunTimes.NONE;
        Optional<RunStore.Resumed> saved = Optional.empty();
        if (episodes > 0) {
            try {
                saved = store.resume(agent);
            } catch (IOException e) {
                // An intact checkpoint this agent cannot read (its CRC is right, so the agent refused it): the
                // agent may be half-restored, so the run starts over with a new one.
                LOG.warn("{} seed {}: {}: cannot be restored ({}); starting the run over", config.method().name(),
                        runSeed, store.dir(), e.getMessage());
                store.clear();
                store.writeBuild(build);
                components = factory.build(config, Seeds.agent(runSeed));
                agent = components.agent();
            }
        }
        if (saved.isPresent()) {
            RunStore.Progress resumed = saved.get().progress();
            curve.addAll(resumed.curve());
            first = resumed.episode() + 1;
            beforeResume = resumed.elapsed();
            LOG.info("{} seed {}: resuming after episode {} ({})", config.method().name(), runSeed,
                    resumed.episode(), saved.get().file().getFileName());
        }
        RunClock clock = new RunClock();
        EpisodeRunner runner = new EpisodeRunner(components, clock, train.reward(), train.oracleRewardOver());
        progress.started(episodes + train.evalEpisodes(), first - 1);

        TrainingRecorder recorder = new TrainingRecorder();
        for (int episode = first; episode <= episodes; episode++) {
            double epsilon = agent.diagnostics().getOrDefault("epsilon", Double.NaN);
            runner.position().training(episode);
            runner.play(Seeds.trainingEpisode(runSeed, episode), Split.TRAIN, true, recorder);
            double evalMean = Double.NaN;
            double evalWorst = Double.NaN;
            if (episode % train.evalEvery() == 0 && episode < episodes) {
                EvaluationResult check = evaluate(runner, train.curveEvalEpisodes(), train.curveSplit(),
                        RunProgress.NONE);
                evalMean = check.cost().avg();
                evalWorst = check.cost().max();
                LOG.info("{} seed {} episode {}/{}: greedy cost on {} segments {} (worst device {}), epsilon {}",
                        config.method().name(), runSeed, episode, episodes,
                        train.curveSplit() == Split.TRAIN ? "training" : "held-out", round(evalMean), round(evalWorst),
                        round(epsilon));
            }
            CurvePoint point = new CurvePoint(episode, epsilon, recorder.meanCost(), recorder.worstDeviceCost(),
                    evalMean, evalWorst);
            curve.add(point);
            progress.trainingEpisode(point);
            // A stop request is honoured here, at an episode's end: the agent is exactly as a resumed run
            // will need it, so the episode is kept (checkpointed) rather than lost.
            boolean stopping = stop.raised();
            if ((episode % train.checkpointEvery() == 0 && episode < episodes) || stopping) {
                store.checkpoint(agent, episode, curve, beforeResume.plus(timesSince(started, clock, components)));
            }
            if (stopping) {
                throw stopped(stop, config, runSeed, "after training episode " + episode);
            }
        }

        EvaluationResult evaluation = evaluate(runner, train.evalEpisodes(), null, progress, stop);
        if (evaluation == null) {
            throw stopped(stop, config, runSeed, "during its final evaluation (redone on resume)");
        }
        RunTimes times = beforeResume.plus(timesSince(started, clock, components));
        RunResult result = new RunResult(config.method().name(), runSeed, evaluation, curve, times);
        store.writeFinalAgent(agent);
        store.writeResult(result);
        store.dropCheckpoints();
        LOG.info("{} seed {}: done in {} s; held-out latency {} ms (worst device {}), cost {} (worst device {})",
                config.method().name(), runSeed, round(times.wallSeconds()), round(evaluation.latencyMs().avg()),
                round(evaluation.latencyMs().max()), round(evaluation.cost().avg()), round(evaluation.cost().max()));
        progress.finished(result);
        return result;
    }

    /**
     * Greedy evaluation on held-out trajectories with the fixed evaluation seeds.
     *
     * @param curveSplit the trajectories of an intermediate evaluation (its own seeds), or {@code null} for the
     *                   final one (held-out trajectories, the evaluation seeds)
     */
    static EvaluationResult evaluate(EpisodeRunner runner, int episodes, Split curveSplit, RunProgress progress) {
        return evaluate(runner, episodes, curveSplit, progress, StopSignal.never());
    }

    /** The evaluation, or null when {@code stop} was raised before its last episode. */
    private static EvaluationResult evaluate(EpisodeRunner runner, int episodes, Split curveSplit, RunProgress progress,
                                             StopSignal stop) {
        EvaluationRecorder recorder = new EvaluationRecorder();
        for (int i = 0; i < episodes; i++) {
            if (stop.raised()) {
                return null;
            }
            long seed = curveSplit != null ? Seeds.curveEpisode(i) : Seeds.evaluationEpisode(i);
            runner.position().evaluation(i + 1);
            runner.play(seed, curveSplit != null ? curveSplit : Split.EVALUATION, false, recorder);
            progress.evaluationEpisode();
        }
        return recorder.result();
    }

    /** Evaluates an agent restored from a checkpoint file (foci evaluate). */
    public EvaluationResult evaluateCheckpoint(ExperimentConfig config, java.nio.file.Path checkpoint, long runSeed)
            throws IOException {
        RunComponents components = factory.build(config, Seeds.agent(runSeed));
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(checkpoint)) {
            components.agent().readCheckpoint(in);
        }
        return evaluate(new EpisodeRunner(components, new RunClock()), config.train().evalEpisodes(), null,
                RunProgress.NONE);
    }

    private static void stopIfRaised(StopSignal stop, ExperimentConfig config, long runSeed, String where) {
        if (stop.raised()) {
            throw stopped(stop, config, runSeed, where);
        }
    }

    private static RunStoppedException stopped(StopSignal stop, ExperimentConfig config, long runSeed, String where) {
        LOG.info("{} seed {}: stopped {}", config.method().name(), runSeed, where);
        return new RunStoppedException("interrupted; re-run the same command to resume", stop.exitStatus());
    }

    /** This invocation's times: since {@code started}, by {@code clock} and the oracle's own count. */
    private static RunTimes timesSince(long started, RunClock clock, RunComponents components) {
        return new RunTimes(seconds(System.nanoTime() - started), seconds(clock.environmentNanos()),
                seconds(components.oracle().nanos()), seconds(clock.agentNanos()), seconds(clock.observationNanos()));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
