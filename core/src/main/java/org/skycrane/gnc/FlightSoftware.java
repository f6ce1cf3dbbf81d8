package org.skycrane.gnc;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.History;
import org.skycrane.flight.Onboard;
import org.skycrane.flight.Phase;
import org.skycrane.flight.Trigger;
import org.skycrane.gnc.guidance.EntryGuidance;
import org.skycrane.gnc.guidance.PoweredDescentGuidance;
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
     */
    public record Config(double guidancePeriod, double controlPeriod, double flyawayTilt, double flyawayThrottle,
                         double flyawayDuration, Vector3D target) {
    }

    private final Config config;
    private final OnboardModels models;
    private final MassModel massModel;
    private final EntryGuidance entryGuidance;
    private final PoweredDescentGuidance poweredDescent;
    private final SkyCrane skyCrane;
    private final Engines engines;

    private Phase flying;
    private double propellantUsed;
    private double lastTick = Double.NaN;
    private Vector3D lastThrust = Vector3D.ZERO;
    private Vector3D awayDirection;
    private Vector3D flyawayThrust = Vector3D.ZERO;
    private double flyawayEnd = Double.NaN;

    public FlightSoftware(Config config, OnboardModels models, MassModel massModel, EntryGuidance entryGuidance,
                          PoweredDescentGuidance poweredDescent, SkyCrane skyCrane, Engines engines) {
        this.config = Objects.requireNonNull(config);
        this.models = Objects.requireNonNull(models);
        this.massModel = Objects.requireNonNull(massModel);
        this.entryGuidance = Objects.requireNonNull(entryGuidance);
        this.poweredDescent = Objects.requireNonNull(poweredDescent);
        this.skyCrane = Objects.requireNonNull(skyCrane);
        this.engines = Objects.requireNonNull(engines);
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
        return phase == Phase.ENTRY || phase == Phase.PARACHUTE_DESCENT ? config.guidancePeriod()
                : config.controlPeriod();
    }

    /** The flight software's mass estimate after its decisions in {@code history} (kg). */
    public double believedMass(History history) {
        return massModel.mass(history, propellantUsed);
    }

    /** One tick in {@code phase}, with the decisions so far: the commands to hold until the next tick. */
    public Commands update(Phase phase, History history, NavState nav) {
        if (!Double.isNaN(lastTick)) {
            propellantUsed += engines.massFlow(delivered(lastThrust)) * (nav.time() - lastTick);
        }
        double mass = believedMass(history);
        if (phase != flying) {
            enter(phase, nav, mass);
            flying = phase;
        }
        Commands commands = switch (phase) {
            case ENTRY -> new Commands(entryGuidance.bankCommand(nav), Vector3D.ZERO);
            case PARACHUTE_DESCENT, FREE_FALL -> Commands.NONE;
            case POWERED_DESCENT -> new Commands(0.0, poweredDescent.thrust(nav, mass));
            case SKY_CRANE -> new Commands(0.0, skyCrane.thrust(nav, delivered(lastThrust)));
            case FLYAWAY -> new Commands(0.0, nav.time() < flyawayEnd ? flyawayThrust : Vector3D.ZERO);
        };
        lastThrust = commands.thrust();
        lastTick = nav.time();
        return commands;
    }

    private double delivered(Vector3D thrust) {
        double wanted = thrust.getNorm();
        return wanted == 0 ? 0 : Math.max(engines.minNetThrust(), Math.min(engines.maxNetThrust(), wanted));
    }

    private void enter(Phase phase, NavState nav, double mass) {
        Vector3D up = nav.position().normalize();
        switch (phase) {
            case FREE_FALL -> {
                // the flyaway heads along the ground track flown when the backshell left
                Vector3D horizontal = nav.velocity().subtract(up.scalarMultiply(Vector3D.dotProduct(nav.velocity(), up)));
                awayDirection = horizontal.getNorm() > 1e-6 ? horizontal.normalize() : null;
            }
            case POWERED_DESCENT -> poweredDescent.start(nav, mass, config.target());
            case SKY_CRANE -> skyCrane.start(nav, mass, poweredDescent.aimPosition());
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
