package org.foci.experiments.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.foci.agents.numerics.BlasInfo;
import org.foci.agents.numerics.BlasMode;
import org.foci.agents.numerics.BlasRuntime;
import org.foci.agents.numerics.CpuInfo;
import org.foci.experiments.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which build computed a run (the project version and the {@link BuildFingerprint}), where, and with which
 * numerics: CPU, BLAS mode, kernel, library and threads, JDK and OS. Written to each run folder as {@code provenance.json} and gathered into the job's report, so a
 * reader can tell why two results differ. Not part of any result's identity: two machines that give the
 * same bits write different provenance.
 *
 * @param fields ordered name → text pairs
 */
public record Provenance(Map<String, String> fields) {

    /** The file in a run folder. */
    public static final String FILE = "provenance.json";

    private static final Logger LOG = LoggerFactory.getLogger(Provenance.class);

    public Provenance {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * This process: the BLAS as loaded by a learner, or, where none has run in it, the mode a learner would
     * use and "not loaded".
     */
    public static Provenance current() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", BuildFingerprint.version());
        fields.put("build", BuildFingerprint.current());
        Optional<BlasInfo> blas = BlasRuntime.current();
        if (blas.isPresent()) {
            fields.putAll(blas.get().describe());
        } else {
            fields.put("blasMode", BlasMode.requested().label());
            fields.put("blasCore", "not loaded (no learner in this process)");
            fields.put("cpu", CpuInfo.current().describe());
        }
        fields.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        fields.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        fields.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        fields.put("ompNumThreadsVariable", System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"));
        return new Provenance(fields);
    }

    /** Writes this provenance into a run folder, atomically. */
    public void write(Path runDir) throws IOException {
        Files.createDirectories(runDir);
        Json.write(runDir.resolve(FILE), fields);
    }

    /**
     * The provenance recorded in a run folder, or empty when there is none; an unreadable file is
     * reported and treated as missing (provenance never decides whether a run is reused).
     */
    @SuppressWarnings("unchecked")
    public static Optional<Provenance> read(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Provenance(Json.MAPPER.readValue(file.toFile(), LinkedHashMap.class)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read ({}); its run's provenance is reported as unknown", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** One line for reports: the BLAS kernel and mode, threads, CPU and JDK. */
    public String summary() {
        return "BLAS " + fields.getOrDefault("blasMode", "?") + ", kernel " + fields.getOrDefault("blasCore", "?")
                + " (" + fields.getOrDefault("blasLibrary", "library unknown") + ", "
                + fields.getOrDefault("blasThreads", "?") + " thread(s)); CPU " + fields.getOrDefault("cpu", "?")
                + "; " + fields.getOrDefault("jdk", "?");
    }
}
