package org.foci.env.mobility;

import org.foci.api.env.MobilityModel;
import org.foci.api.env.ServiceArea;
import org.foci.env.Fixtures;
import org.foci.testkit.MobilityContract;

class RandomWaypointMobilityContractTest extends MobilityContract {

    @Override
    protected MobilityModel mobility() {
        return Fixtures.randomWaypoint();
    }

    @Override
    protected ServiceArea area() {
        return Fixtures.AREA;
    }
}
