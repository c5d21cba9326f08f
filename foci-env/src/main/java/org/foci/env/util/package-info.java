/** Small allocation-free helpers of the simulator: counter-based random numbers. */
package org.foci.env.util;
