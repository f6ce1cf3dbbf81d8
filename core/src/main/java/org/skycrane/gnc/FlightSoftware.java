package org.skycrane.gnc;

import java.util.List;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.History;
import org.skycrane.flight.Onboard;
import org.skycrane.flight.Phase;
import org.skycrane.flight.Trigger;
import org.skycrane.gnc.guidance.BackshellAvoidance;
import org.skycrane.gnc.guidance.EntryGuidance;
import org.skycrane.gnc.guidance.PoweredApproach;
import org.skycrane.gnc.guidance.TerminalDescent;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Engines;

/**
 * The EDL flight software's guidance and control. It runs at a fixed rate, reads only its navigation
 * solution, its onboard models and its own decisions, and returns the commands held until its next
 * tick. What it flies follows from the sequencer's phase alone: entry guidance in ENTRY, nothing
 * under the parachute or in free fall, powered-descent guidance, the sky crane, the flyaway; each is
 * set up on the first tick of its phase.
 */
public final class FlightSoftware {

    /**
     * Timing and tuning.
     *
     * @param guidancePeriod  tick during entry and on the parachute (s)
     * @param controlPeriod   tick on the engines (s)
     * @param flyawayTilt     thrust tilt from vertical during flyaway (rad)
     * @param flyawayThrottle fraction of maximum thrust during flyaway
     * @param flyawayDuration burn time of the flyaway (s); the engines stop after it
     * @param target          landing target, Mars-fixed (m), or null for no divert
     * @param maxDivert       largest ground distance from the natural stopping point to the landing aim (m)
     * @param rcsPropellantRate propellant the entry thrusters burn while they fly the bank (kg/s)
     */
    public record Config(double guidancePeriod, double controlPeriod, double flyawayTilt, double flyawayThrottle,
                         double flyawayDuration, Vector3D target, double maxDivert, double rcsPropellantRate) {
    }

    private final Config config;
    private final OnboardModels models;
    private final MassModel massModel;
    private final EntryGuidance entryGuidance;
    private final BackshellAvoidance avoidance;
    private final PoweredApproach approach;
    private final TerminalDescent terminal;
    private final SkyCrane skyCrane;
    private final Engines engines;
    private final FaultProtection protection;

    private Phase flying;
    private double propellantUsed;
    private double lastTick = Double.NaN;
    private Vector3D lastThrust = Vector3D.ZERO;
    private Vector3D awayDirection;
    private NavState atSeparation;
    private Vector3D landing;
    private Vector3D predictedBackshell;
    private Vector3D flyawayThrust = Vector3D.ZERO;
    private double flyawayEnd = Double.NaN;
    private Vector3D safeTarget;
    private double lastMass = Double.NaN;

    /** The guidance laws of the powered flight, phase by phase. */
    public record PoweredFlight(BackshellAvoidance avoidance, PoweredApproach approach, TerminalDescent terminal,
                                SkyCrane skyCrane) {
    }

    public FlightSoftware(Config config, OnboardModels models, MassModel massModel, EntryGuidance entryGuidance,
                          PoweredFlight powered, Engines engines, FaultProtection protection) {
        this.config = Objects.requireNonNull(config);
        this.models = Objects.requireNonNull(models);
        this.massModel = Objects.requireNonNull(massModel);
        this.entryGuidance = Objects.requireNonNull(entryGuidance);
        this.avoidance = Objects.requireNonNull(powered.avoidance());
        this.approach = Objects.requireNonNull(powered.approach());
        this.terminal = Objects.requireNonNull(powered.terminal());
        this.skyCrane = Objects.requireNonNull(powered.skyCrane());
        this.engines = Objects.requireNonNull(engines);
        this.protection = Objects.requireNonNull(protection);
    }

    /** Fault protection of the parachute and the engines. */
    public FaultProtection faultProtection() {
        return protection;
    }

    /** The engines' chamber pressures for the coming tick (fractions of full thrust), a measurement. */
    public void senseEngines(double[] pressures) {
        protection.senseEngines(pressures);
    }

