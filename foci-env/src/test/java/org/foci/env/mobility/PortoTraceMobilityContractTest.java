package org.foci.env.mobility;

import org.foci.api.env.MobilityModel;
import org.foci.api.env.ServiceArea;
import org.foci.env.Fixtures;
import org.foci.testkit.MobilityContract;

class PortoTraceMobilityContractTest extends MobilityContract {

    @Override
    protected MobilityModel mobility() {
        return new PortoTraceMobility(Fixtures.shippedTrace());
    }

    @Override
    protected ServiceArea area() {
        return Fixtures.AREA;
    }
}
