package org.foci.env;

import org.foci.api.Settings;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.env.config.EnvironmentConfig;
import org.foci.testkit.EnvironmentContract;
import org.foci.testkit.ReferenceGreedyMaxMin;

/**
 * The API's environment contract with random-waypoint mobility, crowded (60 devices, 2 edges, L = 8)
 * so that rejections and handovers happen, with shadowing on.
 */
class RandomWaypointEnvironmentContractTest extends EnvironmentContract {

    @Override
    protected Environment environment() {
        return new M2mCiEnvironment(EnvironmentConfig.from(Settings.of("devices", 60, "edges", 2, "episodeSeconds",
                300, "edge.sms", 8, "channel.shadowingSigmaDb", 6)),
                new EnvironmentComponents(Fixtures.AREA, Fixtures.randomWaypoint(), EqualShare.INSTANCE,
                        ReferenceGreedyMaxMin.INSTANCE));
    }
}
