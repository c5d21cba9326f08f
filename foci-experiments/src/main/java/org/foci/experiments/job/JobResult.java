package org.foci.experiments.job;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.foci.experiments.config.Method;
import org.foci.experiments.run.RunResult;

/**
 * A finished job: every run's result by method, the resolved settings, and the wall time.
 *
 * @param spec        what was run
 * @param methods     the methods, in table order
 * @param runs        the results per method name, one per seed
 * @param resolved    the effective settings per method name
 * @param plugins     the plug-ins used, one line each (kind, name, class, location)
 * @param provenance  where and with which numerics the runs were computed: one summary line per distinct
 *                    {@link org.foci.experiments.run.Provenance}, with the runs it computed
 * @param wallSeconds the job's wall time (not deterministic)
 */
public record JobResult(JobSpec spec, List<Method> methods, Map<String, List<RunResult>> runs,
                        Map<String, SortedMap<String, String>> resolved, List<String> plugins, List<String> provenance,
                        double wallSeconds) {
}
