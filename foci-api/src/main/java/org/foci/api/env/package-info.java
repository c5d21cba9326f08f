/**
 * The simulator's SPI: {@link org.foci.api.env.Environment} with batched
 * {@link org.foci.api.env.StepBatch} results, the {@link org.foci.api.env.Scene} view,
 * action encoding, the service area and {@link org.foci.api.env.MobilityModel}s.
 */
package org.foci.api.env;
