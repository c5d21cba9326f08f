package org.foci.env.trace;

/** Why a data row of a Porto trace was skipped (counted, never fatal). */
public enum SkipReason {
    /** POLYLINE is {@code []}. */
    EMPTY_POLYLINE,
    /** POLYLINE has one point: no movement. */
    SINGLE_POINT,
    /** MISSING_DATA is True: the trip has gaps. */
    MISSING_DATA,
    /** A field is malformed: wrong field count, bad quoting, empty TRIP_ID, non-integer TIMESTAMP,
     *  MISSING_DATA neither True nor False, or a POLYLINE that is not a list of [lon, lat] pairs. */
    MALFORMED;

    /** The camelCase name used in summaries: {@code skippedEmptyPolyline}. */
    public String summaryKey() {
        StringBuilder key = new StringBuilder("skipped");
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return key.toString();
    }
}
