package org.foci.sweep.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session of a sweep.
 *
 * <p>Defaults, each overridable by {@code --conf} (or {@code spark-submit --conf}):
 * <ul>
 *   <li>{@code spark.ui.enabled=false} in local mode (nobody browses a laptop's sweep, and the UI's
 *       Jetty costs start-up time); a cluster keeps its UI;</li>
 *   <li>{@code spark.speculation=false}: two attempts of one run would write the same run folder;</li>
 *   <li>{@code spark.executorEnv.OMP_NUM_THREADS=1}: ND4J's one-thread setting, as {@code ./foci} and the
 *       tests use (it pins the order of BLAS reductions and is fastest for this project's networks);</li>
 *   <li>{@code spark.executorEnv.FOCI_BLAS}: the driver's BLAS mode (portable unless the driver was told
 *       otherwise), so that executors on other machines compute the same bits; in portable mode also
 *       {@code spark.executorEnv.OPENBLAS_CORETYPE=Haswell}, the kernel the executors' learners pin anyway
 *       ({@code org.foci.agents.numerics.BlasRuntime}), set from the JVM's start;</li>
 *   <li>in local mode the driver binds to the loopback address, so that a sweep on a laptop needs no
 *       resolvable host name and opens no port to the network;</li>
 *   <li>{@code spark.sql.debug.maxToStringFields=1000}: the rows' schema is wide, and its plan's text is not
 *       worth a warning.</li>
 * </ul>
 */
public final class SweepSessions {

    /** The master when the user names none and no {@code spark-submit} set one: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SweepSessions() {
    }

    /**
     * The master to use: the user's, else the one {@code spark-submit} passed (system property
     * {@code spark.master}), else {@link #DEFAULT_MASTER}.
     */
    public static String master(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        return System.getProperty("spark.master", DEFAULT_MASTER);
    }

    /** The driver's BLAS mode as BlasMode reads it (property foci.blas, else FOCI_BLAS), portable by default. */
    static String blasMode() {
        String mode = System.getProperty("foci.blas", System.getenv("FOCI_BLAS"));
        return mode == null || mode.isBlank() ? "portable" : mode.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for {@code local}, {@code local[n]}, {@code local[*]}, {@code local[n,f]}. */
    public static boolean isLocal(String master) {
        return master.equals("local") || master.startsWith("local[");
    }

    /**
     * Starts (or joins the running) session.
     *
     * @param master  a Spark master URL
     * @param appName the application's name in the cluster's UI
     * @param conf    further Spark settings, applied last
     */
    public static SparkSession start(String master, String appName, Map<String, String> conf) {
        if (isLocal(master)) {
            SparkLogging.quietLocalMode(); // before SparkConf: its first use looks the host name up
        }
        SparkConf sparkConf = new SparkConf(true).setMaster(master).setAppName(appName)
                .setIfMissing("spark.speculation", "false")
                .setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1")
                .setIfMissing("spark.executorEnv.FOCI_BLAS", blasMode())
                // The rows have ~30 columns: plan strings are not worth a warning.
                .setIfMissing("spark.sql.debug.maxToStringFields", "1000");
        if (isLocal(master)) {
            sparkConf.setIfMissing("spark.ui.enabled", "false")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                    .setIfMissing("spark.driver.host", "localhost");
        }
        if (blasMode().equals("portable")) {
            sparkConf.setIfMissing("spark.executorEnv.OPENBLAS_CORETYPE", "Haswell");
        }
        conf.forEach(sparkConf::set);
        return SparkSession.builder().config(sparkConf).getOrCreate();
    }
}
