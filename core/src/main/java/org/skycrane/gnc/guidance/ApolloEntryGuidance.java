package org.skycrane.gnc.guidance;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.math.Curve;

/**
 * Entry Terminal Point Controller, the Apollo final-phase guidance MSL and Mars 2020 flew
 * (Mendeck &amp; Craig 2011; Apollo {@code REENTRY_CONTROL.agc}; docs/references.md):
 * <ol>
 * <li>pre-bank: hold the reference bank, lift turned toward the target, until the sensed drag
 *     reaches the range-control threshold (0.2 Earth g);</li>
 * <li>range control: predicted range R_P = R_ref + F1 (D − D_ref) + F2 (ṙ − ṙ_ref); commanded
 *     vertical lift-to-drag (L/D)_c = (L/D)_ref + K3 (R_togo − R_P) / F3; bank magnitude
 *     acos((L/D)_c / (L/D)); the bank's sign is reversed when the crossrange angle leaves a corridor
 *     Y(V) = (L/D)/K_lat (V/V_sat)² + y_min/R that narrows with speed, keeping 15° of bank for
 *     crossrange when the lift is near full up or down;</li>
 * <li>heading alignment below a set speed: bank only to null the crossrange, σ = K atan2(χ, θ),
 *     limited in magnitude so most lift stays vertical.</li>
 * </ol>
 * Range to go is the ground distance to the target; the reference's range runs to its own touchdown,
 * so the two compare directly. Runs at the flight software's fixed rate; keeps its own state
 * (bank sign, phase, reversals), so use one instance per flight.
 */
public final class ApolloEntryGuidance implements EntryGuidance {

    /**
     * Tuning.
     *
     * @param overcontrolGain           K3 (Apollo: 4)
     * @param rangeControlDrag          sensed drag that starts range control (m/s²; MSL 0.2 g)
     * @param headingAlignmentSpeed     speed below which heading alignment flies (m/s)
     * @param headingAlignmentGain      K of σ = K atan2(χ, θ)
     * @param headingAlignmentMaxBank   bank magnitude limit in heading alignment (rad)
     * @param corridorGain              K_lat of the crossrange corridor (Apollo: 24)
     * @param corridorMinimum           y_min, the corridor's floor (m of crossrange)
     * @param lateralMargin             bank kept for crossrange when lift is near full up/down (rad)
     */
    public record Settings(double overcontrolGain, double rangeControlDrag, double headingAlignmentSpeed,
                           double headingAlignmentGain, double headingAlignmentMaxBank, double corridorGain,
                           double corridorMinimum, double lateralMargin) {
    }

    private final ReferenceTrajectory reference;
    private final Curve referenceBank;
    private final Settings settings;
    private final Vector3D target;
    private final double radius;
    private final double liftToDrag;
    private final double circularSpeed;

    private int sign;
    private boolean rangeControl;
    private int reversals;

    /**
     * @param reference        reference trajectory with its influence coefficients
     * @param referenceBank    reference bank magnitude against speed (rad), for pre-bank
     * @param settings         tuning
     * @param target           landing target, Mars-fixed (m)
     * @param radius           planet radius for ranges (m)
     * @param liftToDrag       the capsule's trim L/D
     * @param gm               μ (m³/s²), for the circular speed √(μ/R)
     */
    public ApolloEntryGuidance(ReferenceTrajectory reference, Curve referenceBank, Settings settings, Vector3D target,
                               double radius, double liftToDrag, double gm) {
        this.reference = reference;
        this.referenceBank = referenceBank;
        this.settings = settings;
        this.target = target.normalize();
        this.radius = radius;
        this.liftToDrag = liftToDrag;
        this.circularSpeed = Math.sqrt(gm / radius);
    }

    /** Crossrange corridor half-width Y(V) (rad of crossrange angle) at speed {@code v} (m/s). */
    public double corridor(double v) {
        double ratio = v / circularSpeed;
        return liftToDrag / settings.corridorGain() * ratio * ratio + settings.corridorMinimum() / radius;
    }

    /** Crossrange angle to the target (rad), positive when the target is right of the ground track. */
    public double crossrangeAngle(NavState nav) {
        Vector3D up = nav.position().normalize();
        Vector3D right = Vector3D.crossProduct(nav.velocity(), up);
        if (right.getNorm() == 0) {
            return 0;
        }
        return Math.asin(Math.max(-1, Math.min(1, Vector3D.dotProduct(target, right.normalize()))));
    }

    @Override
    public int reversals() {
        return reversals;
    }

    @Override
    public double bankCommand(NavState nav) {
        Vector3D up = nav.position().normalize();
        double v = nav.speed();
        double chi = crossrangeAngle(nav);
        double theta = Vector3D.angle(up, target);
        double drag = nav.sensedAcceleration().getNorm();
        if (sign == 0) {
            sign = chi >= 0 ? 1 : -1;
        }
        if (!rangeControl && drag >= settings.rangeControlDrag()) {
            rangeControl = true;
        }
        if (!rangeControl) {
            return sign * referenceBank.value(v);
        }
        if (v < settings.headingAlignmentSpeed()) {
            double bank = settings.headingAlignmentGain() * Math.atan2(chi, theta);
            double limit = settings.headingAlignmentMaxBank();
            return Math.max(-limit, Math.min(limit, bank));
        }
        Vector3D horizontal = nav.velocity().subtract(up.scalarMultiply(Vector3D.dotProduct(nav.velocity(), up)));
        boolean overflown = Vector3D.dotProduct(target, horizontal) < 0;
        double rangeToGo = radius * theta;
        double ld;
        if (overflown) {
            ld = -liftToDrag;
        } else {
            double predicted = reference.range(v) + reference.f1(v) * (drag - reference.drag(v))
                    + reference.f2(v) * (nav.verticalSpeed() - reference.altitudeRate(v));
            ld = reference.verticalLiftToDrag(v)
                    + settings.overcontrolGain() * (rangeToGo - predicted) / reference.f3(v);
            ld = Math.max(-liftToDrag, Math.min(liftToDrag, ld));
            double y = corridor(v);
            double edge = liftToDrag * Math.cos(settings.lateralMargin());
            if (Math.abs(ld) < edge) {
                if (-sign * chi > y) {
                    reverse();
                }
            } else if (sign * chi >= 0) {
                ld = Math.copySign(edge, ld);
            } else if (-sign * chi > y / 2) {
                reverse();
            }
        }
        return sign * Math.acos(Math.max(-1, Math.min(1, ld / liftToDrag)));
    }

    private void reverse() {
        sign = -sign;
        reversals++;
    }
}
