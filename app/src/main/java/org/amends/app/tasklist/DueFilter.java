package org.amends.app.tasklist;

/** "When due" filter; "overdue" means due before today, as DueWording counts it. */
enum DueFilter {
  TODAY("Due today"),
  OVERDUE("Overdue"),
  THIS_WEEK("Due this week");

  private final String label;

  DueFilter(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
