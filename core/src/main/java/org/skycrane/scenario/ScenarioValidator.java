package org.skycrane.scenario;

/**
 * A rule on a scenario contributed by a module that core does not know. Core keeps some fields as
 * plain text whose meaning belongs elsewhere: the parachute's {@code message} and {@code location}
 * are the canopy code's, and only the canopy module knows what makes them valid. The program that
 * reads scenarios passes its validators to the reader, which runs them on every scenario it reads
 * and reports a failure like any other bad field: file, line and field.
 */
@FunctionalInterface
public interface ScenarioValidator {

    /**
     * Checks {@code scenario}, already valid as far as core's own rules go.
     *
     * @throws FieldException naming the field by its dotted path from the scenario's root (for example
     *         {@code vehicle.parachute.message}), unlike the records' own checks, whose names are
     *         relative to the record
     */
    void validate(Scenario scenario);
}
