package org.skycrane.gnc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.History;
import org.skycrane.flight.Phase;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.EngineLayout;
import org.skycrane.vehicle.Engines;

/**
 * The flight software's fault protection of the parachute and the descent engines. It reads only
 * measurements (the IMU's sensed acceleration, the engines' chamber pressures) and its own commands.
 *
 * <ul>
 *   <li><b>Parachute.</b> The canopy's inflation load must lift the sensed deceleration to
 *       {@code inflationRatio} times its value at mortar fire within line stretch plus
 *       {@code inflationWindow}; once inflated, the sensed deceleration must stay above half of gravity
 *       (under a canopy near terminal speed drag carries the weight). Either failing is a parachute
 *       failure. There is no recovery: MSL and Mars 2020 carry no backup parachute, so the response is
 *       to fly the sequence on (heat shield, backshell, powered descent on their own triggers), and the
 *       flight's outcome says what came of it.</li>
 *   <li><b>Engines.</b> On the engines, the sensed acceleration along the thrust must reach
 *       {@code shortfallRatio} of the commanded thrust over the believed mass; short for
 *       {@code shortfallTicks} ticks in a row, the engine whose chamber pressure has fallen is isolated
 *       and shut off, and the thrust is shared over the others by {@link EngineAllocation} (balanced:
 *       no pitch or yaw torque), limited to their balanced capacity.</li>
 * </ul>
 */
public final class FaultProtection {

    /**
     * Thresholds; all ASSUMED (docs/faults.md gives the reasons).
     *
     * @param lineStretchDelay mortar fire to line stretch, onboard (s)
     * @param inflationWindow  time after line stretch within which the inflation load must show (s)
     * @param inflationRatio   factor the sensed deceleration must rise by over its value at mortar fire
     * @param gravity          local gravity at the site, onboard (m/s²)
     * @param shortfallRatio   sensed over commanded acceleration below which the thrust is short
     * @param shortfallTicks   consecutive short ticks that declare an engine failure
     * @param torqueBound      net pitch and yaw torque the allocation may leave (N·m)
     */
    public record Settings(double lineStretchDelay, double inflationWindow, double inflationRatio, double gravity,
                           double shortfallRatio, int shortfallTicks, double torqueBound) {
    }

    /**
     * Something fault protection did at a tick, for the timeline.
     *
     * @param event FAULT_DETECTED or FAULT_RESPONSE
     * @param label what and why
     */
    public record Notice(EdlEvent event, String label) {
    }

    private static final double LOW_PERSISTENCE = 1.0;

    private final Settings settings;
    private final Engines engines;
    private final EngineAllocation allocation;
    private final List<Notice> notices = new ArrayList<>();

    private double[] chamber = new double[0];
    private double atDeploy = Double.NaN;
    private boolean inflated;
    private boolean parachuteFailed;
    private double lowSince = Double.NaN;
    private int shortTicks;
    private boolean shortfallLogged;
    private int off;
    private double capacity = Double.NaN;
    private double maxTorque;

    /**
     * @param settings thresholds
     * @param engines  the onboard model of the engines
     * @param layout   where they sit, or null (no engine fault protection then)
     */
    public FaultProtection(Settings settings, Engines engines, EngineLayout layout) {
        this.settings = settings;
        this.engines = engines;
        this.allocation = layout == null ? null : new EngineAllocation(engines, layout);
    }

    /** The engines' chamber pressures at this tick, each a fraction of its full-thrust value. */
    public void senseEngines(double[] pressures) {
        chamber = pressures.clone();
    }

    /** The engines shut off by fault protection, a bit per engine. */
    public int enginesOff() {
        return off;
    }

    /** The largest net pitch and yaw torque (N·m) the allocation left since an engine was shut off; 0 before. */
    public double maxTorque() {
        return maxTorque;
    }

    /** Largest net thrust (N) the engines in use can give balanced: the cluster's own while all are in use. */
    public double maxThrust() {
        return off == 0 ? engines.maxNetThrust() : capacity;
    }

