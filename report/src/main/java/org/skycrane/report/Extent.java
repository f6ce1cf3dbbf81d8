package org.skycrane.report;

/** The smallest axis-aligned box holding every point included so far, for setting map ranges. */
final class Extent {

    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void include(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
    }

    /**
     * Sets {@code chart}'s ranges to this box grown by {@code margin} of its larger side on every
     * side, with equal scale (see {@link PlotChart#equalScale}).
     */
    void applyEqualScale(PlotChart chart, double margin, double xUnitLength) {
        if (minX > maxX) {
            include(0, 0);
        }
        double pad = margin * Math.max((maxX - minX) * xUnitLength, maxY - minY);
        if (pad == 0) {
            pad = 1;
        }
        chart.equalScale(minX - pad / xUnitLength, maxX + pad / xUnitLength, minY - pad, maxY + pad, xUnitLength);
    }
}
