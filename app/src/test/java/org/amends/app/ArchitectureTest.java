package org.amends.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.amends.app.engine.EmbeddedEngineBootstrap;
import org.junit.jupiter.api.Test;

/** The app talks to the engine only through the Camunda client, so it can run on Camunda 8. */
class ArchitectureTest {

  private final JavaClasses appClasses =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.amends.app");

  @Test
  void shouldUseTheEngineOnlyThroughTheCamundaClient() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(EmbeddedEngineBootstrap.class.getName())
        .and()
        .resideOutsideOfPackage("org.amends.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.amends.engine..")
        .because("the app reaches the engine only through CamundaClient; "
            + "EmbeddedEngineBootstrap is the one class that starts it in-process")
        .check(appClasses);
  }
}
