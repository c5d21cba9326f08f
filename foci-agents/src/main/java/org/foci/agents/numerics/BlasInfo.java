package org.foci.agents.numerics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The BLAS a process's learners compute with: what a reader needs to know why two results differ.
 *
 * @param mode    portable (one pinned kernel) or native (the CPU's own)
 * @param core    the kernel OpenBLAS runs, as it names it (e.g. "Haswell", "SkylakeX", "Zen")
 * @param library the library's build line (version, DYNAMIC_ARCH, threading)
 * @param threads OpenBLAS's thread count
 * @param cpu     the processor
 */
public record BlasInfo(BlasMode mode, String core, String library, int threads, CpuInfo cpu) {

    public BlasInfo {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(cpu, "cpu");
    }

    /** The fields as ordered name → text pairs, for provenance files and reports. */
    public Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("blasMode", mode.label());
        fields.put("blasCore", core);
        fields.put("blasLibrary", library);
        fields.put("blasThreads", Integer.toString(threads));
        fields.put("cpu", cpu.describe());
        return fields;
    }
}
