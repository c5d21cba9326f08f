/**
 * Seeded pseudo-random numbers shared by every module: {@link org.foci.api.random.SplitMix64}, whose
 * functions are pure integer arithmetic (the same bits on every JVM) and whose generator state is one
 * {@code long} that a checkpoint can save and restore exactly.
 */
package org.foci.api.random;
