package org.foci.agents.numerics;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads ND4J's OpenBLAS once per process with the kernel the {@linkplain BlasMode mode} asks for, and says
 * which kernel it runs.
 *
 * <p>Why: OpenBLAS picks its sgemm kernel from the CPU when it loads (an AVX-512 one on recent Intel and
 * AMD parts, an old SSE one on CPUs its 0.3.19 build does not know). Kernels sum in different orders, so
 * the learner's products differ in their last bits between CPUs, and a training run diverges from there.
 * OpenBLAS reads {@code OPENBLAS_CORETYPE} when it loads; Java cannot change its own environment, so the
 * variable is set through the C library before ND4J loads the native code. Every path that trains or
 * evaluates a learner comes through {@link #ensureLoaded()} first (the agent's constructor), which is
 * what makes {@code ./foci}, tests, Spark executors and library use alike portable without any setup.
 * If something loaded ND4J earlier with another kernel, portable mode refuses to run rather than produce
 * CPU-dependent results.
 */
public final class BlasRuntime {

    /** The kernel portable mode runs: the most widely supported one with FMA (every x86-64 CPU with AVX2). */
    public static final String PORTABLE_CORE = "Haswell";

    private static final Logger LOG = LoggerFactory.getLogger(BlasRuntime.class);
    private static BlasInfo loaded;

    private BlasRuntime() {
    }

    /** The C library's {@code setenv}, the one way to change this process's environment from Java. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * Loads OpenBLAS (through ND4J) in the requested mode if this process has not yet, and describes it.
     *
     * @throws IllegalStateException in portable mode, when the CPU lacks AVX2/FMA or OpenBLAS already runs
     *                               another kernel; the message says what to do
     */
    public static synchronized BlasInfo ensureLoaded() {
        if (loaded != null) {
            return loaded;
        }
        BlasMode mode = BlasMode.requested();
        CpuInfo cpu = CpuInfo.current();
        if (mode == BlasMode.PORTABLE) {
            if (cpu.flagsKnown() && !cpu.hasAvx2AndFma()) {
                throw new IllegalStateException("portable BLAS mode runs OpenBLAS's " + PORTABLE_CORE
                        + " kernel, which needs AVX2 and FMA, and this CPU has not both (" + cpu.describe()
                        + "); set " + BlasMode.VARIABLE + "=native to run with this CPU's own kernel "
                        + "(results then differ from other CPUs' in their last bits)");
            }
            setEnvironment("OPENBLAS_CORETYPE", PORTABLE_CORE, true);
            // The thread count is part of the arithmetic too; one thread is also the fastest here.
            setEnvironment("OMP_NUM_THREADS", "1", false);
        }
        Nd4j.getBackend();
        if (mode == BlasMode.PORTABLE && System.getenv("OMP_NUM_THREADS") == null) {
            // ND4J sizes OpenBLAS's and its own pools from Java's copy of the environment, which the setenv
            // above cannot reach; bring both back to the one thread the results are promised with.
            openblas_nolapack.blas_set_num_threads(1);
            Nd4j.getEnvironment().setMaxThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
        }
        String core;
        String library;
        try {
            NativeLibrary openblas = NativeLibrary.getInstance(Loader.load(openblas_nolapack.class));
            core = openblas.getFunction("openblas_get_corename").invokeString(new Object[0], false).strip();
            library = openblas.getFunction("openblas_get_config").invokeString(new Object[0], false).strip();
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            core = "unknown";
            library = openblas_nolapack.OPENBLAS_VERSION.strip();
            LOG.debug("OpenBLAS could not be asked for its kernel", e);
        }
        int threads = openblas_nolapack.blas_get_num_threads();
        if (mode == BlasMode.PORTABLE && !PORTABLE_CORE.equalsIgnoreCase(core)) {
            throw new IllegalStateException("portable BLAS mode needs OpenBLAS's " + PORTABLE_CORE
                    + " kernel, but OpenBLAS runs '" + core + "' (it was loaded before FOCI could pin it, or the "
                    + "C library's setenv was unavailable); start the JVM with OPENBLAS_CORETYPE=" + PORTABLE_CORE
                    + " in its environment, or set " + BlasMode.VARIABLE + "=native to accept results that "
                    + "depend on the CPU");
        }
        loaded = new BlasInfo(mode, core, library, threads, cpu);
        LOG.debug("BLAS: {}", loaded.describe());
        return loaded;
    }

    /** The BLAS of this process if a learner has loaded it, else empty (nothing is loaded by asking). */
    public static synchronized Optional<BlasInfo> current() {
        return Optional.ofNullable(loaded);
    }

    private static void setEnvironment(String name, String value, boolean overwrite) {
        String before = System.getenv(name);
        if (!overwrite && before != null) {
            return;
        }
        if (before != null && !before.equals(value)) {
            LOG.info("{}={} in the environment; portable BLAS mode uses {} ({}=native keeps it)", name, before,
                    value, BlasMode.VARIABLE);
        }
        try {
            CLibrary c = (CLibrary) Native.loadLibrary("c", CLibrary.class);
            if (c.setenv(name, value, 1) != 0) {
                LOG.debug("setenv({}) failed", name);
            }
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // The kernel check after loading reports the consequence with what to do.
            LOG.debug("setenv({}) unavailable", name, e);
        }
    }
}
