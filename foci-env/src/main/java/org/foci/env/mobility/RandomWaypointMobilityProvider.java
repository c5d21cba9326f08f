package org.foci.env.mobility;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.env.MobilityModel;
import org.foci.api.env.MobilityProvider;
import org.foci.api.env.ServiceArea;

/** {@code random-waypoint}: synthetic pedestrians and vehicles ({@link RandomWaypointMobility}). */
public final class RandomWaypointMobilityProvider implements MobilityProvider {

    /** The plug-in's name. */
    public static final String NAME = "random-waypoint";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "synthetic random-waypoint movement of pedestrians and vehicles (no trace needed)";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return RandomWaypointParameters.keys();
    }

    /** @throws org.foci.api.ConfigurationException naming every unknown key and invalid value */
    @Override
    public MobilityModel create(Settings settings, ServiceArea area, double stepSeconds) {
        return new RandomWaypointMobility(area, stepSeconds, RandomWaypointParameters.from(settings));
    }
}
