package org.skycrane.sim;

import org.skycrane.gnc.FlightSoftware;
import org.skycrane.gnc.guidance.BankSchedule;
import org.skycrane.gnc.guidance.PoweredDescentGuidance;
import org.skycrane.gnc.guidance.VelocityHold;
import org.skycrane.mars.Environment;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SequenceSpec;
import org.skycrane.vehicle.Vehicle;

/** Builds the flight software a scenario describes. */
final class FlightSoftwareFactory {

    private FlightSoftwareFactory() {
    }

    static FlightSoftware create(Scenario scenario, Environment environment, Vehicle vehicle) {
        SequenceSpec s = scenario.sequence();
        var engines = vehicle.descentStage().engines();
        var pd = s.poweredDescent();
        VelocityHold hold = new VelocityHold(environment.planet(), engines, pd.velocityGain(), pd.positionGain());
        PoweredDescentGuidance guidance = new PoweredDescentGuidance(environment.planet(),
                environment.site().surfaceRadius(), engines, s.skyCrane().height(), s.skyCrane().descentRate(),
                pd.plannedThrottle(), Math.toRadians(pd.maxTiltDeg()), pd.terminalTime(), hold);
        FlightSoftware.Config config = new FlightSoftware.Config(s.guidancePeriod(), s.controlPeriod(),
                s.touchdownDetection().thrustFraction(), s.touchdownDetection().armDelay(), s.skyCrane().descentRate(),
                Math.toRadians(s.flyaway().tiltDeg()), s.flyaway().throttle(), s.flyaway().duration());
        return new FlightSoftware(config, new BankSchedule(s.bankSchedule()), guidance, hold, engines);
    }
}
