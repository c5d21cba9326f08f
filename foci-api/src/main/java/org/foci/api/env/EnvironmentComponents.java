package org.foci.api.env;

import java.util.Objects;
import org.foci.api.allocation.Allocator;

/**
 * The plug-ins an environment is assembled from, chosen by name elsewhere (a preset or the
 * command line) and handed to {@link EnvironmentProvider#create}.
 *
 * @param area              the service area; never null
 * @param mobility          moves the devices; never null
 * @param runtimeAllocator  splits each edge's SMs among its admitted devices (the latency they get)
 * @param shapingAllocator  the fairness oracle whose worst cost gives the shaping reward
 *                          {@code R_n^*}; never null
 */
public record EnvironmentComponents(ServiceArea area, MobilityModel mobility, Allocator runtimeAllocator,
                                    Allocator shapingAllocator) {

    public EnvironmentComponents {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(mobility, "mobility");
        Objects.requireNonNull(runtimeAllocator, "runtimeAllocator");
        Objects.requireNonNull(shapingAllocator, "shapingAllocator");
    }
}
