package org.amends.app.facilitation;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@CaseDataTest
class FacilitatorServiceTest {

  @Autowired FacilitatorService facilitators;
  @Autowired CaseService cases;
  @Autowired JdbcTemplate jdbc;

  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

  @Test
  void shouldRegisterAFacilitatorWithTheAreasTheyServe() {
    // when
    Facilitator saved = facilitators.register(Facilitator.of("Pam Quill", "pam@volunteers.example",
        today.minusYears(18), TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW"), new Area("OTHER"))));

    // then
    Facilitator loaded = facilitators.get(saved.id());
    assertThat(loaded.servedAreas()).containsExactlyInAnyOrder(new Area("HARLOW"), new Area("OTHER"));
    assertThat(loaded.available()).isTrue();
  }

  @Test
  void shouldRefuseAVolunteerUnder18() {
    assertThatThrownBy(() -> facilitators.register(Facilitator.of("Rex Young",
            "rex@volunteers.example", today.minusYears(18).plusDays(1), TrainingLevel.STANDARD,
            true, Set.of(new Area("HARLOW")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A facilitator must be 18 or over");
  }

  @Test
  void shouldHaveTheDatabaseRejectAFacilitatorUnder18() {
    assertThatThrownBy(() -> jdbc.update("""
            insert into amends.facilitator (name, email, date_of_birth, training_level, version)
            values ('Sid Teen', 'sid@volunteers.example', current_date - interval '17 years', 'STANDARD', 0)"""))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("facilitator_adult");
  }

  @Test
  void shouldKeepTheAllocationWhenTheSamePairIsAllocatedAgain() {
    // given
    long caseId = cases.createFromReferral(ordinaryCase("Tia Uber", "Val West")).caseId();
    long first = volunteer("a@volunteers.example");
    long second = volunteer("b@volunteers.example");
    Allocation allocation = facilitators.allocate(caseId, first, second, "coord");

    // when
    Allocation again = facilitators.allocate(caseId, second, first, "coord");

    // then
    assertThat(again).isEqualTo(allocation);
  }

  @Test
  void shouldEndTheEarlierAllocationWhenAnotherPairIsAllocated() {
    // given
    long caseId = cases.createFromReferral(ordinaryCase("Wes Xu", "Yan Zee")).caseId();
    long first = volunteer("c@volunteers.example");
    long second = volunteer("d@volunteers.example");
    long third = volunteer("e@volunteers.example");
    Allocation earlier = facilitators.allocate(caseId, first, second, "coord");

    // when
    Allocation later = facilitators.allocate(caseId, first, third, "coord");

    // then
    assertThat(facilitators.currentAllocation(caseId)).contains(later);
    assertThat(later.id()).isNotEqualTo(earlier.id());
  }

  @Test
  void shouldRefuseTheSameFacilitatorTwice() {
    long caseId = cases.createFromReferral(ordinaryCase("Amy Bell", "Cal Dent")).caseId();
    long only = volunteer("f@volunteers.example");

    assertThatThrownBy(() -> facilitators.allocate(caseId, only, only, "coord"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepTrainingSupervisionAndDatesAwayWhenTheRegisterDetailsChange() {
    // given
    long id = volunteer("kept@volunteers.example");
    facilitators.addCourse(id, new TrainingCourse("Restorative justice: sexual harm", today.minusMonths(2)));
    facilitators.addSupervision(id, today.minusWeeks(3));
    facilitators.addAway(id, new AwayPeriod(today.plusDays(5), today.plusDays(6)));
    // the same first day again: the period is corrected, not added twice
    facilitators.addAway(id, new AwayPeriod(today.plusDays(5), today.plusDays(9)));

    // when
    facilitators.update(id, Facilitator.of("Kept Renamed", "kept@volunteers.example", LocalDate.of(1990, 1, 1),
        TrainingLevel.SPECIALIST, false, Set.of(new Area("TENDRING"))).withPhone("01632 960 001")
        .withDbsCheck("001234567890", today.minusYears(1)));

    // then
    Facilitator loaded = facilitators.get(id);
    assertThat(loaded.name()).isEqualTo("Kept Renamed");
    assertThat(loaded.volunteer()).isFalse();
    assertThat(loaded.servedAreas()).containsExactly(new Area("TENDRING"));
    assertThat(loaded.dbsCheck().validOn(today)).isTrue();
    assertThat(loaded.courses()).extracting(TrainingCourse::course).containsExactly("Restorative justice: sexual harm");
    assertThat(loaded.supervisions()).extracting(Supervision::supervisedOn).containsExactly(today.minusWeeks(3));
    assertThat(loaded.awayPeriods()).containsExactly(new AwayPeriod(today.plusDays(5), today.plusDays(9)));
    assertThat(loaded.awayOn(today.plusDays(7))).isTrue();
    assertThat(loaded.awayOn(today.plusDays(10))).isFalse();
  }

  @Test
  void shouldHaveTheDatabaseRejectAHalfRecordedDbsCheck() {
    long id = volunteer("half@volunteers.example");
    assertThatThrownBy(() -> jdbc.update("update amends.facilitator set dbs_certificate_number = '001234567890' where id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private long volunteer(String email) {
    return facilitators.register(Facilitator.of("Volunteer " + email, email,
        LocalDate.of(1990, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("COLCHESTER")))).id();
  }
}
