package org.foci.api.env;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.foci.api.allocation.Allocator;

/**
 * The plug-ins an environment may be assembled from, chosen by name elsewhere (a preset or the
 * command line) and handed to {@link EnvironmentProvider#create}. An environment takes what it needs
 * and ignores the rest: a simulator of its own may use none of them.
 *
 * @param area       the service area; never null
 * @param mobility   moves the devices; never null
 * @param allocators SM allocators by role ({@link #RUNTIME}, {@link #SHAPING}, or roles of an environment's
 *                   own), copied; never null
 */
public record EnvironmentComponents(ServiceArea area, MobilityModel mobility, Map<String, Allocator> allocators) {

    /** The role of the allocator that splits each edge's SMs among its admitted devices (the latency they get). */
    public static final String RUNTIME = "runtime";
    /** The role of the fairness oracle whose worst cost gives the oracle value. */
    public static final String SHAPING = "shaping";

    /**
     * Checks that every component is present and copies the allocator map, keeping its order.
     *
     * @param area       the service area; never null
     * @param mobility   moves the devices; never null
     * @param allocators SM allocators by role ({@link #RUNTIME}, {@link #SHAPING}, or roles of an environment's own),
     *                   copied; never null
     */
    public EnvironmentComponents {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(mobility, "mobility");
        allocators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(allocators, "allocators")));
        allocators.forEach((role, allocator) -> Objects.requireNonNull(allocator, "allocator " + role));
    }

    /**
     * Components with a runtime and a shaping allocator, the roles of the {@code m2m-ci} environment.
     *
     * @param area             the service area; never null
     * @param mobility         the mobility model; never null
     * @param runtimeAllocator the {@link #RUNTIME} allocator; never null
     * @param shapingAllocator the {@link #SHAPING} allocator; never null
     */
    public EnvironmentComponents(ServiceArea area, MobilityModel mobility, Allocator runtimeAllocator,
                                 Allocator shapingAllocator) {
        this(area, mobility, roles(runtimeAllocator, shapingAllocator));
    }

    /**
     * The allocator of a role, if one was given.
     *
     * @param role a role, for example {@link #RUNTIME}
     * @return the allocator, or empty
     */
    public Optional<Allocator> allocator(String role) {
        return Optional.ofNullable(allocators.get(role));
    }

    /**
     * The allocator of a role, for an environment that cannot work without it.
     *
     * @param role a role, for example {@link #RUNTIME}
     * @return the allocator
     * @throws IllegalArgumentException naming the role and the roles given
     */
    public Allocator requireAllocator(String role) {
        Allocator allocator = allocators.get(role);
        if (allocator == null) {
            throw new IllegalArgumentException("the environment needs a " + role + " allocator, but was given "
                    + (allocators.isEmpty() ? "none" : "only " + allocators.keySet()));
        }
        return allocator;
    }

    private static Map<String, Allocator> roles(Allocator runtime, Allocator shaping) {
        Map<String, Allocator> roles = new LinkedHashMap<>();
        roles.put(RUNTIME, Objects.requireNonNull(runtime, "runtimeAllocator"));
        roles.put(SHAPING, Objects.requireNonNull(shaping, "shapingAllocator"));
        return roles;
    }
}
