package org.amends.app.tasklist;

/** Orders the tasklist can be shown in. */
enum TaskSort {
  DUE_ASC("Due date, soonest first"),
  DUE_DESC("Due date, latest first"),
  CREATED_DESC("Created, newest first"),
  CREATED_ASC("Created, oldest first"),
  PRIORITY_DESC("Priority, highest first"),
  PRIORITY_ASC("Priority, lowest first");

  private final String label;

  TaskSort(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