    /** What fault protection did since last asked, in order; clears them. */
    public List<FaultProtection.Notice> takeNotices() {
        return protection.takeNotices();
    }

    /** The entry guidance flown in ENTRY (for its bank reversals). */
    public EntryGuidance entryGuidance() {
        return entryGuidance;
    }

    /** What the flight software believes at {@code nav}, through its onboard models. */
    public Onboard view(NavState nav) {
        return models.view(nav);
    }

    /** The sky crane's touchdown detection, a trigger of the sequence. */
    public Trigger touchdownDetected() {
        return skyCrane.touchdownDetected();
    }

    /** Tick period in {@code phase} (s). */
    public double period(Phase phase) {
        return phase.ordinal() <= Phase.PARACHUTE_DESCENT.ordinal() ? config.guidancePeriod() : config.controlPeriod();
    }

    /** Where the flight software predicted the backshell would come down (Mars-fixed), or null before. */
    public Vector3D predictedBackshell() {
        return predictedBackshell;
    }

    /** The flight software's mass estimate after its decisions in {@code history} (kg). */
    public double believedMass(History history) {
        return massModel.mass(history, propellantUsed);
    }

    /** One tick in {@code phase}, with the decisions so far: the commands to hold until the next tick. */
    public Commands update(Phase phase, History history, NavState nav) {
        if (!Double.isNaN(lastTick)) {
            double rcs = flying == Phase.ENTRY || flying == Phase.SUFR ? config.rcsPropellantRate() : 0;
            propellantUsed += (engines.massFlow(delivered(lastThrust)) + rcs) * (nav.time() - lastTick);
        }
        double mass = believedMass(history);
        lastMass = mass;
        if (phase != flying) {
            enter(phase, nav, mass);
            flying = phase;
        }
        Commands commands = switch (phase) {
            case ENTRY -> new Commands(entryGuidance.bankCommand(nav), Vector3D.ZERO);
            case SUFR, PARACHUTE_DESCENT, FREE_FALL -> Commands.NONE;
            case POWERED_APPROACH -> new Commands(0.0, approach.thrust(nav, mass));
            case CONSTANT_VELOCITY -> new Commands(0.0, terminal.constantVelocity(nav, mass, approach.aimPosition()));
            case CONSTANT_DECELERATION -> new Commands(0.0, terminal.constantDeceleration(nav, mass,
                    approach.aimPosition()));
            case SKY_CRANE -> new Commands(0.0, skyCrane.thrust(nav, delivered(lastThrust)));
            case FLYAWAY -> new Commands(0.0, nav.time() < flyawayEnd ? flyawayThrust : Vector3D.ZERO);
        };
        commands = protection.review(phase, history, nav, mass, lastThrust, delivered(lastThrust), commands);
        lastThrust = commands.thrust();
        lastTick = nav.time();
        return commands;
    }

    /**
     * The landing aim before the backshell is kept clear. A safe target is flown as selected: Safe
     * Target Selection chose it within the divert reach, so clipping it again against a later natural
     * stopping point would leave the safe cell. Otherwise the scenario's target when it lies within
     * the divert capability of the natural stopping point, else as far toward it as the divert allows.
     */
    private Vector3D landingAim(NavState nav) {
        double groundRadius = models.groundRadius();
        if (safeTarget != null) {
            return safeTarget.normalize().scalarMultiply(groundRadius);
        }
        Vector3D natural = naturalStop(nav);
        if (config.target() == null) {
            return natural;
        }
        Vector3D wanted = config.target().normalize().scalarMultiply(groundRadius);
        Vector3D divert = wanted.subtract(natural);
        double distance = divert.getNorm();
        return distance <= config.maxDivert() ? wanted : natural.add(divert.scalarMultiply(config.maxDivert() / distance));
    }

    /**
     * Where the powered descent would land undiverted if it started now (Mars-fixed, on the onboard
     * ground sphere): the natural stopping point, where a steady braking would null the present
     * horizontal velocity over the descent to the ground.
     */
    public Vector3D naturalStop(NavState nav) {
        return naturalStop(nav.position(), nav.velocity());
    }

