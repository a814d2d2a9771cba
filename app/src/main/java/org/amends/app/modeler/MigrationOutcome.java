package org.amends.app.modeler;

/** What a migration came to: how many cases moved, a refusal, or that the engine cannot migrate. */
record MigrationOutcome(int moved, String problem, boolean available) {

  static MigrationOutcome migrated(int moved) {
    return new MigrationOutcome(moved, null, true);
  }

  static MigrationOutcome refused(String problem) {
    return new MigrationOutcome(0, problem, true);
  }

  static MigrationOutcome notAvailable() {
    return new MigrationOutcome(0, ProcessMigration.NOT_AVAILABLE, false);
  }

  boolean succeeded() {
    return problem == null;
  }
}
