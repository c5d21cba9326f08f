package org.foci.env.trace;

/**
 * One valid trip of a Porto trace as the reader passes it to a {@link PortoTraceReader.TripVisitor}.
 *
 * <p>A flyweight: the reader reuses one instance for every row, so read what you need during the
 * call and keep nothing.
 */
public interface Trip {

    /** The TRIP_ID text. */
    String tripId();

    /**
     * The stable 64-bit hash of the TRIP_ID used for the train/evaluation split: FNV-1a 64 of the
     * TRIP_ID's bytes as written in the file (UTF-8, without quotes), then the SplitMix64
     * finaliser ({@link PortoTraceReader#tripHash}).
     */
    long tripHash();

    /** The 1-based line the row starts on. */
    long line();

    /** Number of GPS points, {@code >= 2}. */
    int points();

    /** Longitude of point i, degrees (WGS84). */
    double lon(int i);

    /** Latitude of point i, degrees (WGS84). */
    double lat(int i);
}
