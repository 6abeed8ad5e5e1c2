package org.talentchain.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void library_needsNoDesktopImagingOrChainSdk() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.awt..",
            "javax.imageio..",
            "javax.swing..",
            "com.google.zxing..",
            "org.fisco..",
            "org.talentchain.contracts..")
        .check(classes);
  }

  /**
   * What a caller sees (public methods and constructors of public api/spi types) names only the JDK
   * and the library's own api/spi types: Jackson, Bouncy Castle and internal types can change
   * without breaking an integrator.
   */
  @Test
  void publicSignatures_nameOnlyJdkAndExportedTypes() {
    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAnyPackage("org.talentchain.core.api..", "org.talentchain.core.spi..")
        .should(nameOnlyExportedTypes())
        .check(classes);
  }

  private static ArchCondition<JavaCodeUnit> nameOnlyExportedTypes() {
    return new ArchCondition<>("name only JDK, api and spi types in their signature") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> named = new ArrayList<>(unit.getRawParameterTypes());
        named.add(unit.getRawReturnType());
        unit.getExceptionTypes().forEach(named::add);
        for (JavaClass type : named) {
          JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
          String pkg = base.getPackageName();
          boolean allowed =
              base.isPrimitive()
                  || pkg.startsWith("java.")
                  || pkg.equals("org.talentchain.core.api")
                  || pkg.equals("org.talentchain.core.spi");
          if (!allowed) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " exposes " + base.getName()));
          }
        }
      }
    };
  }
}
