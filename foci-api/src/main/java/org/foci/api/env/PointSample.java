package org.foci.api.env;

/**
 * Points in the area frame (metres), for example every trace fix inside the area. Used to place
 * edges where devices go and to draw density maps.
 *
 * <p>Arrays are shared, not copied: treat them as read-only.
 *
 * @param xM metres east of the centre
 * @param yM metres north of the centre, same length
 */
public record PointSample(double[] xM, double[] yM) {

    /**
     * Checks that both arrays are present and of one length (they are not copied).
     *
     * @param xM metres east of the centre
     * @param yM metres north of the centre, same length
     */
    public PointSample {
        if (xM == null || yM == null || xM.length != yM.length) {
            throw new IllegalArgumentException("xM and yM must be non-null and of one length");
        }
    }

    /** {@return number of points} */
    public int size() {
        return xM.length;
    }
}
