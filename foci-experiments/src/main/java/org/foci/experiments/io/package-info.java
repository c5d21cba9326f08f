/** File output that is never half-written. */
package org.foci.experiments.io;
