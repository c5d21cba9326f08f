/**
 * Decision makers: the {@link org.foci.api.agent.Agent} SPI (batched over all devices), the
 * {@link org.foci.api.agent.ObservationAugmenter} SPI and the values they exchange.
 */
package org.foci.api.agent;
