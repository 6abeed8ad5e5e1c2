package org.talentchain.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

/**
 * The web application's shape: features (the top-level packages under {@code org.talentchain.web})
 * depend on each other in one direction only, {@code base} is the ground floor and knows no
 * feature, credential-core's internals stay internal, and only views deal with screens.
 */
class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.talentchain");

  @Test
  void features_dependOnEachOther_withoutCycles() {
    slices().matching("org.talentchain.web.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void base_importsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.talentchain.web.base..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.talentchain.web..")
                .and(not(resideInAnyPackage("org.talentchain.web.base..", "org.talentchain.web"))))
        .because("base is the ground floor every feature stands on")
        .check(CLASSES);
  }

  @Test
  void coreInternals_areUsedOnlyInsideCredentialCore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.talentchain.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.talentchain.core.internal..")
        .because("credential-core's api and spi are its public surface")
        .check(CLASSES);
  }

  @Test
  void servicesEntitiesAndRepositories_importNoUi() {
    noClasses()
        .that()
        .resideInAPackage("org.talentchain.web..")
        .and()
        .resideOutsideOfPackage("..ui..")
        .and()
        .areNotMetaAnnotatedWith(Configuration.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.talentchain.web..ui..", "com.vaadin.flow.component..")
        .because(
            "services, entities and repositories work without a screen; only the wiring (the"
                + " application shell, the security configuration naming the login view) may")
        .check(CLASSES);
  }
}
