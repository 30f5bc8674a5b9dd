package io.boneregistry.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module directions of docs/design.md#modules-and-what-each-may-use, one rule per sentence, for what Maven alone cannot hold. */
@AnalyzeClasses(packages = "io.boneregistry", importOptions = {ImportOption.DoNotIncludeTests.class, ModuleDirectionTest.NoTestJars.class})
class ModuleDirectionTest {

    /** The other modules' tests, which reach this one as their test jars (fixtures and tests alike), are not main code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule api_depends_only_on_annotations_and_the_jdk = classes()
            .that().resideInAPackage("io.boneregistry.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.boneregistry.api..", "java..", "jakarta.validation..", "com.fasterxml.jackson.annotation..",
                    "org.axonframework.modelling.command..", "org.axonframework.serialization..");

    @ArchTest
    static final ArchRule core_knows_nothing_of_read_models_reports_or_the_app = noClasses()
            .that().resideInAPackage("io.boneregistry.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.boneregistry.projections..", "io.boneregistry.outcomes..", "io.boneregistry.app..");

    @ArchTest
    static final ArchRule core_is_free_of_spring = noClasses()
            .that().resideInAPackage("io.boneregistry.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule guideline_rules_are_plain_java = noClasses()
            .that().resideInAPackage("io.boneregistry.core.guideline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.springframework..");

    @ArchTest
    static final ArchRule projections_should_not_depend_on_core = noClasses()
            .that().resideInAPackage("io.boneregistry.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.boneregistry.core..", "io.boneregistry.outcomes..", "io.boneregistry.app..");

    @ArchTest
    static final ArchRule reports_read_through_projections_not_core = noClasses()
            .that().resideInAPackage("io.boneregistry.outcomes..")
            .should().dependOnClassesThat().resideInAnyPackage("io.boneregistry.core..", "io.boneregistry.app..");

    @ArchTest
    static final ArchRule cohort_generator_speaks_only_the_api = noClasses()
            .that().resideInAPackage("io.boneregistry.cohort..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.boneregistry.core..", "io.boneregistry.projections..", "io.boneregistry.outcomes..", "io.boneregistry.app..");

    @ArchTest
    static final ArchRule statistics_are_plain_java = noClasses()
            .that().resideInAnyPackage("io.boneregistry.outcomes.statistics..", "io.boneregistry.outcomes.benchmark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.springframework..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_app = noClasses()
            .that().resideOutsideOfPackage("io.boneregistry.app..")
            .should().dependOnClassesThat().resideInAPackage("io.boneregistry.app..");
}
