package org.skycrane.cli;

import java.util.List;
import java.util.Optional;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.canopy.CanopyException;
import org.skycrane.canopy.Location;
import org.skycrane.canopy.Message;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.FieldException;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.ScenarioValidator;
import org.skycrane.scenario.VehicleSpec.ParachuteSpec;

/**
 * The command line's one way to read a scenario: core's reader with the rules of the modules core
 * does not know. Today that is the canopy code: a parachute's {@code message} and {@code location}
 * must be a code the canopy module can lay out, and a bad one is reported with its file, line and
 * field like any other bad value.
 */
public final class Scenarios {

    /** What the other modules check in every scenario, in this order. */
    public static final List<ScenarioValidator> VALIDATORS = List.of(Scenarios::canopy);

    private Scenarios() {
    }

    /** A built-in scenario by name or a scenario file by path, checked by {@link #VALIDATORS}. */
    public static Scenario read(String nameOrPath) {
        return ScenarioReader.read(nameOrPath, VALIDATORS);
    }

    /**
     * The code the scenario's parachute carries, if any (core has checked that the message and the
     * location come together).
     *
     * @throws FieldException ({@code vehicle.parachute.message} or {@code .location}) when the canopy
     *         module rejects them
     */
    static Optional<CanopyCode> canopy(Scenario scenario) {
        ParachuteSpec parachute = scenario.vehicle().parachute();
        if (parachute.message() == null || parachute.location() == null) {
            return Optional.empty();
        }
        Message message;
        try {
            message = Message.parse(parachute.message());
        } catch (CanopyException e) {
            throw new FieldException("vehicle.parachute.message", e.problem());
        }
        try {
            return Optional.of(new CanopyCode(message, Location.parse(parachute.location())));
        } catch (CanopyException e) {
            throw new FieldException("vehicle.parachute.location", e.problem());
        }
    }
}
