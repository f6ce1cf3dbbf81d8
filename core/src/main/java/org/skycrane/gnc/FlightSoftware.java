package org.skycrane.gnc;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.guidance.EntryGuidance;
import org.skycrane.gnc.guidance.PoweredDescentGuidance;
import org.skycrane.gnc.guidance.VelocityHold;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Engines;

/**
 * The EDL flight software's guidance and control: it runs at a fixed rate, reads only the navigated
 * state, and returns the commands held until its next tick. The sequencer tells it which mode to
 * fly; the one decision it makes itself here is touchdown detection (the engines' commanded thrust
 * drops and stays low once the rover's weight comes off the bridles).
 */
public final class FlightSoftware {

    /** What the software is flying. */
    public enum Mode { ENTRY, PARACHUTE, FREE_FALL, POWERED_APPROACH, SKY_CRANE, FLYAWAY }

    /**
     * Timing and tuning.
     *
     * @param guidancePeriod          tick during entry and on the parachute (s)
     * @param controlPeriod           tick on the engines (s)
     * @param touchdownThrustFraction commanded thrust below this fraction of the hover thrust at
     *                                sky-crane start counts as "low"
     * @param touchdownArmDelay       touchdown detection is armed this long after sky-crane start (s)
     * @param skyCraneDescentRate     descent rate held in the sky crane (m/s, positive down)
     * @param flyawayTilt             thrust tilt from vertical during flyaway (rad)
     * @param flyawayThrottle         fraction of maximum thrust during flyaway
     * @param flyawayDuration         burn time of the flyaway (s); the engines stop after it
     */
    public record Config(double guidancePeriod, double controlPeriod, double touchdownThrustFraction,
                         double touchdownArmDelay, double skyCraneDescentRate, double flyawayTilt,
                         double flyawayThrottle, double flyawayDuration) {
    }

    private final Config config;
    private final EntryGuidance entryGuidance;
    private final PoweredDescentGuidance poweredDescent;
    private final VelocityHold velocityHold;
    private final Engines engines;

    private Mode mode = Mode.ENTRY;
    private double lowThrustSince = Double.NaN;
    private double hoverThrust = Double.NaN;
    private double touchdownArmedAt = Double.NaN;
    private Vector3D holdPosition;
    private Vector3D flyawayThrust = Vector3D.ZERO;
    private double flyawayEnd = Double.NaN;

    public FlightSoftware(Config config, EntryGuidance entryGuidance, PoweredDescentGuidance poweredDescent,
                          VelocityHold velocityHold, Engines engines) {
        this.config = Objects.requireNonNull(config);
        this.entryGuidance = Objects.requireNonNull(entryGuidance);
        this.poweredDescent = Objects.requireNonNull(poweredDescent);
        this.velocityHold = Objects.requireNonNull(velocityHold);
        this.engines = Objects.requireNonNull(engines);
    }

    public Mode mode() {
        return mode;
    }

    /** The entry guidance flown in ENTRY mode. */
    public EntryGuidance entryGuidance() {
        return entryGuidance;
    }

    /** Tick period in the present mode (s). */
    public double period() {
        return mode == Mode.ENTRY || mode == Mode.PARACHUTE ? config.guidancePeriod() : config.controlPeriod();
    }

    /** Parachute descent: wings level, engines off. */
    public void startParachute() {
        mode = Mode.PARACHUTE;
    }

    /** Free fall after backshell separation, engines not yet at thrust. */
    public void startFreeFall() {
        mode = Mode.FREE_FALL;
    }

    /** Powered approach toward a point above {@code groundTarget} (null: no divert). */
    public void startApproach(NavState nav, Vector3D groundTarget) {
        mode = Mode.POWERED_APPROACH;
        poweredDescent.start(nav, groundTarget);
    }

    /** Sky crane: hold the descent rate over the present spot; arm touchdown detection later. */
    public void startSkyCrane(NavState nav) {
        mode = Mode.SKY_CRANE;
        Vector3D aim = poweredDescent.aimPosition();
        holdPosition = aim != null ? aim : nav.position();
        Vector3D r = nav.position();
        hoverThrust = nav.mass() * velocityHold.planet().gravity(r).getNorm();
        touchdownArmedAt = nav.time() + config.touchdownArmDelay();
        lowThrustSince = Double.NaN;
    }

    /** Flyaway: tilt the thrust toward {@code awayHorizontal} (unit, horizontal) and burn. */
    public void startFlyaway(NavState nav, Vector3D awayHorizontal) {
        mode = Mode.FLYAWAY;
        Vector3D up = nav.position().normalize();
        Vector3D direction = up.scalarMultiply(Math.cos(config.flyawayTilt()))
                .add(awayHorizontal.scalarMultiply(Math.sin(config.flyawayTilt())));
        flyawayThrust = direction.scalarMultiply(config.flyawayThrottle() * engines.maxNetThrust());
        flyawayEnd = nav.time() + config.flyawayDuration();
    }

    /**
     * Time (s since entry interface) since which the commanded thrust has stayed low in the sky
     * crane, or NaN when it is not low (or detection is not armed).
     */
    public double lowThrustSince() {
        return lowThrustSince;
    }

    /** One tick: the commands to hold until the next tick. */
    public Commands update(NavState nav) {
        return switch (mode) {
            case ENTRY -> new Commands(entryGuidance.bankCommand(nav), Vector3D.ZERO);
            case PARACHUTE, FREE_FALL -> Commands.NONE;
            case POWERED_APPROACH -> new Commands(0.0, poweredDescent.thrust(nav));
            case SKY_CRANE -> skyCrane(nav);
            case FLYAWAY -> new Commands(0.0, nav.time() < flyawayEnd ? flyawayThrust : Vector3D.ZERO);
        };
    }

    private Commands skyCrane(NavState nav) {
        Vector3D up = nav.position().normalize();
        Vector3D thrust = velocityHold.thrust(nav, up.scalarMultiply(-config.skyCraneDescentRate()), holdPosition);
        boolean armed = nav.time() >= touchdownArmedAt;
        boolean low = armed && thrust.getNorm() < config.touchdownThrustFraction() * hoverThrust;
        if (low) {
            if (Double.isNaN(lowThrustSince)) {
                lowThrustSince = nav.time();
            }
        } else {
            lowThrustSince = Double.NaN;
        }
        return new Commands(0.0, thrust);
    }
}
