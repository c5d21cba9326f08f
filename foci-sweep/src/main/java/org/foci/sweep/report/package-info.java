/**
 * What a sweep writes besides Parquet: the rows as CSV ({@link org.foci.sweep.report.SweepTable}),
 * the aggregation over seeds by method and swept key ({@link org.foci.sweep.report.SweepSummary}) and
 * the plots of each metric against each numeric axis ({@link org.foci.sweep.report.SweepCharts}).
 * Plain Java on the driver: no Spark here.
 */
package org.foci.sweep.report;
