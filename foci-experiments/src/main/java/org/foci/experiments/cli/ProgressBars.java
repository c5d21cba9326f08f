package org.foci.experiments.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.foci.experiments.run.CurvePoint;
import org.foci.experiments.run.RunProgress;
import org.foci.experiments.run.RunResult;

/**
 * A progress bar per run on an interactive terminal (episode, ε, recent cost, ETA); nothing on a
 * non-interactive one, where the INFO log lines per evaluation tell the story.
 */
final class ProgressBars {

    private final boolean interactive;

    ProgressBars(boolean interactive) {
        this.interactive = interactive;
    }

    /** Bars when standard error is a terminal. */
    static ProgressBars forConsole() {
        return new ProgressBars(System.console() != null);
    }

    RunProgress bar(String name) {
        if (!interactive) {
            return RunProgress.NONE;
        }
        return new RunProgress() {
            private ProgressBar bar;
            private double recentCost = Double.NaN;

            @Override
            public void started(int totalEpisodes, int done) {
                bar = new ProgressBarBuilder().setTaskName(String.format("%-9s", name)).setInitialMax(totalEpisodes)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" ep", 1).setUpdateIntervalMillis(500)
                        .startsFrom(done, java.time.Duration.ZERO).build();
            }

            @Override
            public void trainingEpisode(CurvePoint point) {
                recentCost = Double.isNaN(recentCost) ? point.meanCost() : 0.8 * recentCost + 0.2 * point.meanCost();
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, " eps %.3f cost %.3f", point.epsilon(), recentCost));
            }

            @Override
            public void evaluationEpisode() {
                bar.step();
                bar.setExtraMessage(" evaluating");
            }

            @Override
            public void finished(RunResult result) {
                if (bar != null) {
                    bar.setExtraMessage(String.format(Locale.ROOT, " cost %.3f (worst %.3f)",
                            result.evaluation().cost().avg(), result.evaluation().cost().max()));
                    bar.close();
                }
            }
        };
    }
}
