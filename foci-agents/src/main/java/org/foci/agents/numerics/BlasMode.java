package org.foci.agents.numerics;

import java.util.Locale;

/**
 * How the learner's BLAS kernel is chosen, once per process, from the system property {@code foci.blas}
 * or else the environment variable {@code FOCI_BLAS}.
 */
public enum BlasMode {

    /**
     * The default: OpenBLAS runs its Haswell (AVX2 + FMA) kernel whatever the CPU, so a seed gives the
     * same bits on every x86-64 CPU that has AVX2 and FMA.
     */
    PORTABLE,

    /**
     * OpenBLAS picks its kernel for this CPU (or takes {@code OPENBLAS_CORETYPE} from the environment):
     * results differ between CPU families in their last bits, and training trajectories diverge from there.
     */
    NATIVE;

    /** The system property that selects the mode. */
    public static final String PROPERTY = "foci.blas";
    /** The environment variable that selects the mode when the property is not set. */
    public static final String VARIABLE = "FOCI_BLAS";

    /** The mode this process asks for; portable when neither the property nor the variable is set. */
    public static BlasMode requested() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            return parse(property, "system property " + PROPERTY);
        }
        String variable = System.getenv(VARIABLE);
        return variable == null || variable.isBlank() ? PORTABLE : parse(variable, "environment variable " + VARIABLE);
    }

    static BlasMode parse(String value, String source) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must be portable or native, but was '" + value + "'", e);
        }
    }

    /** The lower-case name used in settings, reports and files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
