package org.amends.app.tasklist;

/** The tasklist's tabs. */
enum TaskView {
  MINE("My tasks"),
  UNASSIGNED("Unassigned"),
  OPEN("All open"),
  COMPLETED("Completed");

  private final String label;

  TaskView(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  String param() {
    return name().toLowerCase();
  }

  static TaskView fromParam(String value) {
    for (TaskView view : values()) {
      if (view.param().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return view;
      }
    }
    return MINE;
  }
}
