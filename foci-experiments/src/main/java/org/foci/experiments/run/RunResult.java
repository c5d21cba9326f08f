package org.foci.experiments.run;

import java.util.List;

/**
 * The outcome of one run: a method trained (if it learns) with one seed and evaluated on the
 * held-out episodes.
 *
 * @param method     the method's name
 * @param seed       the run seed
 * @param evaluation the final greedy evaluation
 * @param curve      one point per training episode (empty for methods that do not learn)
 * @param times      where the wall time went (not deterministic; kept out of table1.csv)
 */
public record RunResult(String method, long seed, EvaluationResult evaluation, List<CurvePoint> curve,
                        RunTimes times) {

    public RunResult {
        curve = List.copyOf(curve);
    }
}
