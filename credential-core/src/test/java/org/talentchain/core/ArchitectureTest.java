package org.talentchain.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the library's shape: Bouncy Castle only in internal.crypto, no framework dependencies. */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.talentchain.core");
  }

  @Test
  void bouncyCastle_isUsedOnlyByInternalCrypto() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.talentchain.core.internal.crypto..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .check(classes);
  }

  @Test
  void library_dependsOnNoFrameworkOrDatabase() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "com.vaadin..",
            "jakarta.persistence..",
            "java.sql..",
            "org.talentchain.web..")
        .check(classes);
  }

  @Test
  void spi_doesNotDependOnInternalsExceptThroughItsFactory() {
    noClasses()
        .that()
        .resideInAPackage("org.talentchain.core.spi..")
        .and()
        .doNotHaveSimpleName("Ledgers")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.talentchain.core.internal..")
        .check(classes);
  }

  @Test
  void internal_doesNotDependOnTheWebOrCallersPackages() {
    noClasses()
        .that()
        .resideInAPackage("org.talentchain.core.internal.crypto..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.talentchain.core.internal.ledger..")
        .check(classes);
  }
}
