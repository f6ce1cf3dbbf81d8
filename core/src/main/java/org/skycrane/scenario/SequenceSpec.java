package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.skycrane.math.Curve;

/** The EDL sequence: flight-software rates, the entry bank schedule and every trigger's setting. */
public record SequenceSpec(@JsonProperty("guidance_period_s") Double guidancePeriod,
                           @JsonProperty("control_period_s") Double controlPeriod,
                           @JsonProperty("entry_bank") List<BankPoint> entryBank,
                           @JsonProperty("straighten_up") StraightenUpSpec straightenUp,
                           @JsonProperty("balance_mass_jettison") JettisonSpec balanceMassJettison,
                           @JsonProperty("parachute_deploy") DeploySpec parachuteDeploy,
                           @JsonProperty("heat_shield_separation") DelaySpec heatShieldSeparation,
                           @JsonProperty("backshell_separation") HeightSpec backshellSeparation,
                           @JsonProperty("powered_descent") PoweredDescentSpec poweredDescent,
                           @JsonProperty("constant_velocity") ConstantVelocitySpec constantVelocity,
                           @JsonProperty("constant_deceleration") ConstantDecelerationSpec constantDeceleration,
                           @JsonProperty("sky_crane") SkyCraneSpec skyCrane,
                           @JsonProperty("touchdown_detection") TouchdownSpec touchdownDetection,
                           @JsonProperty("flyaway") FlyawaySpec flyaway) {

    public SequenceSpec {
        Check.range("guidance_period_s", guidancePeriod, 0.01, 10, "s", "entry guidance runs at 0.1 to 100 Hz; "
                + "MSL's ran at about 1 Hz, and each tick starts an integration arc");
        Check.range("control_period_s", controlPeriod, 0.001, 1, "s", "powered descent takes one integration "
                + "step per control period: 1 kHz to 1 Hz");
        List<BankPoint> bank = Check.nonEmpty("entry_bank", entryBank);
        for (int i = 1; i < bank.size(); i++) {
            if (!(bank.get(i).speed() > bank.get(i - 1).speed())) {
                throw new FieldException("entry_bank", "speed_mps values must increase");
            }
        }
        Check.required("straighten_up", straightenUp);
        Check.required("balance_mass_jettison", balanceMassJettison);
        Check.required("parachute_deploy", parachuteDeploy);
        Check.required("heat_shield_separation", heatShieldSeparation);
        Check.required("backshell_separation", backshellSeparation);
        Check.required("powered_descent", poweredDescent);
        Check.required("constant_velocity", constantVelocity);
        Check.required("constant_deceleration", constantDeceleration);
        Check.required("sky_crane", skyCrane);
        Check.required("touchdown_detection", touchdownDetection);
        Check.required("flyaway", flyaway);
    }

    /** Entry bank angle (rad) against planet-relative speed (m/s). */
    public Curve bankSchedule() {
        double[] x = new double[entryBank.size()];
        double[] y = new double[entryBank.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = entryBank.get(i).speed();
            y[i] = Math.toRadians(entryBank.get(i).bankDeg());
        }
        return Curve.of(x, y);
    }

    /** A point of the bank schedule. */
    public record BankPoint(@JsonProperty("speed_mps") Double speed, @JsonProperty("bank_deg") Double bankDeg) {
        public BankPoint {
            Check.nonNegative("speed_mps", speed, "m/s");
            Check.between("bank_deg", bankDeg, -180, 180, "deg");
        }
    }

    /**
     * Straighten up and fly right: when the navigated speed falls below {@code speed}, roll to lift
     * up, jettison the entry balance masses and wait for the deploy trigger; the parachute may deploy
     * only once the manoeuvre's {@code duration} is over.
     */
    public record StraightenUpSpec(@JsonProperty("speed_mps") Double speed, @JsonProperty("duration_s") Double duration) {
        public StraightenUpSpec {
            Check.positive("speed_mps", speed, "m/s");
            Check.nonNegative("duration_s", duration, "s");
        }
    }

    /**
     * The entry balance masses leave in groups of {@code countPerJettison}, the first
     * {@code afterStraightenUp} seconds after straighten-up begins and each next one {@code interval}
     * seconds later.
     */
    public record JettisonSpec(@JsonProperty("after_straighten_up_s") Double afterStraightenUp,
                               @JsonProperty("count_per_jettison") Integer countPerJettison,
                               @JsonProperty("interval_s") Double interval) {
        public JettisonSpec {
            Check.nonNegative("after_straighten_up_s", afterStraightenUp, "s");
            Check.atLeast("count_per_jettison", countPerJettison, 1);
            Check.nonNegative("interval_s", interval, "s");
        }
    }

    /** Parachute deploy trigger. */
    public record DeploySpec(@JsonProperty("trigger") Kind trigger, @JsonProperty("speed_mps") Double speed,
                             @JsonProperty("mach") Double mach,
                             @JsonProperty("max_mach") Double maxMach,
                             @JsonProperty("max_dynamic_pressure_pa") Double maxDynamicPressure,
                             @JsonProperty("backup_speed_mps") Double backupSpeed,
                             @JsonProperty("backup_height_m") Double backupHeight) {
        /** Deploy trigger kinds. */
        public enum Kind { VELOCITY, MACH, RANGE, NONE }

        /** MSL's parachute qualification limits (Sengupta et al., MSL parachute supersonic qualification). */
        private static final double QUALIFIED_MACH = 2.2;
        private static final double QUALIFIED_DYNAMIC_PRESSURE = 750.0;

        /** Whether the trigger deploys on the range to the target (and so needs the chute-range table). */
        public boolean onRange() {
            return trigger == Kind.RANGE;
        }

        /** The deploy box's Mach limit: the scenario's, or the parachute's qualification Mach 2.2 when it gives none. */
        public double boxMach() {
            return maxMach != null ? maxMach : QUALIFIED_MACH;
        }

        /** The deploy box's dynamic-pressure limit (Pa): the scenario's, or the qualification 750 Pa. */
        public double boxDynamicPressure() {
            return maxDynamicPressure != null ? maxDynamicPressure : QUALIFIED_DYNAMIC_PRESSURE;
        }

        public DeploySpec {
            Check.required("trigger", trigger);
            if (trigger == Kind.VELOCITY) {
                Check.positive("speed_mps", speed, "m/s");
            } else if (trigger == Kind.MACH) {
                Check.positive("mach", mach, null);
            } else if (trigger == Kind.RANGE) {
                Check.positive("max_mach", maxMach, null);
                Check.positive("max_dynamic_pressure_pa", maxDynamicPressure, "Pa");
                Check.positive("backup_speed_mps", backupSpeed, "m/s");
                Check.positive("backup_height_m", backupHeight, "m");
            }
        }
    }

    /** A delay after the previous event. */
    public record DelaySpec(@JsonProperty("delay_s") Double delay) {
        public DelaySpec {
            Check.nonNegative("delay_s", delay, "s");
        }
    }

    /** Fires when height above ground falls below a value. */
    public record HeightSpec(@JsonProperty("height_m") Double height) {
        public HeightSpec {
            Check.positive("height_m", height, "m");
        }
    }

    /** Powered descent guidance settings. */
    public record PoweredDescentSpec(@JsonProperty("free_fall_s") Double freeFall,
                                     @JsonProperty("max_tilt_deg") Double maxTiltDeg,
                                     @JsonProperty("terminal_time_s") Double terminalTime,
                                     @JsonProperty("velocity_gain_per_s") Double velocityGain,
                                     @JsonProperty("position_gain_per_s2") Double positionGain,
                                     @JsonProperty("max_divert_m") Double maxDivert,
                                     @JsonProperty("backshell_clearance_m") Double backshellClearance) {
        public PoweredDescentSpec {
            Check.nonNegative("free_fall_s", freeFall, "s");
            Check.between("max_tilt_deg", maxTiltDeg, 0, 89, "deg");
            Check.positive("terminal_time_s", terminalTime, "s");
            Check.positive("velocity_gain_per_s", velocityGain, "1/s");
            Check.nonNegative("position_gain_per_s2", positionGain, "1/s2");
            Check.nonNegative("max_divert_m", maxDivert, "m");
            Check.nonNegative("backshell_clearance_m", backshellClearance, "m");
        }
    }

    /** The constant-velocity leg: straight down at {@code speed} for about {@code duration}. */
    public record ConstantVelocitySpec(@JsonProperty("speed_mps") Double speed,
                                       @JsonProperty("duration_s") Double duration) {
        public ConstantVelocitySpec {
            Check.positive("speed_mps", speed, "m/s");
            Check.nonNegative("duration_s", duration, "s");
        }
    }

    /** The constant-deceleration leg: from the constant velocity to the sky crane's descent rate. */
    public record ConstantDecelerationSpec(@JsonProperty("deceleration_mps2") Double deceleration) {
        public ConstantDecelerationSpec {
            Check.positive("deceleration_mps2", deceleration, "m/s2");
        }
    }

    /** Height above ground where the constant-deceleration leg starts (m): it ends at the sky-crane height. */
    public double constantDecelerationHeight() {
        double v = constantVelocity.speed();
        double w = skyCrane.descentRate();
        return skyCrane.height() + (v * v - w * w) / (2 * constantDeceleration.deceleration());
    }

    /** Height above ground where the constant-velocity leg starts (m), the powered approach's aim. */
    public double constantVelocityHeight() {
        return constantDecelerationHeight() + constantVelocity.speed() * constantVelocity.duration();
    }

    /** Sky crane settings. */
    public record SkyCraneSpec(@JsonProperty("height_m") Double height,
                               @JsonProperty("descent_rate_mps") Double descentRate) {
        public SkyCraneSpec {
            Check.positive("height_m", height, "m");
            Check.positive("descent_rate_mps", descentRate, "m/s");
        }
    }

    /** Touchdown detection settings. */
    public record TouchdownSpec(@JsonProperty("thrust_fraction") Double thrustFraction,
                                @JsonProperty("arm_delay_s") Double armDelay,
                                @JsonProperty("persistence_s") Double persistence,
                                @JsonProperty("mass_filter_gain") Double massFilterGain) {
        public TouchdownSpec {
            Check.between("thrust_fraction", thrustFraction, 0.05, 0.99, null);
            Check.between("mass_filter_gain", massFilterGain, 0.01, 1, null);
            Check.nonNegative("arm_delay_s", armDelay, "s");
            Check.positive("persistence_s", persistence, "s");
        }
    }

    /** Flyaway settings. */
    public record FlyawaySpec(@JsonProperty("delay_s") Double delay, @JsonProperty("tilt_deg") Double tiltDeg,
                              @JsonProperty("throttle") Double throttle,
                              @JsonProperty("duration_s") Double duration) {
        public FlyawaySpec {
            Check.nonNegative("delay_s", delay, "s");
            Check.between("tilt_deg", tiltDeg, 0, 89, "deg");
            Check.between("throttle", throttle, 0.05, 1, null);
            Check.positive("duration_s", duration, "s");
        }
    }
}
