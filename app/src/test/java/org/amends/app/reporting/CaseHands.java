package org.amends.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.process.test.api.CamundaProcessTestContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.journey.StaffHands;

/**
 * A case's steps through the real journey, done on the task pages by the coordinator or the
 * allocated facilitator ({@link StaffHands}), with the time moved as Camunda Process Test moves it.
 * Before time moves, each step waits for what the journey does next (a timer set, a case closed),
 * so that timers start from the day they would have.
 */
final class CaseHands {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final StaffHands staff;
  private final CaseService cases;
  private final CamundaClient camunda;
  private final CamundaProcessTestContext processTest;

  CaseHands(StaffHands staff, CaseService cases, CamundaClient camunda, CamundaProcessTestContext processTest) {
    this.staff = staff;
    this.cases = cases;
    this.camunda = camunda;
    this.processTest = processTest;
  }

  /** Moves the engine's clock, which the app's follows, to 10:00 (UK) on the day. */
  void on(LocalDate day) {
    processTest.setTime(day.atTime(10, 0).atZone(UK).toInstant());
  }

  /** The answer of the record-contact task: "AGREED", "DECLINED" or "NO_CONTACT" (by phone, on the day). */
  static Map<String, Object> contact(String outcome, LocalDate day) {
    return Map.of("contactOutcome", outcome, "acceptsResponsibility", true, "contactMethod", "PHONE",
        "contactedOn", day.toString());
  }

  /** The harmer wants to take part but does not accept responsibility. */
  static Map<String, Object> refusesResponsibility(LocalDate day) {
    return Map.of("contactOutcome", "AGREED", "acceptsResponsibility", false, "contactMethod", "PHONE",
        "contactedOn", day.toString());
  }

  void contacts(long caseId, Map<String, Object> harmed, Map<String, Object> harmer) throws Exception {
    staff.completeFor(caseId, party(caseId, PartyRole.HARMED), "UserTask_RecordContact", harmed);
    staff.completeFor(caseId, party(caseId, PartyRole.HARMER), "UserTask_RecordContact", harmer);
  }

  /** The first risk assessment, dated the day it is done: "PROCEED" or "CLOSE". */
  void assessRisk(long caseId, String outcome) throws Exception {
    staff.complete(caseId, "UserTask_AssessRisk", risk(outcome));
  }

  /** Both parties consent on the day, and the two facilitators are allocated. */
  void consentAndAllocate(long caseId, LocalDate day, Facilitator first, Facilitator second) throws Exception {
    staff.completeEach(caseId, "UserTask_RecordConsent", 2, Map.of("consentGiven", true,
        "consentDate", day.toString(), "consentScope", "A meeting or an exchange"));
    staff.complete(caseId, "UserTask_AllocateFacilitators",
        Map.of("facilitatorIds", List.of(first.id().toString(), second.id().toString())));
  }

  /** A preparation meeting with each party at that time, then the second risk assessment. */
  void prepare(long caseId, LocalDateTime at) throws Exception {
    staff.completeEach(caseId, "UserTask_RecordPreparationMeeting", 2,
        Map.of("preparationMeetingAt", at.toString(), "updatedRisk", "LOW"));
    staff.complete(caseId, "UserTask_SecondRiskAssessment", risk("PROCEED"));
  }

  /** A conference arranged for that time; its reminder's timer is set before time moves on. */
  void conference(long caseId, LocalDateTime at) throws Exception {
    staff.complete(caseId, "UserTask_ChooseRoute", Map.of("route", "CONFERENCE"));
    staff.complete(caseId, "UserTask_ArrangeMeeting", Map.of("meetingAt", at.toString(), "venue", "Town hall"));
    awaitActive(null, "TimerEvent_ReminderDue");
  }

  void conferenceHeld(long caseId) throws Exception {
    staff.complete(caseId, "UserTask_RecordMeeting",
        Map.of("meetingHappened", true, "whatHappened", "They talked it through", "agreementReached", true));
  }

  /** An indirect exchange passed on, by letter, on the day. */
  void indirectExchange(long caseId, LocalDate day) throws Exception {
    staff.complete(caseId, "UserTask_ChooseRoute", Map.of("route", "INDIRECT"));
    staff.complete(caseId, "UserTask_RecordIndirectExchange", Map.of("exchangeMethod", "LETTER",
        "exchangeDate", day.toString(), "summary", "A letter was passed on", "exchangeComplete", true));
  }

  /** One agreed action, due on the day; its timer is set before time moves on. */
  void agreement(long caseId, LocalDate due) throws Exception {
    staff.complete(caseId, "UserTask_RecordOutcomeAgreement", Map.of("actions", List.of(
        Map.of("description", "Write a letter of apology", "owner", "Rory", "dueAt", due.toString()))));
    awaitActive(caseId, "TimerEvent_ActionDue");
  }

  /** The action checked when due; the follow-up's six weeks start. */
  void checkAction(long caseId, boolean completed) throws Exception {
    staff.complete(caseId, "UserTask_CheckAction", Map.of("actionCompleted", completed));
    awaitActive(caseId, "TimerEvent_FollowUpDue");
  }

  /** The surveys went out when the follow-up came due, and the two weeks to answer started. */
  void awaitSurveysSent(long caseId) {
    awaitActive(caseId, "TimerEvent_SurveyWindow");
  }

  /** Waits for the journey to close the case, and checks how and on which day. */
  void awaitClosed(long caseId, ClosureOutcome outcome, LocalDate on) {
    Case closed = await().atMost(StaffHands.WAIT).until(() -> cases.get(caseId), c -> c.status() == CaseStatus.CLOSED);
    assertThat(closed.closureOutcome()).as("case %d's outcome", caseId).isEqualTo(outcome);
    assertThat(closed.closedOn()).as("case %d's closing day", caseId).isEqualTo(on);
  }

  long party(long caseId, PartyRole role) {
    return cases.parties(caseId).stream().filter(p -> p.role() == role).map(Party::id).findFirst().orElseThrow();
  }

  /** Waits for the element to be active: in the case's own process, or (caseId null) anywhere, once. */
  private void awaitActive(Long caseId, String elementId) {
    await().atMost(StaffHands.WAIT).until(() -> camunda.newElementInstanceSearchRequest()
        .filter(f -> {
          f.elementId(elementId).state(ElementInstanceState.ACTIVE);
          if (caseId != null) {
            f.processInstanceKey(cases.get(caseId).processInstanceKey());
          }
        }).send().join().items().size() == 1);
  }

  private static Map<String, Object> risk(String outcome) {
    return "CLOSE".equals(outcome)
        ? Map.of("riskOfFurtherHarm", "HIGH", "safeguardingConcerns", false, "riskOutcome", "CLOSE",
            "outcomeReason", "Not safe to go on")
        : Map.of("riskOfFurtherHarm", "LOW", "safeguardingConcerns", false, "riskOutcome", outcome);
  }
}
