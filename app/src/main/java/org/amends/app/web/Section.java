package org.amends.app.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.amends.app.security.Role;

/**
 * The sections of the staff service and the roles that may use each: what the navigation and
 * the start page offer. SecurityConfiguration's URL rules are what lets them in; the two agree
 * (RoleMatrixTest and NavigationTest check both).
 */
enum Section {
  TASKS("Tasks", "/tasks", "Claim and complete the tasks for your group.",
      Role.COORDINATOR, Role.FACILITATOR),
  CASES("Cases", "/cases", "Find a case and see everything recorded about it.",
      Role.COORDINATOR, Role.FACILITATOR, Role.MANAGER),
  MY_CASES("My cases", "/my/cases",
      "The cases you are allocated to, with the next meeting and what is waiting for you.",
      Role.FACILITATOR),
  MY_MEETINGS("My meetings", "/my/meetings",
      "Your preparation meetings, conferences and panels, by date, to add to your calendar.",
      Role.FACILITATOR),
  MY_DETAILS("My details", "/my/details",
      "Your areas, dates away, training and hours, as the volunteer register holds them.",
      Role.FACILITATOR),
  NEW_REFERRAL("New referral", "/referrals/new", "Record a referral taken by phone or in person.",
      Role.COORDINATOR),
  VOLUNTEER_HOURS("Volunteer hours", "/volunteer-hours",
      "Log volunteer time outside cases: training, supervision, panels, forums, events.",
      Role.COORDINATOR, Role.FACILITATOR),
  VOLUNTEERS("Volunteers", "/volunteers",
      "The volunteer register: facilitators' details, DBS checks due for renewal, training, cases and hours.",
      Role.COORDINATOR, Role.MANAGER),
  PROCESSES("Processes", "/processes",
      "See, edit, compare and deploy the journey's processes and forms, and move open cases to a new version.",
      Role.MANAGER),
  MONITORING("Monitoring", "/monitoring",
      "See where cases wait and why: figures on the diagrams, targets, bottlenecks, ageing and incidents.",
      Role.MONITOR, Role.MANAGER),
  USERS("Users", "/users", "Add staff, change their roles, and deactivate accounts.", Role.MANAGER),
  SERVICE_LISTS("Areas and sources", "/service-lists",
      "Add, rename and retire the areas the service covers and the sources it takes referrals from.",
      Role.MANAGER),
  AUDIT_LOG("Audit log", "/audit", "See who read or changed which case, task or person, and when.",
      Role.MANAGER),
  DATA_PROTECTION("Data protection", "/privacy/people",
      "Export what is held about a person, erase a person, and see the retention runs.", Role.MANAGER),
  REPORTS("Reports", "/reports",
      "The annual report's figures, with their definitions, the cases behind them, CSV and PDF.",
      Role.MANAGER, Role.MONITOR);

  private final String text;
  private final String href;
  private final String description;
  private final Set<Role> roles;

  Section(String text, String href, String description, Role first, Role... others) {
    this.text = text;
    this.href = href;
    this.description = description;
    this.roles = EnumSet.of(first, others);
  }

  String text() {
    return text;
  }

  String href() {
    return href;
  }

  String description() {
    return description;
  }

  /** Whether someone in these candidate groups ({@link Role#group()}) may use the section. */
  boolean openTo(Collection<String> groups) {
    return roles.stream().map(Role::group).anyMatch(groups::contains);
  }
}
