/** Jobs: every method of a comparison with every seed, resumable, into an output folder. */
package org.foci.experiments.job;
