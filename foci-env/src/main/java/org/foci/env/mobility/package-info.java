/**
 * Mobility plug-ins ({@link org.foci.api.env.MobilityProvider}): {@code porto-trace} (real taxi
 * trajectories) and {@code random-waypoint} (synthetic).
 */
package org.foci.env.mobility;
