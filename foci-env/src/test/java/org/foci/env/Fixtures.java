package org.foci.env;

import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.env.EnvironmentComponents;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.ServiceArea;
import org.foci.env.config.EnvironmentConfig;
import org.foci.env.mobility.PortoTraceMobility;
import org.foci.env.mobility.RandomWaypointMobility;
import org.foci.env.mobility.RandomWaypointParameters;
import org.foci.env.trace.PortoTrace;
import org.foci.env.trace.TraceSource;
import org.foci.testkit.ReferenceGreedyMaxMin;

/** Shared test fixtures: the default area, the shipped trace (loaded once), small environments. */
public final class Fixtures {

    /** The MODEL.md area: 1,581 m square around 41.149 N, 8.614 W. */
    public static final ServiceArea AREA = new ServiceArea(41.149, -8.614, 1581.0);

    private static PortoTrace shipped;

    private Fixtures() {
    }

    /** The shipped sample over the default area with the default 20 % evaluation split. */
    public static synchronized PortoTrace shippedTrace() {
        if (shipped == null) {
            shipped = PortoTrace.load(TraceSource.shippedSample(), AREA, 0.2, 2);
        }
        return shipped;
    }

    /** Random-waypoint mobility over the default area. */
    public static MobilityModel randomWaypoint() {
        return new RandomWaypointMobility(AREA, 15.0, RandomWaypointParameters.defaults());
    }

    /** Components with trace mobility and the given allocators. */
    public static EnvironmentComponents traceComponents(Allocator runtime, Allocator shaping) {
        return new EnvironmentComponents(AREA, new PortoTraceMobility(shippedTrace()), runtime, shaping);
    }

    /** A small environment on the shipped trace: 30 devices, 3 edges, 10 steps. */
    public static M2mCiEnvironment smallTraceEnvironment() {
        return new M2mCiEnvironment(EnvironmentConfig.from(Settings.of("devices", 30, "edges", 3,
                "episodeSeconds", 150)), traceComponents(EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE));
    }

    /** The paper-size environment on the shipped trace (240 devices, 11 edges, defaults). */
    public static M2mCiEnvironment paperTraceEnvironment() {
        return new M2mCiEnvironment(EnvironmentConfig.defaults(),
                traceComponents(EqualShare.INSTANCE, ReferenceGreedyMaxMin.INSTANCE));
    }
}
