package org.skycrane.gnc;

import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.Trigger;
import org.skycrane.gnc.guidance.VelocityHold;
import org.skycrane.gnc.nav.NavState;

/**
 * The sky crane's flight software: hold a constant descent rate over the aim point while the rover
 * is lowered on the bridles, and detect touchdown from what the stage senses. The thrust is set from
 * an apparent mass, the last thrust over the sensed acceleration, so when the wheels take the rover's
 * weight the thrust needed to hold the descent rate falls within a tick or two (the stage keeps
 * descending instead of climbing on slack bridles). Touchdown is declared when that thrust has stayed
 * below a fraction of the hover thrust at sky-crane start for a persistence time, and only once
 * detection is armed, after the bridles are out (guarding against false trips while they pay out).
 */
public final class SkyCrane {

    /**
     * @param descentRate    descent rate held (m/s, positive down)
     * @param thrustFraction thrust below this fraction of the hover thrust counts as low
     * @param armDelay       detection is armed this long after sky-crane start (s)
     * @param persistence    thrust must stay low this long (s)
     * @param massFilterGain weight of each new apparent-mass measurement (0–1]
     */
    public record Settings(double descentRate, double thrustFraction, double armDelay, double persistence,
                           double massFilterGain) {
    }

    private final Settings settings;
    private final VelocityHold hold;

    private Vector3D holdPosition;
    private double hoverThrust = Double.NaN;
    private double armedAt = Double.NaN;
    private double apparentMass = Double.NaN;
    private double lowThrustSince = Double.NaN;

    public SkyCrane(Settings settings, VelocityHold hold) {
        this.settings = settings;
        this.hold = hold;
    }

    /** Starts the sky crane at {@code nav} with believed mass {@code mass} (kg) over {@code aim} (or here). */
    public void start(NavState nav, double mass, Vector3D aim) {
        holdPosition = aim != null ? aim : nav.position();
        apparentMass = mass;
        hoverThrust = mass * hold.planet().gravity(nav.position()).getNorm();
        armedAt = nav.time() + settings.armDelay();
        lowThrustSince = Double.NaN;
    }

    /**
     * Thrust to command (N, Mars-fixed), given the thrust the engines delivered over the last tick
     * ({@code lastThrust}, N) and the sensed acceleration now.
     */
    public Vector3D thrust(NavState nav, double lastThrust) {
        double sensed = nav.cycleAcceleration().getNorm();
        if (lastThrust > 0 && sensed > 0) {
            apparentMass += settings.massFilterGain() * (lastThrust / sensed - apparentMass);
        }
        Vector3D up = nav.position().normalize();
        Vector3D thrust = hold.thrust(nav, apparentMass, up.scalarMultiply(-settings.descentRate()), holdPosition);
        boolean low = nav.time() >= armedAt && thrust.getNorm() < settings.thrustFraction() * hoverThrust;
        if (!low) {
            lowThrustSince = Double.NaN;
        } else if (Double.isNaN(lowThrustSince)) {
            lowThrustSince = nav.time();
        }
        return thrust;
    }

    /**
     * Touchdown detected: the commanded thrust has stayed low for the persistence time. Counts down
     * linearly from the tick the thrust went low, so the crossing is located inside an arc.
     */
    public Trigger touchdownDetected() {
        return Trigger.of(String.format(Locale.ROOT, "thrust < %.0f %% of hover for %.1f s",
                100 * settings.thrustFraction(), settings.persistence()), (now, past) ->
                Double.isNaN(lowThrustSince) ? settings.persistence() : lowThrustSince + settings.persistence() - now.time());
    }
}
