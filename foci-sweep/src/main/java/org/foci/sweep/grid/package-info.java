/**
 * Grid files and the runs they expand to: {@link org.foci.sweep.grid.GridFile} reads and checks a
 * file, {@link org.foci.sweep.grid.SweepPlanner} expands it for a preset into
 * {@link org.foci.sweep.grid.SweepPoint}s, each with a stable run id. Both fail before Spark starts,
 * naming the file and the key.
 */
package org.foci.sweep.grid;
