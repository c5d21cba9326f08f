package org.foci.experiments.cli;

import java.util.concurrent.Callable;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code foci bench}: runs the JMH benchmarks of the oracle, the environment and the learner. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the JMH benchmarks (oracle, environment, learner). See docs/performance.md.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "REGEX", defaultValue = "org.foci.experiments.bench.*",
            description = "Benchmarks to run (regular expression over class.method; default: all).")
    String include;

    @Option(names = "--forks", defaultValue = "1", description = "JVM forks per benchmark (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seconds", defaultValue = "1", description = "Seconds per iteration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = {"-p", "--param"}, description = "Benchmark parameter override NAME=V1,V2 (repeatable).")
    java.util.List<String> params = new java.util.ArrayList<>();

    @Option(names = "--json", description = "Also write JMH's JSON result to this file.")
    java.nio.file.Path json;

    @Override
    public Integer call() throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(forks)
                .warmupIterations(warmups).measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds))
                .shouldFailOnError(true);
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new UserException("--param must be NAME=V1,V2, but was '" + param + "'");
            }
            options.param(param.substring(0, eq), param.substring(eq + 1).split(","));
        }
        if (json != null) {
            options.result(json.toString()).resultFormat(ResultFormatType.JSON);
        }
        new Runner(options.build()).run();
        return 0;
    }
}
