package org.amends.app.casework.web;

import java.util.Arrays;
import java.util.List;
import org.amends.app.web.HoursRow;

/** Everything the case page shows, worded for the page. */
record CaseView(
    long id,
    String reference,
    boolean open,
    String status,
    String stage,
    String closureOutcome,
    String closedOn,
    List<Row> referral,
    List<PartyView> parties,
    List<AssessmentView> assessments,
    AllocationView allocation,
    List<MeetingView> meetings,
    List<AgreementView> agreements,
    List<HoursRow> hours,
    String totalHours,
    Timeline timeline,
    String journeyWaiting) {

  /** A row of a summary list; a value of several lines is shown line by line. */
  record Row(String key, List<String> lines) {

    static Row of(String key, String... lines) {
      return new Row(key, Arrays.stream(lines)
          .filter(l -> l != null && !l.isBlank())
          .toList());
    }
  }

  record PartyView(
      long id,
      String name,
      String role,
      String status,
      boolean active,
      List<String> contactDetails,
      String consent,
      String consentScope,
      String withdrawal) {}

  record AssessmentView(String title, boolean done, List<Row> rows) {}

  record AllocationView(List<String> facilitators, String allocatedOn, String allocatedBy) {}

  record MeetingView(
      String title, String when, String venue, String attendees, String notes,
      String updatedRisk) {}

  record AgreementView(String agreedOn, List<ActionView> actions) {}

  record ActionView(
      String description, String owner, String dueOn, String status, String statusClass,
      String harmedInformed) {}
}
