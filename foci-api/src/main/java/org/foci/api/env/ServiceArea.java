package org.foci.api.env;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The square service area and its local metric frame.
 *
 * <p>Positions are metres east ({@code x}) and north ({@code y}) of the centre, from an
 * equirectangular projection about the centre: {@code x = Δlon·cos(lat0)·111,320},
 * {@code y = Δlat·110,540}; good to better than 0.1 % over a few km (MODEL.md §1). The area is
 * {@code |x|, |y| <= side/2}. Immutable.
 *
 * @param centerLatDeg latitude of the centre, degrees in [-85, 85]
 * @param centerLonDeg longitude of the centre, degrees in [-180, 180]
 * @param sideM        side of the square, metres, {@code > 0}
 */
public record ServiceArea(double centerLatDeg, double centerLonDeg, double sideM) {

    /** Metres per degree of latitude. */
    public static final double METRES_PER_DEG_LAT = 110_540.0;
    /** Metres per degree of longitude at the equator. */
    public static final double METRES_PER_DEG_LON = 111_320.0;

    /** {@code area.centerLat}: default 41.149 (downtown Porto). */
    public static final SettingKey<Double> CENTER_LAT =
            SettingKey.real("centerLat", 41.149, "latitude of the area centre, degrees").between(-85.0, 85.0);
    /** {@code area.centerLon}: default -8.614 (downtown Porto). */
    public static final SettingKey<Double> CENTER_LON =
            SettingKey.real("centerLon", -8.614, "longitude of the area centre, degrees").between(-180.0, 180.0);
    /** {@code area.sideM}: default 1,581 m, a 2.5 km² square (paper). */
    public static final SettingKey<Double> SIDE_M =
            SettingKey.real("sideM", 1581.0, "side of the square service area, metres").greaterThan(0.0);

    /**
     * Checks the components' ranges (the messages name the component and the value).
     *
     * @param centerLatDeg latitude of the centre, degrees in [-85, 85]
     * @param centerLonDeg longitude of the centre, degrees in [-180, 180]
     * @param sideM        side of the square, metres, {@code > 0}
     */
    public ServiceArea {
        if (!(centerLatDeg >= -85 && centerLatDeg <= 85)) {
            throw new IllegalArgumentException("centerLatDeg must be in [-85, 85], but was " + centerLatDeg);
        }
        if (!(centerLonDeg >= -180 && centerLonDeg <= 180)) {
            throw new IllegalArgumentException("centerLonDeg must be in [-180, 180], but was " + centerLonDeg);
        }
        if (!(sideM > 0) || Double.isInfinite(sideM)) {
            throw new IllegalArgumentException("sideM must be finite and > 0, but was " + sideM);
        }
    }

    /** {@return the keys of the {@code area} scope} */
    public static List<SettingKey<?>> settingKeys() {
        return List.of(CENTER_LAT, CENTER_LON, SIDE_M);
    }

    /**
     * The area of a configuration scope.
     *
     * @param areaScope the settings of the {@code area} scope, keys relative to it
     * @return the area
     * @throws org.foci.api.ConfigurationException on unknown keys or invalid values
     */
    public static ServiceArea from(Settings areaScope) {
        areaScope.requireValid(settingKeys());
        return new ServiceArea(areaScope.get(CENTER_LAT), areaScope.get(CENTER_LON), areaScope.get(SIDE_M));
    }

    /**
     * Metres east of the centre.
     *
     * @param lonDeg a longitude, degrees
     * @return its distance east of the centre, metres (negative to the west)
     */
    public double xM(double lonDeg) {
        return (lonDeg - centerLonDeg) * Math.cos(Math.toRadians(centerLatDeg)) * METRES_PER_DEG_LON;
    }

    /**
     * Metres north of the centre.
     *
     * @param latDeg a latitude, degrees
     * @return its distance north of the centre, metres (negative to the south)
     */
    public double yM(double latDeg) {
        return (latDeg - centerLatDeg) * METRES_PER_DEG_LAT;
    }

    /**
     * Longitude of a point {@code xM} east of the centre.
     *
     * @param xM metres east of the centre
     * @return the longitude, degrees
     */
    public double lonDeg(double xM) {
        return centerLonDeg + xM / (Math.cos(Math.toRadians(centerLatDeg)) * METRES_PER_DEG_LON);
    }

    /**
     * Latitude of a point {@code yM} north of the centre.
     *
     * @param yM metres north of the centre
     * @return the latitude, degrees
     */
    public double latDeg(double yM) {
        return centerLatDeg + yM / METRES_PER_DEG_LAT;
    }

    /** {@return half the side, metres} */
    public double halfSideM() {
        return sideM / 2;
    }

    /**
     * True when the point (metres) lies in the area, borders included.
     *
     * @param xM metres east of the centre
     * @param yM metres north of the centre
     * @return true when the point is inside
     */
    public boolean contains(double xM, double yM) {
        double half = sideM / 2;
        return Math.abs(xM) <= half && Math.abs(yM) <= half;
    }
}
