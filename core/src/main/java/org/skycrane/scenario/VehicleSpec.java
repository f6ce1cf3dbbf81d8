package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.skycrane.math.Curve;
import org.skycrane.vehicle.Body;
import org.skycrane.vehicle.Bridles;
import org.skycrane.vehicle.Capsule;
import org.skycrane.vehicle.DescentStage;
import org.skycrane.vehicle.EngineLayout;
import org.skycrane.vehicle.Engines;
import org.skycrane.vehicle.Parachute;
import org.skycrane.vehicle.Vehicle;

/** The vehicle block of a scenario file: every stage with its mass and aerodynamics. */
public record VehicleSpec(@JsonProperty("capsule") CapsuleSpec capsule,
                          @JsonProperty("balance_masses") BalanceMassSpec balanceMasses,
                          @JsonProperty("heat_shield") BodySpec heatShield,
                          @JsonProperty("backshell") BodySpec backshell,
                          @JsonProperty("parachute") ParachuteSpec parachute,
                          @JsonProperty("descent_stage") DescentStageSpec descentStage,
                          @JsonProperty("rover") RoverSpec rover,
                          @JsonProperty("bridles") BridleSpec bridles) {

    public VehicleSpec {
        Check.required("capsule", capsule);
        Check.required("balance_masses", balanceMasses);
        Check.required("heat_shield", heatShield);
        Check.required("backshell", backshell);
        Check.required("parachute", parachute);
        Check.required("descent_stage", descentStage);
        Check.required("rover", rover);
        Check.required("bridles", bridles);
    }

    /** The vehicle model. */
    public Vehicle vehicle() {
        return new Vehicle(capsule.capsule(), balanceMasses.count(), new Body(balanceMasses.mass(),
                balanceMasses.dragArea()), heatShield.body(), backshell.body(), parachute.parachute(),
                descentStage.descentStage(), rover.mass(), new Bridles(bridles.length(), bridles.rappelDelay(),
                bridles.rappelDuration()));
    }

    /** One point of a coefficient table against Mach number. */
    public record MachPoint(@JsonProperty("mach") Double mach, @JsonProperty("cd") Double cd) {
        public MachPoint {
            Check.nonNegative("mach", mach, null);
            Check.positive("cd", cd, null);
        }
    }

    static Curve curve(String field, List<MachPoint> points) {
        List<MachPoint> list = Check.nonEmpty(field, points);
        double[] x = new double[list.size()];
        double[] y = new double[list.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = list.get(i).mach();
            y[i] = list.get(i).cd();
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new FieldException(field, "mach values must increase, got " + x[i - 1] + " then " + x[i]);
            }
        }
        return Curve.of(x, y);
    }

    /** Aeroshell. */
    public record CapsuleSpec(@JsonProperty("diameter_m") Double diameter,
                              @JsonProperty("nose_radius_m") Double noseRadius,
                              @JsonProperty("drag_coefficient") List<MachPoint> dragCoefficient,
                              @JsonProperty("lift_to_drag") Double liftToDrag,
                              @JsonProperty("rcs_propellant_kg_per_s") Double rcsPropellantRate) {
        public CapsuleSpec {
            Check.positiveUpTo("diameter_m", diameter, 30, "m", "aeroshells studied for crewed landers reach about "
                    + "20 m; Viking to Mars 2020 flew 3.5 to 4.5 m");
            Check.positiveUpTo("nose_radius_m", noseRadius, diameter / 2 * 10, "m", "ten times the aeroshell's radius "
                    + "is already a flat face");
            curve("drag_coefficient", dragCoefficient);
            Check.between("lift_to_drag", liftToDrag, 0, 1, null);
            Check.between("rcs_propellant_kg_per_s", rcsPropellantRate, 0, 10, "kg/s");
        }

        Capsule capsule() {
            return new Capsule(diameter, noseRadius, curve("drag_coefficient", dragCoefficient), liftToDrag,
                    rcsPropellantRate);
        }
    }

    /** Entry balance masses, all alike. */
    public record BalanceMassSpec(@JsonProperty("count") Integer count, @JsonProperty("mass_kg") Double mass,
                                  @JsonProperty("drag_area_m2") Double dragArea) {
        public BalanceMassSpec {
            Check.atLeast("count", count, 0);
            if (count > 100) {
                throw new FieldException("count", "must be at most 100 (MSL and Mars 2020 carried 6 entry balance "
                        + "masses), got " + count);
            }
            Check.mass("mass_kg", mass);
            Check.dragArea("drag_area_m2", dragArea);
        }
    }

    /** A jettisoned body. */
    public record BodySpec(@JsonProperty("mass_kg") Double mass, @JsonProperty("drag_area_m2") Double dragArea) {
        public BodySpec {
            Check.mass("mass_kg", mass);
            Check.dragArea("drag_area_m2", dragArea);
        }

        Body body() {
            return new Body(mass, dragArea);
        }
    }

    /**
     * Parachute; {@code message} and {@code location} (both or neither) are the code its canopy carries,
     * as Perseverance's did (e.g. "DARE MIGHTY THINGS", "34°11'58\"N 118°10'31\"W"). They are kept as
     * text: the flight does not use them, and whether they make a valid code is the canopy module's
     * rule, checked when the scenario is read by a {@link ScenarioValidator} the command line registers.
     */
    public record ParachuteSpec(@JsonProperty("diameter_m") Double diameter, @JsonProperty("mass_kg") Double mass,
                                @JsonProperty("drag_coefficient") List<MachPoint> dragCoefficient,
                                @JsonProperty("line_stretch_delay_s") Double lineStretchDelay,
                                @JsonProperty("fill_constant") Double fillConstant,
                                @JsonProperty("overinflation") Double overinflation,
                                @JsonProperty("overshoot_time") Double overshootTime,
                                @JsonProperty("message") String message,
                                @JsonProperty("location") String location) {
        public ParachuteSpec {
            Check.positiveUpTo("diameter_m", diameter, 100, "m", "the largest supersonic parachutes tested are about "
                    + "30 m (ASPIRE, LDSD); Mars 2020's was 21.5 m");
            Check.mass("mass_kg", mass);
            curve("drag_coefficient", dragCoefficient);
            Check.nonNegative("line_stretch_delay_s", lineStretchDelay, "s");
            Check.positive("fill_constant", fillConstant, null);
            Check.between("overinflation", overinflation, 0, 2, null);
            Check.between("overshoot_time", overshootTime, 0.05, 20, null);
            if ((message == null) != (location == null)) {
                throw new FieldException(message == null ? "message" : "location",
                        "missing: a canopy code needs both message and location");
            }
        }

        Parachute parachute() {
            return new Parachute(diameter, mass, curve("drag_coefficient", dragCoefficient), lineStretchDelay,
                    fillConstant, overinflation, overshootTime);
        }
    }

    /** Descent stage with its engines. */
    public record DescentStageSpec(@JsonProperty("dry_mass_kg") Double dryMass,
                                   @JsonProperty("propellant_kg") Double propellant,
                                   @JsonProperty("drag_area_m2") Double dragArea,
                                   @JsonProperty("engines") EngineSpec engines) {
        public DescentStageSpec {
            Check.mass("dry_mass_kg", dryMass);
            Check.nonNegative("propellant_kg", propellant, "kg");
            if (propellant > Check.MAX_MASS) {
                throw new FieldException("propellant_kg", "must be at most 100000 kg (" + Check.MASS_REASON
                        + "), got " + Check.format(propellant));
            }
            Check.nonNegative("drag_area_m2", dragArea, "m2");
            if (dragArea > 0) {
                Check.dragArea("drag_area_m2", dragArea);
            }
            Check.required("engines", engines);
        }

        DescentStage descentStage() {
            return new DescentStage(dryMass, propellant, engines.engines(), dragArea);
        }
    }

    /** The Mars Lander Engines. */
    public record EngineSpec(@JsonProperty("count") Integer count, @JsonProperty("max_thrust_n") Double maxThrust,
                             @JsonProperty("min_throttle") Double minThrottle, @JsonProperty("isp_s") Double isp,
                             @JsonProperty("cant_deg") Double cantDeg,
                             @JsonProperty("max_total_thrust_n") Double maxTotalThrust,
                             @JsonProperty("layout") LayoutSpec layout) {
        public EngineSpec {
            Check.atLeast("count", count, 1);
            if (count > 100) {
                throw new FieldException("count", "must be at most 100 (Mars 2020 flew 8 engines), got " + count);
            }
            Check.positiveUpTo("max_thrust_n", maxThrust, 2e6, "N", "2 MN per engine is a large launch-vehicle "
                    + "engine; Mars 2020's MLEs gave 3,600 N each");
            Check.between("min_throttle", minThrottle, 0, 1, null);
            Check.positiveUpTo("isp_s", isp, 500, "s", "chemical rocket engines stay below about 465 s");
            Check.between("cant_deg", cantDeg, 0, 60, "deg");
            Check.positive("max_total_thrust_n", maxTotalThrust, "N");
        }

        Engines engines() {
            return new Engines(count, maxThrust, minThrottle, isp, Math.toRadians(cantDeg), maxTotalThrust);
        }

        /** Where the engines sit, or null when the scenario does not say. */
        public EngineLayout engineLayout() {
            return layout == null ? null : layout.layout();
        }
    }

    /**
     * Where the engines sit (for the torque check of an engine-out's thrust sharing; see EngineLayout).
     *
     * @param radius      m from the thrust axis
     * @param pairSpacing deg of azimuth between the two engines of a pair
     * @param height      m of the engines' plane above the stack's centre of mass
     */
    public record LayoutSpec(@JsonProperty("radius_m") Double radius,
                             @JsonProperty("pair_spacing_deg") Double pairSpacing,
                             @JsonProperty("height_above_cm_m") Double height) {
        public LayoutSpec {
            Check.positiveUpTo("radius_m", radius, 10, "m", "the engines sit inside a 4.5 m aeroshell on Mars 2020");
            Check.between("pair_spacing_deg", pairSpacing, 0, 90, "deg");
            Check.between("height_above_cm_m", height, -10, 10, "m");
        }

        EngineLayout layout() {
            return new EngineLayout(radius, Math.toRadians(pairSpacing), height);
        }
    }

    /** Rover. */
    public record RoverSpec(@JsonProperty("mass_kg") Double mass) {
        public RoverSpec {
            Check.mass("mass_kg", mass);
        }
    }

    /** Bridles. */
    public record BridleSpec(@JsonProperty("length_m") Double length,
                             @JsonProperty("rappel_delay_s") Double rappelDelay,
                             @JsonProperty("rappel_duration_s") Double rappelDuration) {
        public BridleSpec {
            Check.positiveUpTo("length_m", length, 100, "m", "Mars 2020's bridles were 6.4 m; beyond 100 m the "
                    + "rover would swing below a stage that cannot see it");
            Check.between("rappel_delay_s", rappelDelay, 0, 60, "s");
            Check.positiveUpTo("rappel_duration_s", rappelDuration, 600, "s", "Mars 2020 lowered its rover in ~5.5 s");
        }
    }
}
