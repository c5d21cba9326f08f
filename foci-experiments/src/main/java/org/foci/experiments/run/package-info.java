/** One run: components, episodes, metrics, checkpoints and resumption. */
package org.foci.experiments.run;
