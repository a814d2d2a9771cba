package org.amends.app.modeler;

/**
 * What a migration came to: how many cases moved, a refusal (with the waiting step it is about,
 * if it is about one), or that the engine cannot migrate.
 */
record MigrationOutcome(int moved, String problem, String elementId, boolean available) {

  static MigrationOutcome migrated(int moved) {
    return new MigrationOutcome(moved, null, null, true);
  }

  static MigrationOutcome refused(String problem) {
    return new MigrationOutcome(0, problem, null, true);
  }

  /** Refused because of the mapping of one waiting step: the page marks that step's field. */
  static MigrationOutcome refusedAt(String elementId, String problem) {
    return new MigrationOutcome(0, problem, elementId, true);
  }

  static MigrationOutcome notAvailable() {
    return new MigrationOutcome(0, ProcessMigration.NOT_AVAILABLE, null, false);
  }

  boolean succeeded() {
    return problem == null;
  }
}
