/** Edges: where they stand (weighted k-means++) and the spatial index for range queries. */
package org.foci.env.edge;
