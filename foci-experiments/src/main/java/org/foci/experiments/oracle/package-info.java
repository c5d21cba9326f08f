/** The oracle from the shell: JSON instances in, allocations out ({@code foci oracle}). */
package org.foci.experiments.oracle;
