package org.amends.app.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.AssessmentKind;
import org.amends.app.casework.AssessmentOutcome;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.PartyStatus;
import org.amends.app.casework.RiskAssessment;
import org.amends.app.casework.RiskLevel;
import org.amends.app.casework.Stage;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.casework.VolunteerHours;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.meeting.MeetingService;
import org.amends.app.outcome.OutcomeAction;
import org.amends.app.outcome.OutcomeAgreement;
import org.amends.app.outcome.OutcomeService;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CasePageControllerTest extends CasePagesTestSupport {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired CaseRecordService records;
  @Autowired ConsentService consents;
  @Autowired FacilitatorService facilitators;
  @Autowired MeetingService meetings;
  @Autowired OutcomeService outcomes;

  @Test
  void shouldShowTheReferralPartiesAndATimelineOfProcessStepsAndRecords() throws Exception {
    // given a case whose process invited both parties and waits for their answers
    String surname = unique();
    StartedCase started = startAndSettle(new Area("COLCHESTER"), surname);
    records.addNote(new CaseNote(null, started.caseId(), "Victim prefers afternoons", "coordinator",
        Instant.now().truncatedTo(ChronoUnit.MICROS), null));

    // when
    String html = page(started.caseId());

    // then the heading and the referral
    assertThat(html)
        .contains("<title>" + started.reference() + " – Restorative Justice Service</title>")
        .contains("<h1 class=\"govuk-heading-l govuk-!-margin-bottom-3\">" + started.reference() + "</h1>")
        .contains("<strong class=\"govuk-tag govuk-tag--blue\">Open</strong>")
        .contains("<strong class=\"govuk-tag govuk-tag--light-blue\">Contact</strong>")
        .contains("Police", "PC Jo Lane", "Essex Police", "jo.lane@police.example")
        .contains("3 November 2025", "4 November 2025", "12 January 2026", "Criminal damage")
        .contains("Not sensitive or complex");
    // and the parties with their contact details and consent
    assertThat(html)
        .contains("Wren " + surname, "Sol " + surname, "Harmed person", "Person who caused the harm")
        .contains("wren." + surname.toLowerCase() + "@example.org", "Prefers email", "Taking part")
        .contains("Not recorded yet", "Not done yet", "No facilitators allocated yet");
    // and the timeline: the engine's steps, from the case's instance and the ones it called
    assertThat(html)
        .contains("Referral received")
        .contains("Completed: Check for an open case")
        .contains("Completed: Screen eligibility")
        .contains("Started: Contact each party")
        .contains("Completed: Send the invitation")
        .contains("Started: Record contact with the party")
        .contains("Initial contact with a party: Wren " + surname)
        .contains("Initial contact with a party: Sol " + surname);
    // and the app's records: the emails sent and the note, with who
    assertThat(html)
        .contains("Email sent to Wren " + surname + ": Restorative justice: we would like to talk to you")
        .contains("Victim prefers afternoons", "Cara Coordinator");
    // newest first: the note was written after the process started
    assertThat(html.indexOf("Victim prefers afternoons")).isLessThan(html.indexOf("Referral received"));
    assertThat(html.indexOf("Started: Record contact with the party"))
        .isLessThan(html.indexOf("Completed: Check for an open case"));
  }

  @Test
  void shouldShowConsentRiskFacilitatorsMeetingsOutcomeAndVolunteerHours() throws Exception {
    // given a case with the records of its later steps
    String surname = unique();
    StartedCase started = startAndSettle(new Area("HARLOW"), surname);
    long caseId = started.caseId();
    List<Party> parties = cases.parties(caseId);
    consents.recordConsent(parties.get(0).id(), true, LocalDate.of(2026, 2, 2),
        "Face-to-face conference", "coordinator");
    consents.recordConsent(parties.get(1).id(), false, LocalDate.of(2026, 2, 3),
        "Face-to-face conference", "coordinator");
    records.recordRiskAssessment(new RiskAssessment(null, caseId, AssessmentKind.INITIAL,
        RiskLevel.MEDIUM, "Lives alone", null, null, null, null, null,
        AssessmentOutcome.PROCEED_WITH_CONDITIONS, "Meet in daylight", "coordinator",
        LocalDate.of(2026, 1, 20), null));
    Facilitator asha = facilitator("Asha " + surname);
    Facilitator ben = facilitator("Ben " + surname);
    facilitators.allocate(caseId, asha.id(), ben.id(), "coordinator");
    meetings.schedule(Meeting.scheduled(caseId, MeetingKind.CONFERENCE, null,
        LocalDate.of(2026, 3, 10).atTime(14, 0).atZone(LONDON).toInstant(),
        "Harlow Civic Centre", null));
    outcomes.record(OutcomeAgreement.of(caseId, LocalDate.of(2026, 3, 10),
        List.of(OutcomeAction.open("Write a letter of apology", "Sol " + surname,
            LocalDate.of(2026, 3, 24))), null));
    records.logVolunteerHours(new VolunteerHours(null, asha.id(), caseId,
        VolunteerActivity.PREPARATION, LocalDate.of(2026, 2, 5), new BigDecimal("1.5"), null));
    records.logVolunteerHours(new VolunteerHours(null, ben.id(), caseId,
        VolunteerActivity.TRAVEL, LocalDate.of(2026, 2, 6), new BigDecimal("2.25"), null));

    // when
    String html = page(caseId);

    // then
    assertThat(html)
        .contains("Given on 2 February 2026", "Declined on 3 February 2026", "Face-to-face conference")
        .contains("First risk assessment", "Medium", "Proceed with conditions", "Meet in daylight",
            "Lives alone", "20 January 2026 by Cara Coordinator")
        .contains("Asha " + surname, "Ben " + surname)
        .contains("Conference", "10 March 2026 at 2:00pm", "Harlow Civic Centre")
        .contains("Agreed on 10 March 2026", "Write a letter of apology", "24 March 2026",
            "<strong class=\"govuk-tag govuk-tag--blue\">Open</strong>")
        .contains("5 February 2026", "Preparation", "1.5 hours", "2.25 hours")
        .contains("<td class=\"govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold\" id=\"total-hours\">3.75 hours</td>");
  }

  @Test
  void shouldAddANoteOnceAndShowItInTheTimeline() throws Exception {
    StartedCase started = startAndSettle(new Area("BRENTWOOD"), unique());

    for (int press = 0; press < 2; press++) {
      mvc.perform(post("/cases/{id}/notes", started.caseId()).with(coordinator()).with(csrf())
              .param("note", "  Called the harmer's probation officer  ")
              .param("noteKey", "form-1"))
          .andExpect(redirectedUrl("/cases/" + started.caseId() + "#timeline"))
          .andExpect(flash().attribute("success", "Note added"));
    }

    assertThat(records.notes(started.caseId())).singleElement().satisfies(note -> {
      assertThat(note.text()).isEqualTo("Called the harmer's probation officer");
      assertThat(note.writtenBy()).isEqualTo("coordinator");
    });
    assertThat(page(started.caseId())).contains("Called the harmer&#39;s probation officer");
  }

  @Test
  void shouldRefuseAnEmptyNote() throws Exception {
    StartedCase started = startAndSettle(new Area("BRENTWOOD"), unique());

    mvc.perform(post("/cases/{id}/notes", started.caseId()).with(coordinator()).with(csrf())
            .param("note", "   "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: " + started.reference())))
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("<a href=\"#note\">Enter a note</a>")))
        .andExpect(content().string(containsString("govuk-textarea--error")));
    assertThat(records.notes(started.caseId())).isEmpty();
  }

  @Test
  void shouldSendAWithdrawalToTheProcessWhichRecordsItAndCarriesOn() throws Exception {
    // given a case with a supporter as well as the harmed person and the harmer
    String surname = unique();
    StartedCase started = startAndSettle(new Area("TENDRING"), surname, PartyRole.SUPPORTER);
    Party supporter = cases.parties(started.caseId()).get(2);

    // when
    mvc.perform(post("/cases/{id}/withdrawals", started.caseId()).with(coordinator()).with(csrf())
            .param("partyId", String.valueOf(supporter.id()))
            .param("withdrawalReason", "Moved abroad"))
        .andExpect(redirectedUrl("/cases/" + started.caseId()))
        .andExpect(flash().attribute("success", containsString("Withdrawal of Ash " + surname)));

    // then the process's worker recorded it, and the case goes on without the supporter
    await().atMost(WAIT).until(() -> cases.party(supporter.id()).status() == PartyStatus.WITHDRAWN);
    await().atMost(WAIT).until(() -> completed(started.processInstanceKey(), "EndEvent_WithdrawalRecorded"));
    assertThat(consents.forParty(supporter.id())).hasValueSatisfying(consent ->
        assertThat(consent.withdrawalReason()).isEqualTo("Moved abroad"));
    assertThat(cases.get(started.caseId()).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(page(started.caseId()))
        .contains("Withdrew on", "Moved abroad")
        .contains("Party withdrew", "Withdrawal recorded");
  }

  @Test
  void shouldCloseTheCaseAsWithdrawnWhenTheHarmedPersonWithdraws() throws Exception {
    StartedCase started = startAndSettle(new Area("TENDRING"), unique());
    Party harmed = cases.parties(started.caseId()).get(0);

    mvc.perform(post("/cases/{id}/withdrawals", started.caseId()).with(coordinator()).with(csrf())
            .param("partyId", String.valueOf(harmed.id()))
            .param("withdrawalReason", "Does not want to go on"))
        .andExpect(redirectedUrl("/cases/" + started.caseId()));

    await().atMost(WAIT).until(() -> cases.get(started.caseId()).status() == CaseStatus.CLOSED);
    assertThat(cases.get(started.caseId()).closureOutcome()).isEqualTo(ClosureOutcome.WITHDRAWN);
    await().atMost(WAIT).until(() -> processState(started.processInstanceKey()) == ProcessInstanceState.COMPLETED);
    assertThat(completed(started.processInstanceKey(), "CallActivity_CloseWithdrawnCase")).isTrue();
    // the contact with each party, still waiting when the harmed person withdrew, ended with it
    assertThat(camunda.newProcessInstanceSearchRequest()
            .filter(f -> f.parentProcessInstanceKey(started.processInstanceKey())
                .processDefinitionId("initial-contact"))
            .send().join().items())
        .hasSize(2)
        .allMatch(child -> child.getState() == ProcessInstanceState.TERMINATED);
  }

  @Test
  void shouldRequireWhoWithdrewAndWhyAndKeepWhatWasTyped() throws Exception {
    StartedCase started = startAndSettle(new Area("TENDRING"), unique());

    mvc.perform(post("/cases/{id}/withdrawals", started.caseId()).with(coordinator()).with(csrf())
            .param("withdrawalReason", "Feels it is too soon"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"#partyId\">Select the person who withdrew</a>")))
        .andExpect(content().string(containsString(">Feels it is too soon</textarea>")));
    mvc.perform(post("/cases/{id}/withdrawals", started.caseId()).with(coordinator()).with(csrf())
            .param("partyId", String.valueOf(cases.parties(started.caseId()).get(1).id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"#withdrawalReason\">Enter why they withdrew</a>")));

    assertThat(cases.parties(started.caseId())).allMatch(Party::isActive);
  }

  @Test
  void shouldShowAnEngineThatRefusesTheWithdrawalAsAnErrorSummary() throws Exception {
    // given a case whose process is no longer running
    StartedCase started = startAndSettle(new Area("TENDRING"), unique());
    camunda.newCancelInstanceCommand(started.processInstanceKey()).send().join();
    Party harmer = cases.parties(started.caseId()).get(1);

    mvc.perform(post("/cases/{id}/withdrawals", started.caseId()).with(coordinator()).with(csrf())
            .param("partyId", String.valueOf(harmer.id()))
            .param("withdrawalReason", "Changed their mind"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString(
            "The withdrawal cannot be recorded because the case’s process is not running")))
        .andExpect(content().string(containsString(">Changed their mind</textarea>")))
        .andExpect(content().string(not(containsString("Exception"))));
    assertThat(cases.party(harmer.id()).status()).isEqualTo(PartyStatus.ACTIVE);
  }

  @Test
  void shouldCloseACaseByCancellingItsProcess() throws Exception {
    StartedCase started = startAndSettle(new Area("CHELMSFORD"), unique());

    mvc.perform(post("/cases/{id}/closure", started.caseId()).with(coordinator()).with(csrf())
            .param("outcome", "NOT_SUITABLE")
            .param("closureReason", "The harmer is in hospital for the foreseeable future"))
        .andExpect(redirectedUrl("/cases/" + started.caseId()))
        .andExpect(flash().attribute("success", "Case closed"));

    // the process instance is cancelled in the engine, with the task it waited on
    assertThat(processState(started.processInstanceKey())).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(camunda.newProcessInstanceSearchRequest()
            .filter(f -> f.parentProcessInstanceKey(started.processInstanceKey())).send().join().items())
        .isNotEmpty()
        .allMatch(child -> child.getState() == ProcessInstanceState.TERMINATED);
    // and the case is closed with its outcome and the reason noted
    Case closed = cases.get(started.caseId());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
    assertThat(closed.closureOutcome()).isEqualTo(ClosureOutcome.NOT_SUITABLE);
    assertThat(closed.closedOn()).isEqualTo(LocalDate.now(LONDON));
    assertThat(records.notes(started.caseId())).extracting(CaseNote::text).containsExactly(
        "Case closed as “Not suitable for restorative justice”: "
            + "The harmer is in hospital for the foreseeable future");
    // and its page shows the outcome and no action forms
    String html = page(started.caseId());
    assertThat(html)
        .contains("<strong class=\"govuk-tag govuk-tag--grey\">Closed</strong>")
        .contains("Outcome: <strong>Not suitable for restorative justice</strong>")
        .contains("Cancelled: Record contact with the party")
        .doesNotContain("<form action=\"/cases/" + started.caseId())
        .doesNotContain("Close case", "Record withdrawal", "Add note");
    // and a late form is refused
    mvc.perform(post("/cases/{id}/notes", started.caseId()).with(coordinator()).with(csrf())
            .param("note", "Too late"))
        .andExpect(content().string(containsString("Notes cannot be added because the case is closed")));
    assertThat(records.notes(started.caseId())).hasSize(1);
  }

  @Test
  void shouldRequireAnOutcomeAndAReasonToClose() throws Exception {
    StartedCase started = startAndSettle(new Area("CHELMSFORD"), unique());

    mvc.perform(post("/cases/{id}/closure", started.caseId()).with(coordinator()).with(csrf())
            .param("outcome", "")
            .param("closureReason", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"#outcome\">Select the outcome of the case</a>")))
        .andExpect(content().string(containsString("<a href=\"#closureReason\">Enter why the case is being closed</a>")));

    assertThat(cases.get(started.caseId()).isOpen()).isTrue();
    assertThat(processState(started.processInstanceKey())).isEqualTo(ProcessInstanceState.ACTIVE);
  }

  @Test
  void shouldLogVolunteerHoursAndExplainMistakes() throws Exception {
    String surname = unique();
    StartedCase started = startAndSettle(new Area("SOUTHEND"), surname);
    Facilitator asha = facilitator("Asha " + surname);

    mvc.perform(post("/cases/{id}/volunteer-hours", started.caseId()).with(coordinator()).with(csrf())
            .param("facilitatorId", String.valueOf(asha.id()))
            .param("workedOn.day", "31").param("workedOn.month", "2").param("workedOn.year", "2026")
            .param("hours", "lots")
            .param("activity", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"#workedOn\">The date of the work must be a real date</a>")))
        .andExpect(content().string(containsString("<a href=\"#hours\">Hours must be a number, like 1.5</a>")))
        .andExpect(content().string(containsString("<a href=\"#activity\">Select what the time was spent on</a>")))
        .andExpect(content().string(containsString("value=\"lots\"")))
        .andExpect(content().string(containsString("value=\"31\"")));
    assertThat(records.volunteerHours(started.caseId())).isEmpty();

    mvc.perform(post("/cases/{id}/volunteer-hours", started.caseId()).with(coordinator()).with(csrf())
            .param("facilitatorId", String.valueOf(asha.id()))
            .param("workedOn.day", "2").param("workedOn.month", "3").param("workedOn.year", "2026")
            .param("hours", "2.5")
            .param("activity", "MEETING"))
        .andExpect(redirectedUrl("/cases/" + started.caseId() + "#volunteer-hours"));
    assertThat(records.volunteerHours(started.caseId())).singleElement().satisfies(h -> {
      assertThat(h.facilitatorId()).isEqualTo(asha.id());
      assertThat(h.workedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(h.hours()).isEqualByComparingTo("2.5");
      assertThat(h.activity()).isEqualTo(VolunteerActivity.MEETING);
    });
  }

  @Test
  void shouldSendSomeoneNotSignedInToTheSignInPageAndRefuseAFormWithoutItsToken() throws Exception {
    StartedCase started = startAndSettle(new Area("OTHER"), unique());

    mvc.perform(get("/cases/{id}", started.caseId()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
    mvc.perform(post("/cases/{id}/notes", started.caseId()).with(coordinator()).param("note", "No token"))
        .andExpect(status().isForbidden());
    assertThat(records.notes(started.caseId())).isEmpty();
  }

  @Test
  void shouldAnswerACaseThatDoesNotExistWithPageNotFound() throws Exception {
    mvc.perform(get("/cases/{id}", 987654321L).with(coordinator()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("<title>Page not found – Restorative Justice Service</title>")))
        .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Page not found</h1>")));
    mvc.perform(post("/cases/{id}/notes", 987654321L).with(coordinator()).with(csrf()).param("note", "Lost"))
        .andExpect(status().isNotFound());
  }

  private String page(long caseId) throws Exception {
    return mvc.perform(get("/cases/{id}", caseId).with(coordinator()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private Facilitator facilitator(String name) {
    return facilitators.register(Facilitator.of(name,
        name.toLowerCase().replace(' ', '.') + "@facilitators.example.org",
        LocalDate.of(1975, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW"))));
  }

  private ProcessInstanceState processState(long processInstanceKey) {
    return camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().singleItem().getState();
  }

  private boolean completed(long processInstanceKey, String elementId) {
    return camunda.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).elementId(elementId)
            .state(ElementInstanceState.COMPLETED))
        .send().join().items().size() == 1;
  }
}
