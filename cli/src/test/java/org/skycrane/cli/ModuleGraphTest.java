package org.skycrane.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.cli.archfixture.CleanLeaf;
import org.skycrane.cli.archfixture.DrawsWithAwt;
import org.skycrane.cli.archfixture.KnowsTheCanopy;
import org.skycrane.cli.archfixture.KnowsTheEarthView;
import org.skycrane.cli.archfixture.LeafThatReadsScenarios;
import org.skycrane.cli.archfixture.ReadsImages;
import org.skycrane.earth.EarthView;
import org.skycrane.scenario.Scenario;

/**
 * The module graph, checked on the modules' own classes (each imported from where the build put it,
 * a jar or a class folder): {@code core} keeps the flight and its world and knows neither the canopy
 * code, nor the Earth view, nor AWT or ImageIO; {@code canopy} and {@code earth} are leaves that use
 * no other Skycrane module. The command line is the one module that sees them all, so the rules live
 * here. Every rule is also shown to fail on a deliberate violation ({@code cli.archfixture}).
 */
class ModuleGraphTest {

    private static final JavaClasses CORE = moduleOf(Scenario.class);
    private static final JavaClasses CANOPY = moduleOf(CanopyCode.class);
    private static final JavaClasses EARTH = moduleOf(EarthView.class);

    /** Core is the flight and its world: no pictures, no Earth's-eye view. */
    static final ArchRule CORE_KEEPS_THE_FLIGHT = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.skycrane.canopy..", "org.skycrane.earth..", "java.awt..", "javax.imageio..")
            .because("core keeps the flight and its world; the canopy code and the Earth view are modules of "
                    + "their own, and AWT and ImageIO come only with them");

    /** The classes of {@code module} use no Skycrane class outside it. */
    static ArchRule isALeaf(JavaClasses module) {
        Set<String> own = module.stream().map(JavaClass::getName).collect(Collectors.toSet());
        DescribedPredicate<JavaClass> otherSkycrane = DescribedPredicate.describe(
                "are Skycrane classes outside the module",
                c -> c.getPackageName().startsWith("org.skycrane")
                        && !own.contains(c.getBaseComponentType().getName()));   // an enum's values() is an array
        return noClasses().should().dependOnClassesThat(otherSkycrane)
                .because("the canopy code and the Earth view stand alone; what joins them to the flight is in cli");
    }

    @Test
    void theModulesAreWhereTheBuildPutThem() {
        assertThat(CORE.contain("org.skycrane.sim.Simulation")).isTrue();
        assertThat(CORE.stream().filter(c -> c.getPackageName().startsWith("org.skycrane.canopy")
                || c.getPackageName().startsWith("org.skycrane.earth"))).isEmpty();
        assertThat(CANOPY.stream().map(JavaClass::getPackageName).distinct()).containsExactly("org.skycrane.canopy");
        assertThat(EARTH.stream().map(JavaClass::getPackageName).distinct()).containsExactly("org.skycrane.earth");
    }

    @Test
    void coreKnowsNeitherTheCanopyNorTheEarthViewNorAwtNorImageIo() {
        CORE_KEEPS_THE_FLIGHT.check(CORE);
    }

    @Test
    void theCanopyCodeIsALeaf() {
        isALeaf(CANOPY).check(CANOPY);
    }

    @Test
    void theEarthViewIsALeaf() {
        isALeaf(EARTH).check(EARTH);
    }

    @Test
    void theCoreRuleFailsOnEachThingCoreMustNotUse() {
        assertViolation(CORE_KEEPS_THE_FLIGHT, importClasses(DrawsWithAwt.class), "java.awt.Color");
        assertViolation(CORE_KEEPS_THE_FLIGHT, importClasses(ReadsImages.class), "javax.imageio.ImageIO");
        assertViolation(CORE_KEEPS_THE_FLIGHT, importClasses(KnowsTheCanopy.class), "org.skycrane.canopy.Message");
        assertViolation(CORE_KEEPS_THE_FLIGHT, importClasses(KnowsTheEarthView.class),
                "org.skycrane.earth.TimeScales");
        assertThat(CORE_KEEPS_THE_FLIGHT.evaluate(importClasses(CleanLeaf.class)).hasViolation()).isFalse();
    }

    @Test
    void theLeafRuleFailsOnALeafThatUsesCoreAndPassesOneThatDoesNot() {
        JavaClasses leaky = importClasses(LeafThatReadsScenarios.class);
        assertViolation(isALeaf(leaky), leaky, "org.skycrane.scenario.Scenario");
        JavaClasses clean = importClasses(CleanLeaf.class);
        assertThat(isALeaf(clean).evaluate(clean).hasViolation()).as("a class using only itself and the JDK").isFalse();
    }

    private static void assertViolation(ArchRule rule, JavaClasses classes, String target) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription() + " on " + classes).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains(target));
    }

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** Every main class of the module that holds {@code member}: its jar, or its class folder. */
    private static JavaClasses moduleOf(Class<?> member) {
        Path root;
        try {
            root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ClassFileImporter importer = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        if (Files.isDirectory(root)) {
            return importer.importPath(root);
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            return importer.importJar(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
