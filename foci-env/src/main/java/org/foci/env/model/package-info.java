/**
 * The physics of the simulator (MODEL.md §4–7): the MobileNetV3-Large layer profile derived from its
 * architecture table, the uplink channel, latency, energy and QoS cost, and the perception radius.
 * All pure functions of their inputs; SI units (s, J, W, m, bit/s).
 */
package org.foci.env.model;
