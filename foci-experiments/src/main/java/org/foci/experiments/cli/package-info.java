/** The {@code foci} command line (picocli). */
package org.foci.experiments.cli;
