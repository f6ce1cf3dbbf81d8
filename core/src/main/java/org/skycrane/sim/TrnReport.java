package org.skycrane.sim;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.trn.LanderVisionSystem;

/**
 * What terrain-relative navigation did in one flight, truth beside belief.
 *
 * @param mode          model or images
 * @param startTime     LVS start (s since entry interface; NaN if it never started)
 * @param solutionTime  LVS solution (s; NaN without one)
 * @param positionError horizontal error of the navigated position against truth right after the solution (m)
 * @param positionSigma the filter's own horizontal 1σ then, the larger axis (m)
 * @param images        images taken
 * @param fused         position fixes the filter accepted
 * @param failure       why there was no solution, or null
 * @param safeTarget    the selected safe target, Mars-fixed on the onboard ground (m), or null
 * @param divert        its distance from the predicted touchdown (m; NaN without one)
 * @param hazard        its hazard value (NaN without one)
 * @param frames        the images' records, in order (images mode)
 */
public record TrnReport(String mode, double startTime, double solutionTime, double positionError, double positionSigma,
                        int images, int fused, String failure, Vector3D safeTarget, double divert, double hazard,
                        List<Frame> frames) {

    /**
     * One image the LVS processed.
     *
     * @param time       exposure (s)
     * @param coarse     whether it ran the coarse match
     * @param accepted   whether its fix passed the filter's gate
     * @param rejected   why the LVS rejected it, or null
     * @param templates  fine matches above threshold
     * @param inliers    consistent ones
     * @param error      horizontal error of its fix against the true camera position (m; NaN without a fix)
     * @param matches    its fine matches on the ground in the site's map coordinates, consistent or rejected
     *                   (for the film's overlay)
     */
    public record Frame(double time, boolean coarse, boolean accepted, String rejected, int templates, int inliers,
                        double error, List<LanderVisionSystem.Match> matches) {

        public Frame {
            matches = List.copyOf(matches);
        }
    }
}