    /** What it did since last asked, in order; clears them. */
    public List<Notice> takeNotices() {
        List<Notice> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    /**
     * One tick's review, after guidance.
     *
     * @param phase         the phase flown
     * @param history       the decisions so far
     * @param nav           the navigation solution (its sensed acceleration is the IMU's)
     * @param mass          the believed mass (kg)
     * @param lastThrust    the thrust commanded over the last cycle (N, Mars-fixed)
     * @param lastDelivered its magnitude as the engines deliver it (N)
     * @param commands      guidance's commands for the next cycle
     * @return the commands to send: the thrust shared over the engines in use
     */
    public Commands review(Phase phase, History history, NavState nav, double mass, Vector3D lastThrust,
                           double lastDelivered, Commands commands) {
        if (phase == Phase.PARACHUTE_DESCENT && history.has(EdlEvent.PARACHUTE_DEPLOY) && !parachuteFailed) {
            parachute(nav, history.timeOf(EdlEvent.PARACHUTE_DEPLOY));
        }
        if (powered(phase) && off == 0 && lastDelivered > 0 && allocation != null) {
            engines(nav, mass, lastThrust, lastDelivered);
        }
        if (off == 0) {
            return commands;
        }
        Vector3D thrust = commands.thrust();
        double wanted = thrust.getNorm();
        if (wanted == 0) {
            return commands.withThrust(thrust, off);
        }
        double net = Math.min(wanted, capacity);
        EngineAllocation.Share share = allocation.allocate(net, off);
        maxTorque = Math.max(maxTorque, share.torque());
        return commands.withThrust(thrust.scalarMultiply(net / wanted), off);
    }

    private static boolean powered(Phase phase) {
        return phase.ordinal() >= Phase.POWERED_APPROACH.ordinal();
    }

    private void parachute(NavState nav, double deployTime) {
        double a = Math.max(nav.sensedAcceleration().getNorm(), nav.cycleAcceleration().getNorm());
        double t = nav.time();
        if (Double.isNaN(atDeploy)) {
            atDeploy = a;
            return;
        }
        if (!inflated) {
            if (a >= settings.inflationRatio() * atDeploy) {
                inflated = true;
            } else if (t >= deployTime + settings.lineStretchDelay() + settings.inflationWindow() - 1e-9) {
                parachuteFailed(String.format(Locale.ROOT, "parachute: no inflation load %.1f s after mortar fire "
                        + "(sensed %.1f m/s², %.1f at mortar fire)", t - deployTime, a, atDeploy));
            }
            return;
        }
        if (a < 0.5 * settings.gravity()) {
            if (Double.isNaN(lowSince)) {
                lowSince = t;
            }
            if (t - lowSince >= LOW_PERSISTENCE - 1e-9) {
                parachuteFailed(String.format(Locale.ROOT, "parachute: sensed deceleration %.2f m/s² below half "
                        + "of gravity for %.1f s", a, t - lowSince));
            }
        } else {
            lowSince = Double.NaN;
        }
    }

    private void parachuteFailed(String why) {
        parachuteFailed = true;
        notices.add(new Notice(EdlEvent.FAULT_DETECTED, why));
        notices.add(new Notice(EdlEvent.FAULT_RESPONSE, "none available (no backup parachute): fly the sequence on"));
    }

    private void engines(NavState nav, double mass, Vector3D lastThrust, double lastDelivered) {
        double expected = lastDelivered / mass;
        if (expected < 1.0 || lastThrust.getNorm() == 0) {
            shortTicks = 0;
            return;
        }
        double sensed = Vector3D.dotProduct(nav.cycleAcceleration(), lastThrust.normalize());
        shortTicks = sensed < settings.shortfallRatio() * expected ? shortTicks + 1 : 0;
        if (shortTicks < settings.shortfallTicks()) {
            return;
        }
        double highest = 0;
        for (double p : chamber) {
            highest = Math.max(highest, p);
        }
        int isolated = -1;
        int quiet = 0;
        for (int k = 0; k < chamber.length; k++) {
            if (chamber[k] < 0.1 * highest) {
                quiet++;
                isolated = k;
            }
        }
        String shortfall = String.format(Locale.ROOT, "thrust short: sensed %.0f %% of the commanded acceleration "
                + "for %d ticks", 100 * sensed / expected, shortTicks);
        if (quiet != 1 || highest == 0) {
            if (!shortfallLogged) {
                shortfallLogged = true;
                notices.add(new Notice(EdlEvent.FAULT_DETECTED, shortfall + "; no single engine isolated"));
                notices.add(new Notice(EdlEvent.FAULT_RESPONSE, "none: fly on the engines as they are"));
            }
            return;
        }
        off = 1 << isolated;
        capacity = allocation.balancedCapacity(off, settings.torqueBound());
        double torque = allocation.allocate(Math.min(lastDelivered, capacity), off).torque();
        notices.add(new Notice(EdlEvent.FAULT_DETECTED, String.format(Locale.ROOT, "%s; engine %d chamber pressure "
                + "lost", shortfall, isolated + 1)));
        notices.add(new Notice(EdlEvent.FAULT_RESPONSE, String.format(Locale.ROOT, "engine %d shut off; thrust shared "
                + "over the other %d (balanced up to %.1f kN), net torque %.1f N·m (bound %.0f N·m)", isolated + 1,
                chamber.length - 1, capacity / 1000, torque, settings.torqueBound())));
    }
}