    /**
     * Where the powered descent would land undiverted (Safe Target Selection's "predicted touchdown"):
     * under the parachute, the stack's fall through the onboard atmosphere and winds down to
     * {@code ignitionHeight} above the ground (the believed mass under the backshell's parachute drag
     * area, as the backshell avoidance predicts the backshell's own fall), then the natural stopping
     * point from there; on the engines, the natural stopping point from now.
     *
     * @param nav            the navigated state
     * @param ignitionHeight height above the ground of powered-descent start (m)
     */
    public Vector3D predictedTouchdown(NavState nav, double ignitionHeight) {
        if (flying != null && flying.ordinal() > Phase.PARACHUTE_DESCENT.ordinal()
                || !(nav.heightAbove(models.groundRadius()) > ignitionHeight) || !(lastMass > 0)) {
            return naturalStop(nav);
        }
        Vector3D[] ignition = avoidance.fall(nav.position(), nav.velocity(), lastMass, avoidance.dragArea(),
                ignitionHeight);
        return naturalStop(ignition[0], ignition[1]);
    }

    private Vector3D naturalStop(Vector3D position, Vector3D velocity) {
        Vector3D up = position.normalize();
        double groundRadius = models.groundRadius();
        double height = position.getNorm() - groundRadius;
        double vz = Vector3D.dotProduct(velocity, up);
        double time = 2 * Math.max(height, 1.0) / Math.max(-vz, 1.0);
        Vector3D horizontal = velocity.subtract(up.scalarMultiply(vz));
        return position.add(horizontal.scalarMultiply(time / 2)).normalize().scalarMultiply(groundRadius);
    }

    /**
     * Where the powered descent would aim if it started now (Mars-fixed): the selected safe target once
     * there is one, else the mission's target within the divert reach of the natural stopping point.
     */
    public Vector3D plannedLanding(NavState nav) {
        return landingAim(nav);
    }

    /** Retargets the powered descent to {@code target} (Mars-fixed), as Safe Target Selection does. */
    public void retarget(Vector3D target) {
        safeTarget = Objects.requireNonNull(target);
    }

    private double delivered(Vector3D thrust) {
        double wanted = thrust.getNorm();
        double max = protection.maxThrust();
        return wanted == 0 ? 0 : Math.max(engines.minThrottle() * max, Math.min(max, wanted));
    }

    private void enter(Phase phase, NavState nav, double mass) {
        Vector3D up = nav.position().normalize();
        switch (phase) {
            case FREE_FALL -> {
                // the flyaway heads along the ground track flown when the backshell left
                Vector3D horizontal = nav.velocity().subtract(up.scalarMultiply(Vector3D.dotProduct(nav.velocity(), up)));
                awayDirection = horizontal.getNorm() > 1e-6 ? horizontal.normalize() : null;
                atSeparation = nav;
            }
            case POWERED_APPROACH -> {
                predictedBackshell = avoidance.predictLanding(atSeparation != null ? atSeparation : nav);
                // a safe target is flown as selected: moving it for the backshell would leave the safe cell
                // (Safe Target Selection's minimum divert is where the backshell is kept clear then)
                landing = safeTarget != null ? landingAim(nav) : avoidance.keepClear(landingAim(nav), predictedBackshell,
                        awayDirection != null ? awayDirection : Vector3D.crossProduct(Vector3D.PLUS_K, up).normalize());
                approach.start(nav, landing);
            }
            case SKY_CRANE -> skyCrane.start(nav, mass, approach.aimPosition());
            case FLYAWAY -> {
                Vector3D away = awayDirection != null ? awayDirection : Vector3D.crossProduct(Vector3D.PLUS_K, up)
                        .normalize();
                Vector3D direction = up.scalarMultiply(Math.cos(config.flyawayTilt()))
                        .add(away.scalarMultiply(Math.sin(config.flyawayTilt())));
                flyawayThrust = direction.scalarMultiply(config.flyawayThrottle() * engines.maxNetThrust());
                flyawayEnd = nav.time() + config.flyawayDuration();
            }
            default -> {
                // nothing to set up
            }
        }
    }
}
