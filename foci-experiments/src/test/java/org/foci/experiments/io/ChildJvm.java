package org.foci.experiments.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's {@code main} in a second JVM on this test's class path: another process, as a user's. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code main} of {@code type} with {@code args}; stderr and stdout go to {@code log}. */
    public static Process start(Class<?> type, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-XX:TieredStopAtLevel=1");     // starts faster; the children run seconds
        command.add("-Dfoci.checks=" + System.getProperty("foci.checks", "sampled"));
        command.add(type.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
