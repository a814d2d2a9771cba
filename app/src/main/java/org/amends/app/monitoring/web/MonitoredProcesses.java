package org.amends.app.monitoring.web;

/** The journey's process id: its instances are the cases; the others are called from it. */
final class MonitoredProcesses {

  static final String JOURNEY = "restorative-justice-case";

  private MonitoredProcesses() {}
}
