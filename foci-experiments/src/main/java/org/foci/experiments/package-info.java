/** Guice wiring, presets, the foci command line, training, evaluation and reports. */
package org.foci.experiments;
