package org.skycrane;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.gnc.fixture.ReadsTruth;

/**
 * The package map is the architecture: the world (mars, vehicle, dynamics) does not know the flight
 * software, the flight software (gnc, and the sequencer's vocabulary in flight) sees no truth,
 * dependencies point one way, and core never prints or exits.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skycrane");

    /**
     * Flight software may read only its navigation solution and its onboard models: not the dynamics
     * (true flight conditions), the simulator, the scenario, the files, or the truth-side models of
     * what it measures.
     */
    static final ArchRule FLIGHT_SOFTWARE_SEES_NO_TRUTH = noClasses()
            .that().resideInAnyPackage("org.skycrane.gnc..", "org.skycrane.flight..")
            .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.dynamics..", "org.skycrane.sim..",
                    "org.skycrane.io..", "org.skycrane.scenario..", "org.skycrane.sensors..", "org.skycrane.terrain..");

    @Test
    void flightSoftwareSeesNoTruth() {
        FLIGHT_SOFTWARE_SEES_NO_TRUTH.check(CORE);
    }

    /** The rule above is not vacuous: a flight-software class that reads the truth breaks it. */
    @Test
    void theFlightSoftwareRuleCatchesADeliberateViolation() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ReadsTruth.class, FlightConditions.class);
        assertThrows(AssertionError.class, () -> FLIGHT_SOFTWARE_SEES_NO_TRUTH.check(fixture));
    }

    @Test
    void theWorldDoesNotKnowTheFlightSoftware() {
        noClasses().that().resideInAnyPackage("org.skycrane.mars..", "org.skycrane.vehicle..", "org.skycrane.dynamics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.gnc..", "org.skycrane.flight..",
                        "org.skycrane.scenario..", "org.skycrane.sim..", "org.skycrane.io..", "org.skycrane.sensors..")
                .check(CORE);
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses().that().resideInAnyPackage("org.skycrane.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.sim..", "org.skycrane.io..").check(CORE);
        noClasses().that().resideInAnyPackage("org.skycrane.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.io..").check(CORE);
        noClasses().that().resideInAnyPackage("org.skycrane.sensors..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.sim..", "org.skycrane.scenario..",
                        "org.skycrane.io..").check(CORE);
    }

    @Test
    void coreNeverPrintsOrExits() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(CORE);
    }
}
