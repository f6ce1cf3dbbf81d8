package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.skycrane.mars.Environment;

/**
 * A complete scenario: the world (planet, site, atmosphere), the vehicle, the state at entry
 * interface, the EDL sequence and numerical settings. Values are as written in the file (with units
 * in the key names); the methods return SI domain models.
 */
public record Scenario(@JsonProperty("name") String name,
                       @JsonProperty("description") String description,
                       @JsonProperty("planet") PlanetSpec planet,
                       @JsonProperty("site") SiteSpec site,
                       @JsonProperty("target") TargetSpec target,
                       @JsonProperty("atmosphere") AtmosphereSpec atmosphere,
                       @JsonProperty("entry") EntrySpec entry,
                       @JsonProperty("vehicle") VehicleSpec vehicle,
                       @JsonProperty("guidance") GuidanceSpec guidance,
                       @JsonProperty("navigation") NavigationSpec navigation,
                       @JsonProperty("mission") MissionSpec mission,
                       @JsonProperty("sequence") SequenceSpec sequence,
                       @JsonProperty("simulation") SimulationSpec simulation,
                       @JsonProperty("dispersions") DispersionSpec dispersions,
                       @JsonProperty("faults") List<FaultSpec> faults,
                       @JsonProperty("fault_rates") List<FaultSpec> faultRates,
                       @JsonProperty("terrain") GroundSpec terrain,
                       @JsonProperty("trn") TrnSpec trn) {

    public Scenario {
        Check.required("name", name);
        Check.required("planet", planet);
        Check.required("site", site);
        Check.required("target", target);
        Check.required("atmosphere", atmosphere);
        Check.required("entry", entry);
        Check.required("vehicle", vehicle);
        Check.required("guidance", guidance);
        Check.required("navigation", navigation);
        Check.required("mission", mission);
        Check.required("sequence", sequence);
        Check.required("simulation", simulation);
        terrain = terrain == null ? GroundSpec.flat() : terrain;
        trn = trn == null ? TrnSpec.none() : trn;
        if (trn.enabled() && navigation.filter() == null) {
            throw new FieldException("trn.mode", "terrain-relative navigation needs a navigation filter (navigation.filter)");
        }
        try {
            terrain.checkAgainst(site);
        } catch (FieldException e) {
            throw new FieldException("terrain." + e.field(), e.getMessage());
        }
        faults = faults == null ? List.of() : List.copyOf(faults);
        faultRates = faultRates == null ? List.of() : List.copyOf(faultRates);
        checkFaults("faults", faults, false, navigation, trn, vehicle);
        checkFaults("fault_rates", faultRates, true, navigation, trn, vehicle);
        if (entry.radius() <= site.areoidRadius() + site.elevation()) {
            throw new FieldException("entry.radius_m", "value " + Check.format(entry.radius())
                    + " is at or below the ground (site radius " + Check.format(site.areoidRadius() + site.elevation())
                    + " m)");
        }
        if (atmosphere.model() == AtmosphereSpec.Model.US1976
                && entry.radius() - site.areoidRadius() > org.skycrane.mars.StandardAtmosphere1976.MAX_ALTITUDE) {
            throw new FieldException("atmosphere.model", "us1976 ends at 86 km (the standard's lower atmosphere), "
                    + "but the entry starts " + Check.format((entry.radius() - site.areoidRadius()) / 1000)
                    + " km above the datum");
        }
        if (entry.radius() > site.areoidRadius() + 1_000_000) {
            throw new FieldException("entry.radius_m", "value " + Check.format(entry.radius()) + " is more than "
                    + "1,000 km above the areoid (the atmosphere ends near 125 km, where the presets start; higher "
                    + "is an approach, not an entry)");
        }
    }

    /** The landing target, Mars-fixed (m). */
    public org.hipparchus.geometry.euclidean.threed.Vector3D targetPosition() {
        return target.position(site.areoidRadius());
    }

    /** The world with the nominal atmosphere, on the ground of the {@code terrain:} block (one shared instance). */
    public Environment environment() {
        var ellipsoid = planet.ellipsoid();
        var landing = site.site();
        // a Mars-GRAM table or an exponential is keyed to the areoid; the US 1976 standard to the ellipsoid
        return new Environment(planet.planet(), atmosphere.atmosphere(-1), landing, ellipsoid,
                ellipsoid != null && atmosphere.model() == AtmosphereSpec.Model.US1976, terrain.terrain(landing));
    }

    /** This scenario with terrain-relative navigation flown in {@code mode} (none, model or images). */
    public Scenario withTrnMode(String mode) {
        return new Scenario(name, description, planet, site, target, atmosphere, entry, vehicle, guidance, navigation,
                mission, sequence, simulation, dispersions, faults, faultRates, terrain, trn.withMode(mode));
    }

    /** The kinds of fault that act on the navigation sensors, which only a navigation filter reads. */
    private static final List<String> SENSOR_FAULTS = List.of("radar_loss", "radar_beam_loss", "imu_bias_step");

    private static void checkFaults(String block, List<FaultSpec> list, boolean rates, NavigationSpec navigation,
                                    TrnSpec trn, VehicleSpec vehicle) {
        int engineOuts = 0;
        int engines = vehicle.descentStage().engines().count();
        for (int i = 0; i < list.size(); i++) {
            FaultSpec f = list.get(i);
            String at = block + "." + i + ".";
            if (f == null) {
                throw new FieldException(block + "." + i, "an empty entry; give a fault (kind, time_s or event)");
            }
            if (rates && f.probability() == null) {
                throw new FieldException(at + "probability", "a fault rate needs its probability per case (0 to 1)");
            }
            if (!rates && f.probability() != null) {
                throw new FieldException(at + "probability", "an injected fault always happens; put faults drawn "
                        + "with a probability under fault_rates");
            }
            if (SENSOR_FAULTS.contains(f.kind()) && navigation.filter() == null) {
                throw new FieldException(at + "kind", "sensor faults need a navigation filter (navigation.filter)");
            }
            if (f.kind().equals("lvs_failure") && !trn.enabled()) {
                throw new FieldException(at + "kind", "an lvs_failure needs terrain-relative navigation (trn.mode model "
                        + "or images)");
            }
            if (f.kind().equals("engine_out")) {
                engineOuts++;
                if (f.engine() != null && f.engine() > engines) {
                    throw new FieldException(at + "engine", "the descent stage has " + engines + " engines, got engine "
                            + f.engine());
                }
                if (vehicle.descentStage().engines().layout() == null) {
                    throw new FieldException(at + "kind", "an engine_out needs the engines' positions "
                            + "(vehicle.descent_stage.engines.layout) for its thrust sharing");
                }
                if (engines < 2) {
                    throw new FieldException(at + "kind", "an engine_out needs a descent stage of two engines or more");
                }
            }
        }
        if (!rates && engineOuts > 1) {
            throw new FieldException(block, "at most one engine_out per flight (fault protection handles one engine "
                    + "failure)");
        }
    }
}
