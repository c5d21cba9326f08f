package org.foci.env;

import org.foci.api.Settings;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentComponents;
import org.foci.env.config.EnvironmentConfig;
import org.foci.testkit.EnvironmentContract;
import org.foci.testkit.ReferenceGreedyMaxMin;

/**
 * The API's environment contract in the nearest-edge frame: 40 edges in the paper's area (a few within r_p of
 * most devices) and 3 slots, so that some devices have more edges in range than slots.
 */
class NearestEdgeFrameContractTest extends EnvironmentContract {

    @Override
    protected Environment environment() {
        return new M2mCiEnvironment(EnvironmentConfig.from(Settings.of("devices", 60, "edges", 40, "edgeSlots", 3,
                "episodeSeconds", 300, "edge.sms", 8, "channel.shadowingSigmaDb", 6)),
                new EnvironmentComponents(Fixtures.AREA, Fixtures.randomWaypoint(), EqualShare.INSTANCE,
                        ReferenceGreedyMaxMin.INSTANCE));
    }
}
