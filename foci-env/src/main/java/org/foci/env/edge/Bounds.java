package org.foci.env.edge;

/** The bounding box of a set of points; all zero for none. */
record Bounds(double loX, double loY, double hiX, double hiY) {

    static Bounds of(double[] x, double[] y) {
        if (x.length == 0) {
            return new Bounds(0, 0, 0, 0);
        }
        double loX = Double.POSITIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            loX = Math.min(loX, x[i]);
            loY = Math.min(loY, y[i]);
            hiX = Math.max(hiX, x[i]);
            hiY = Math.max(hiY, y[i]);
        }
        return new Bounds(loX, loY, hiX, hiY);
    }
}
