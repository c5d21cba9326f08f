/**
 * Observation augmenters (MODEL.md §9): {@code none} for independent learners,
 * {@code proximity-mean-field} for MFQ/AMFQ and {@code competitor-aware} (COA, the paper's Eq. 5).
 *
 * <p>Each writes its features into the caller's batch matrix ({@code out[m·stride + offset + j]}),
 * one row per device, reading only what the method is allowed to know from the
 * {@link org.foci.api.env.Scene}.
 */
package org.foci.agents.augment;
