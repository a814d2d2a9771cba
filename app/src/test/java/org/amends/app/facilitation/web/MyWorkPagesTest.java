package org.amends.app.facilitation.web;

import static org.amends.app.security.RoleFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.facilitation.AwayPeriod;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingCourse;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.meeting.MeetingService;
import org.amends.app.security.Role;
import org.amends.app.security.RoleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A facilitator's own pages against the real app (PostgreSQL, the engine in-process): they show
 * the facilitator's own cases and meetings only, and a meeting's calendar event names nobody.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyWorkPagesTest extends EngineAndMailTestSupport {

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired FacilitatorService facilitators;
  @Autowired MeetingService meetings;
  @Autowired CamundaClient camunda;

  private RoleFixtures fixtures;
  private String surname;
  private String username;
  private Facilitator me;
  private Facilitator colleague;
  private CaseCreated mine;
  private CaseCreated theirs;
  private Meeting conference;
  private Meeting preparation;
  private Meeting elsewhere;

  @BeforeEach
  void fixtures() {
    fixtures = new RoleFixtures(cases, facilitators, camunda);
    surname = "Mywork" + UUID.randomUUID().toString().substring(0, 6);
    username = "mywork-" + surname.toLowerCase();
    me = fixtures.facilitator(username);
    colleague = fixtures.facilitator(null);
    Facilitator stranger = fixtures.facilitator("mywork-stranger-" + surname.toLowerCase());
    mine = fixtures.openCase(surname);
    theirs = fixtures.openCase(surname + "Other");
    fixtures.allocate(mine.caseId(), me, colleague);
    fixtures.allocate(theirs.caseId(), stranger, colleague);
    Party harmed = cases.parties(mine.caseId()).stream().filter(p -> p.role() == PartyRole.HARMED).findFirst().orElseThrow();
    Instant soon = Instant.now().plus(Duration.ofDays(3));
    preparation = meetings.schedule(Meeting.scheduled(mine.caseId(), MeetingKind.PREPARATION, harmed.id(), soon,
        "Quiet room, 12 Mill Lane", null));
    conference = meetings.schedule(Meeting.scheduled(mine.caseId(), MeetingKind.CONFERENCE, null,
        soon.plus(Duration.ofDays(14)), "Town Hall", null));
    elsewhere = meetings.schedule(Meeting.scheduled(theirs.caseId(), MeetingKind.CONFERENCE, null, soon,
        "Elsewhere Hall", null));
  }

  @Test
  void shouldListOnlyTheFacilitatorsOwnCasesWithTheOtherFacilitatorNextMeetingAndWhatWaits() throws Exception {
    UserTask waiting = fixtures.task(mine.caseId(), Role.FACILITATOR.group());

    String page = page("/my/cases");

    assertThat(page).contains(mine.reference(), colleague.name(), "Preparation meeting", "Referral",
        "/tasks/" + waiting.getUserTaskKey(), waiting.getName())
        .doesNotContain(theirs.reference());
  }

  @Test
  void shouldListTheirMeetingsByDateWithVenueAndWhoIsComing() throws Exception {
    String page = page("/my/meetings");

    assertThat(page).contains(mine.reference(), "Quiet room, 12 Mill Lane", "Town Hall",
        "Wren " + surname + " (harmed person)", "Sol " + surname + " (person who caused the harm)",
        me.name() + " (you)", colleague.name() + " (facilitator)",
        "/my/meetings/" + preparation.id() + ".ics")
        .doesNotContain(theirs.reference(), "Elsewhere Hall");
    assertThat(page.indexOf("Quiet room")).as("earliest first").isLessThan(page.indexOf("Town Hall"));
    // the preparation meeting is with the harmed person only
    String preparationRow = page.substring(page.indexOf("Quiet room"), page.indexOf("Town Hall"));
    assertThat(preparationRow).contains("Wren " + surname).doesNotContain("Sol " + surname);
  }

  @Test
  void shouldGiveAMeetingAsACalendarEventWithTheCaseReferenceAndNoPersonalDetails() throws Exception {
    String ics = mvc.perform(get("/my/meetings/{id}.ics", conference.id()).with(signedIn()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"" + mine.reference() + "-meeting-" + conference.id() + ".ics\""))
        .andReturn().getResponse().getContentAsString();

    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "VERSION:2.0",
        "SUMMARY:Conference\\, case " + mine.reference(), "UID:amends-meeting-" + conference.id(), "DTSTART:",
        "DURATION:PT2H")
        .doesNotContain("Town Hall", surname, me.name(), colleague.name(), "LOCATION", "DESCRIPTION", "ATTENDEE");
    // someone else's meeting is answered as if it did not exist
    mvc.perform(get("/my/meetings/{id}.ics", elsewhere.id()).with(signedIn())).andExpect(status().isNotFound());
  }

  @Test
  void shouldShowTheirOwnAreasDatesAwayAndTraining() throws Exception {
    LocalDate today = LocalDate.now();
    facilitators.addAway(me.id(), new AwayPeriod(today.plusDays(20), today.plusDays(25)));
    facilitators.addAway(me.id(), new AwayPeriod(today.minusDays(30), today.minusDays(25)));
    facilitators.addCourse(me.id(), new TrainingCourse("Restorative justice foundation", today.minusMonths(4)));

    String page = page("/my/details");

    assertThat(page).contains("My details", "Chelmsford", "Standard", "Restorative justice foundation",
        "No DBS check recorded", org.amends.app.casework.web.Labels.date(today.plusDays(20)))
        .doesNotContain(org.amends.app.casework.web.Labels.date(today.minusDays(30)));
  }

  @Test
  void shouldTellAFacilitatorWithoutARecordThatTheirAccountIsNotLinked() throws Exception {
    String page = mvc.perform(get("/my/cases").with(as("mywork-unlinked", Role.FACILITATOR)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Your account is not linked to a facilitator record");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(signedIn())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private RequestPostProcessor signedIn() {
    return as(username, Role.FACILITATOR);
  }
}
