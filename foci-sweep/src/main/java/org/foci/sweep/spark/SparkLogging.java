package org.foci.sweep.spark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Keeps Spark's start-up warnings that mean nothing for an embedded sweep out of the console: that the
 * host name resolves to a loopback address (local mode binds to loopback on purpose) and that Hadoop's
 * native library is missing (Spark uses its Java code paths; nothing is slower for a sweep). Other
 * warnings of Spark and Hadoop stay on, at WARN, as {@code logback.xml} sets them.
 *
 * <p>Only loggers the user's logback configuration leaves unset are touched, and only when logback is
 * the SLF4J back end (on a cluster, {@code spark-submit} may bring another).
 */
final class SparkLogging {

    private SparkLogging() {
    }

    /** Quiets the embedded mode's meaningless warnings. */
    static void quietLocalMode() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (String name : new String[] {"org.apache.spark.util.Utils", "org.apache.hadoop.util.NativeCodeLoader"}) {
            Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.ERROR);
            }
        }
    }
}
