package org.skycrane.sim.montecarlo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;

/**
 * What counts as a successful landing. The touchdown limits are the project's choices, not
 * published requirements: the sky crane lowers the rover at 0.75 m/s ([SanMartin 2013], ± 0.1 m/s
 * nominal band), so 1.0 m/s vertical leaves margin for the rover's suspension (ASSUMED), and
 * 0.5 m/s horizontal is ASSUMED. The parachute deploy box is the scenario's own
 * ({@code sequence.parachute_deploy.max_mach} and {@code max_dynamic_pressure_pa}; for Mars 2020,
 * MSL's qualification Mach ≤ 2.2 and q ≤ 750 Pa).
 *
 * @param maxVerticalSpeed   m/s
 * @param maxHorizontalSpeed m/s
 * @param minPropellant      kg left at touchdown
 * @param maxDeployMach      Mach at deploy
 * @param maxDeployPressure  Pa at deploy
 */
public record Criteria(double maxVerticalSpeed, double maxHorizontalSpeed, double minPropellant,
                       double maxDeployMach, double maxDeployPressure) {

    /** The criteria for a scenario. */
    public static Criteria of(Scenario scenario) {
        var d = scenario.sequence().parachuteDeploy();
        return new Criteria(1.0, 0.5, 0.0, d.boxMach(), d.boxDynamicPressure());
    }

    /** The criteria a case fails, in a fixed order; empty for a success. */
    public List<String> failed(CaseResult r) {
        List<String> failed = new ArrayList<>(2);
        if (r.outcome() != Outcome.LANDED) {
            failed.add("outcome");
            return failed;
        }
        if (!(r.verticalSpeed() <= maxVerticalSpeed)) {
            failed.add("vertical_speed");
        }
        if (!(r.horizontalSpeed() <= maxHorizontalSpeed)) {
            failed.add("horizontal_speed");
        }
        if (!(r.propellant() >= minPropellant)) {
            failed.add("propellant");
        }
        if (!(r.deployMach() <= maxDeployMach && r.deployPressure() <= maxDeployPressure)) {
            failed.add("deploy_box");
        }
        return failed;
    }

    /** For summary.json. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", "LANDED (touched down under the sky crane; no crash, timeout, numerical failure or error)");
        m.put("max_touchdown_vertical_speed_mps", maxVerticalSpeed);
        m.put("max_touchdown_horizontal_speed_mps", maxHorizontalSpeed);
        m.put("min_propellant_left_kg", minPropellant);
        m.put("max_deploy_mach", maxDeployMach);
        m.put("max_deploy_dynamic_pressure_pa", maxDeployPressure);
        return m;
    }
}
