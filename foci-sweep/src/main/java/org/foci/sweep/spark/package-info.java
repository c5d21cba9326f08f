/**
 * The driver side of a sweep on Apache Spark: {@link org.foci.sweep.spark.SweepSessions} starts a
 * session (embedded {@code local[*]} by default, any master URL otherwise),
 * {@link org.foci.sweep.spark.SweepJob} runs one task per run and writes the results.
 */
package org.foci.sweep.spark;
