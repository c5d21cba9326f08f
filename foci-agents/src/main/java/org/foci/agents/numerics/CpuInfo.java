package org.foci.agents.numerics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a reader needs to know of the processor that computed a result: its model name, vendor, family and
 * model numbers, and whether it has the instructions the portable BLAS kernel needs.
 *
 * @param model  the model name ({@code /proc/cpuinfo}'s "model name"), or {@code os.arch} where unreadable
 * @param vendor the vendor id, or "unknown"
 * @param family the CPU family number, or -1
 * @param number the CPU model number, or -1
 * @param flags  the instruction-set flags, empty where unreadable
 */
public record CpuInfo(String model, String vendor, int family, int number, Set<String> flags) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    public CpuInfo {
        flags = Set.copyOf(flags);
    }

    /** This machine's processor (the first one listed: they are alike on the machines this project meets). */
    public static CpuInfo current() {
        try {
            return parse(Files.readAllLines(CPUINFO));
        } catch (IOException | SecurityException e) {
            return new CpuInfo(System.getProperty("os.arch"), "unknown", -1, -1, Set.of());
        }
    }

    /** Parses the first processor of a {@code /proc/cpuinfo} listing. */
    static CpuInfo parse(List<String> lines) {
        String model = System.getProperty("os.arch");
        String vendor = "unknown";
        int family = -1;
        int number = -1;
        Set<String> flags = Set.of();
        for (String line : lines) {
            if (line.isBlank()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "model name" -> model = value;
                case "vendor_id" -> vendor = value;
                case "cpu family" -> family = parseInt(value);
                case "model" -> number = parseInt(value);
                case "flags" -> flags = Set.of(value.split("\\s+"));
                default -> { }
            }
        }
        return new CpuInfo(model, vendor, family, number, flags);
    }

    /** True when the flags are known and include AVX2 and FMA (what OpenBLAS's Haswell kernel executes). */
    public boolean hasAvx2AndFma() {
        return flags.contains("avx2") && flags.contains("fma");
    }

    /** True when the flags could be read at all. */
    public boolean flagsKnown() {
        return !flags.isEmpty();
    }

    /** One line: model, vendor, family and model numbers, and the widest vector extension. */
    public String describe() {
        String vector = flags.contains("avx512f") ? "AVX-512" : flags.contains("avx2") ? "AVX2"
                : flagsKnown() ? "no AVX2" : "flags unknown";
        return model + " (" + vendor + ", family " + family + ", model " + number + ", " + vector + ")";
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
