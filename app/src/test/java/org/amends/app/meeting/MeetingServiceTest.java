package org.amends.app.meeting;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.RiskLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@CaseDataTest
class MeetingServiceTest {

  @Autowired MeetingService meetings;
  @Autowired CaseService cases;

  private CaseCreated created;

  @BeforeEach
  void givenACase() {
    created = cases.createFromReferral(ordinaryCase("Rae Sims", "Stu Tait"));
  }

  @Test
  void shouldScheduleAPreparationMeetingOncePerRequestKeyAndRecordIt() {
    // given
    Meeting planned = Meeting.scheduled(created.caseId(), MeetingKind.PREPARATION,
        created.partyIds().get(0), Instant.parse("2026-04-01T10:00:00Z"), "Home visit", "job-1");
    Meeting first = meetings.schedule(planned);

    // when
    Meeting again = meetings.schedule(planned);
    meetings.recordOutcome(first.id(), "Rae Sims, two facilitators", "Ready to meet", RiskLevel.LOW);

    // then
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(meetings.forCase(created.caseId())).singleElement().satisfies(meeting -> {
      assertThat(meeting.notes()).isEqualTo("Ready to meet");
      assertThat(meeting.updatedRisk()).isEqualTo(RiskLevel.LOW);
    });
  }

  @Test
  void shouldRejectAPreparationMeetingWithoutItsParty() {
    assertThatThrownBy(() -> meetings.schedule(Meeting.scheduled(created.caseId(),
            MeetingKind.PREPARATION, null, Instant.parse("2026-04-01T10:00:00Z"), null, null)))
        .hasCauseInstanceOf(DataIntegrityViolationException.class)
        .hasStackTraceContaining("meeting_preparation_party");
  }
}
