/**
 * Data for {@code foci scenario}: the summary, edge positions, density sample, DVFS curve and layer
 * table of a configured {@code m2m-ci} environment ({@link org.foci.env.scenario.Scenario}).
 */
package org.foci.env.scenario;
