/**
 * The simulator's SPI. The core: {@link org.foci.api.env.Environment} with batched
 * {@link org.foci.api.env.StepBatch} results (observations, masks, one reward per device, step, truncation).
 * Optional, typed views an environment may offer ({@link org.foci.api.env.ViewSource}): the
 * {@link org.foci.api.env.Scene}, {@link org.foci.api.env.DeviceOutcomes}, {@link org.foci.api.env.EdgeOutcomes},
 * a {@link org.foci.api.env.CostModel}, {@link org.foci.api.env.RewardSignals} and
 * {@link org.foci.api.env.OracleParticipants}. The collaborative-inference vocabulary: action encoding,
 * the service area and {@link org.foci.api.env.MobilityModel}s.
 */
package org.foci.api.env;
