/**
 * {@code foci sweep}: a grid of methods, seeds and settings (a YAML or JSON file) becomes one
 * Apache Spark task per run. Each task trains and evaluates its run with the same code as
 * {@code foci train} and returns one row of metrics; the driver writes the rows as Parquet and CSV,
 * aggregates them over seeds and plots each metric against each numeric axis.
 *
 * <p>Spark lives in this module only: {@code foci reproduce} and the libraries never load it.
 */
package org.foci.sweep;
