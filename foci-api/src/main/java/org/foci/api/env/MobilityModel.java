package org.foci.api.env;

import java.util.Map;

/**
 * Moves M devices through the service area, one decision interval at a time.
 *
 * <p>Lifecycle: {@link #reset} places the devices for a new episode; {@link #positions} reads
 * where they are; {@link #advance} moves every device by one interval Δt. Positions are metres in
 * the {@link ServiceArea} frame and always inside the area.
 *
 * <p>Deterministic: the same {@code (deviceCount, split, seed)} gives the same positions bit for
 * bit. Not thread-safe: one episode runs in one thread.
 */
public interface MobilityModel {

    /**
     * Points that show where devices go (every trace fix inside the area, or a sample of the
     * synthetic model's stationary distribution). Used to place edges and to draw heatmaps.
     *
     * @return a non-empty sample; the same object on every call
     */
    PointSample densitySample();

    /**
     * Starts an episode.
     *
     * @param deviceCount M, {@code >= 1}
     * @param split       which trajectories to draw from; never null
     * @param seed        the episode's seed
     */
    void reset(int deviceCount, Split split, long seed);

    /**
     * Writes the current positions.
     *
     * @param xM receives metres east of the centre, one per device ({@code length >= deviceCount})
     * @param yM receives metres north of the centre
     * @throws IllegalStateException before the first {@link #reset}
     */
    void positions(double[] xM, double[] yM);

    /**
     * Moves every device by one decision interval.
     *
     * @throws IllegalStateException before the first {@link #reset}
     */
    void advance();

    /**
     * How many times, since {@link #reset}, a device's trajectory ended and it continued on another
     * one (a discontinuity in its path).
     *
     * @return the number of jumps, {@code >= 0}
     */
    long jumps();

    /**
     * Facts about the model for summaries (for example segment counts, rows skipped while reading
     * traces), keyed by camelCase names; values are numbers or strings. Empty by default.
     *
     * @return the facts; never null
     */
    default Map<String, Object> summary() {
        return Map.of();
    }
}
