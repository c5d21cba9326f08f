/**
 * SM allocation at an edge: the {@link org.foci.api.allocation.Allocator} SPI used both as the
 * edges' runtime policy and as the max-min fairness oracle that shapes rewards (paper §4.1).
 */
package org.foci.api.allocation;
