package org.skycrane;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package map is the architecture (STYLE.md §3.1): the world (mars, vehicle, dynamics) does not
 * know the flight software, the flight software sees no truth, dependencies point one way, and core
 * never prints or exits.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skycrane");

    @Test
    void flightSoftwareSeesNoTruth() {
        noClasses().that().resideInAPackage("org.skycrane.gnc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.dynamics..", "org.skycrane.sim..", "org.skycrane.io..", "org.skycrane.scenario..",
                        "org.skycrane.flight..")
                .check(CORE);
    }

    @Test
    void theWorldDoesNotKnowTheFlightSoftware() {
        noClasses().that().resideInAnyPackage("org.skycrane.mars..", "org.skycrane.vehicle..", "org.skycrane.dynamics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.gnc..", "org.skycrane.flight..", "org.skycrane.scenario..", "org.skycrane.sim..",
                        "org.skycrane.io..")
                .check(CORE);
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses().that().resideInAnyPackage("org.skycrane.flight..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.scenario..", "org.skycrane.sim..", "org.skycrane.io..").check(CORE);
        noClasses().that().resideInAnyPackage("org.skycrane.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.sim..", "org.skycrane.io..").check(CORE);
        noClasses().that().resideInAnyPackage("org.skycrane.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skycrane.io..").check(CORE);
    }

    @Test
    void coreNeverPrintsOrExits() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(CORE);
    }
}
