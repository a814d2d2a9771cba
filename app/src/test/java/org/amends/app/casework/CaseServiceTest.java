package org.amends.app.casework;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.amends.app.casework.CaseFixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import org.amends.app.consent.Consent;
import org.amends.app.consent.ConsentService;
import org.amends.app.referral.ReferralService;
import org.amends.app.referral.ReferralSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseDataTest
class CaseServiceTest {

  @Autowired CaseService cases;
  @Autowired ReferralService referrals;
  @Autowired ConsentService consents;

  @Test
  void shouldOpenCaseWithPartiesAndReferral() {
    // when
    CaseCreated created = cases.createFromReferral(ordinaryCase("Ann Smith", "Ben Jones"));

    // then
    Case c = cases.get(created.caseId());
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(c.stage()).isEqualTo(Stage.REFERRAL);
    assertThat(c.createdAt()).isNotNull();
    assertThat(cases.parties(c.id()))
        .extracting(Party::id, Party::role, Party::status)
        .containsExactly(
            tuple(
                created.partyIds().get(0), PartyRole.HARMED, PartyStatus.ACTIVE),
            tuple(
                created.partyIds().get(1), PartyRole.HARMER, PartyStatus.ACTIVE));
    assertThat(referrals.get(c.id()).source()).isEqualTo(ReferralSource.POLICE);
    assertThat(referrals.get(c.id()).referrer().email()).isEqualTo("jo.lane@police.example");
  }

  @Test
  void shouldGenerateReferencesFromSequenceWithTheYear() {
    // when
    String first = cases.createFromReferral(ordinaryCase("A One", "B One")).reference();
    String second = cases.createFromReferral(ordinaryCase("A Two", "B Two")).reference();

    // then
    int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
    assertThat(first).matches("RJ-" + year + "-\\d{5}");
    assertThat(number(second)).isEqualTo(number(first) + 1);
  }

  @Test
  void shouldReturnTheSameCaseWhenCreatedAgainForTheSameProcessInstance() {
    // given
    NewCase referral = ordinaryCase("Cara Retry", "Dan Retry");
    NewCase withKey = new NewCase(referral.referral(), referral.area(), referral.offenceType(),
        referral.sensitivity(), referral.parties(), 2251799813685249L);
    CaseCreated first = cases.createFromReferral(withKey);

    // when
    CaseCreated again = cases.createFromReferral(withKey);

    // then
    assertThat(again).isEqualTo(first);
    assertThat(cases.findByProcessInstanceKey(2251799813685249L)).isPresent();
  }

  @Nested
  class Duplicates {

    @Test
    void shouldFindOpenCaseWithSamePartyNameAndDateOfBirth() {
      // given
      CaseCreated earlier = cases.createFromReferral(newCase(new Area("HARLOW"), Sensitivity.NONE,
          harmed("Eve Archer", LocalDate.of(1975, 3, 9), null),
          harmer("Finn Cole", LocalDate.of(1999, 1, 1), null)));
      CaseCreated later = cases.createFromReferral(newCase(new Area("HARLOW"), Sensitivity.NONE,
          harmed("Gail Moss", LocalDate.of(1960, 7, 7), null),
          harmer(" finn cole ", LocalDate.of(1999, 1, 1), null)));

      // when / then
      assertThat(cases.findOpenDuplicates(later.caseId()))
          .containsExactly(new DuplicateCase(earlier.caseId(), earlier.reference()));
      assertThat(cases.findOpenDuplicates(earlier.caseId()))
          .containsExactly(new DuplicateCase(later.caseId(), later.reference()));
    }

    @Test
    void shouldFindOpenCaseWithSameEmail() {
      // given
      CaseCreated earlier = cases.createFromReferral(newCase(new Area("THURROCK"), Sensitivity.NONE,
          harmed("Hal Price", null, "Hal.Price@example.org"),
          harmer("Ivy North", null, null)));
      CaseCreated later = cases.createFromReferral(newCase(new Area("THURROCK"), Sensitivity.NONE,
          harmed("H. Price", null, "hal.price@example.org"),
          harmer("Someone Else", null, null)));

      // when / then
      assertThat(cases.findOpenDuplicates(later.caseId()))
          .extracting(DuplicateCase::caseId)
          .containsExactly(earlier.caseId());
    }

    @Test
    void shouldIgnoreClosedCasesAndSameNameWithOtherDateOfBirth() {
      // given
      CaseCreated closed = cases.createFromReferral(newCase(new Area("TENDRING"), Sensitivity.NONE,
          harmed("Jay Quinn", LocalDate.of(1988, 8, 8), "jay.quinn@example.org"),
          harmer("Kim Rowe", LocalDate.of(1990, 9, 9), null)));
      cases.recordClosure(closed.caseId(), ClosureOutcome.NO_CONTACT);
      cases.createFromReferral(newCase(new Area("TENDRING"), Sensitivity.NONE,
          harmed("Kim Rowe", LocalDate.of(1991, 9, 9), null),
          harmer("Lee Stone", null, null)));
      CaseCreated checked = cases.createFromReferral(newCase(new Area("TENDRING"), Sensitivity.NONE,
          harmed("Jay Quinn", LocalDate.of(1988, 8, 8), "jay.quinn@example.org"),
          harmer("Kim Rowe", LocalDate.of(1990, 9, 9), null)));

      // when / then
      assertThat(cases.findOpenDuplicates(checked.caseId())).isEmpty();
    }
  }

  @Nested
  class Closure {

    @Test
    void shouldCloseWithOutcomeAndDate() {
      // given
      long caseId = cases.createFromReferral(ordinaryCase("Mo Tate", "Ned Vale")).caseId();

      // when
      boolean closedNow =
          cases.recordClosure(caseId, ClosureOutcome.COMPLETED_DIRECT, LocalDate.of(2026, 6, 1));

      // then
      Case c = cases.get(caseId);
      assertThat(closedNow).isTrue();
      assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(c.stage()).isEqualTo(Stage.CLOSED);
      assertThat(c.closureOutcome()).isEqualTo(ClosureOutcome.COMPLETED_DIRECT);
      assertThat(c.closedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void shouldIgnoreTheSameClosureAgain() {
      // given
      long caseId = cases.createFromReferral(ordinaryCase("Olly Ward", "Pat York")).caseId();
      cases.recordClosure(caseId, ClosureOutcome.WITHDRAWN, LocalDate.of(2026, 6, 1));
      Case closed = cases.get(caseId);

      // when
      boolean closedAgain =
          cases.recordClosure(caseId, ClosureOutcome.WITHDRAWN, LocalDate.of(2026, 6, 2));

      // then
      assertThat(closedAgain).isFalse();
      assertThat(cases.get(caseId)).isEqualTo(closed);
    }

    @Test
    void shouldRefuseAnotherOutcomeForAClosedCase() {
      // given
      long caseId = cases.createFromReferral(ordinaryCase("Quin Ash", "Ray Birch")).caseId();
      cases.recordClosure(caseId, ClosureOutcome.NOT_SUITABLE);

      // when / then
      assertThatThrownBy(() -> cases.recordClosure(caseId, ClosureOutcome.COMPLETED_DIRECT))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already closed as NOT_SUITABLE");
    }

    @Test
    void shouldMoveStageOnlyWhileOpen() {
      // given
      long caseId = cases.createFromReferral(ordinaryCase("Sal Cope", "Tom Dane")).caseId();

      // when
      cases.setStage(caseId, Stage.SCREENING);

      // then
      assertThat(cases.get(caseId).stage()).isEqualTo(Stage.SCREENING);
      cases.recordClosure(caseId, ClosureOutcome.REFERRED_ON);
      assertThatThrownBy(() -> cases.setStage(caseId, Stage.CONTACT))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Withdrawals {

    @Test
    void shouldContinueWhenASupporterWithdraws() {
      // given
      CaseCreated created = cases.createFromReferral(newCase(new Area("BASILDON"), Sensitivity.NONE,
          harmed("Uma Ford", null, null), harmer("Vic Gale", null, null),
          party(PartyRole.SUPPORTER, "Wyn Ford", null, null, false)));
      long supporter = created.partyIds().get(2);

      // when
      Withdrawal withdrawal =
          cases.recordWithdrawal(created.caseId(), supporter, "Moved away");

      // then
      assertThat(withdrawal.canContinue()).isTrue();
      assertThat(withdrawal.role()).isEqualTo(PartyRole.SUPPORTER);
      assertThat(cases.party(supporter).status()).isEqualTo(PartyStatus.WITHDRAWN);
      Consent consent = consents.forParty(supporter).orElseThrow();
      assertThat(consent.withdrawalReason()).isEqualTo("Moved away");
      assertThat(consent.withdrawnOn()).isNotNull();
    }

    @Test
    void shouldNotContinueWhenTheHarmedPersonWithdraws() {
      // given
      CaseCreated created = cases.createFromReferral(ordinaryCase("Xan Hale", "Yas Irwin"));
      long harmedPerson = created.partyIds().get(0);
      consents.recordConsent(harmedPerson, true, LocalDate.of(2026, 2, 1), "Conference", "coord1");

      // when
      var withdrawal = cases.recordWithdrawal(created.caseId(), harmedPerson, "Too upsetting");

      // then
      assertThat(withdrawal.canContinue()).isFalse();
      Consent consent = consents.forParty(harmedPerson).orElseThrow();
      assertThat(consent.given()).isTrue();
      assertThat(consent.isInForce()).isFalse();
    }

    @Test
    void shouldNotContinueWhenTheHarmerWithdraws() {
      // given
      CaseCreated created = cases.createFromReferral(ordinaryCase("Zac Jay", "Abe Kerr"));

      // when / then
      assertThat(cases.recordWithdrawal(created.caseId(), created.partyIds().get(1), "No reason")
              .canContinue())
          .isFalse();
    }

    @Test
    void shouldNotContinueWhenNoHarmerRemainsActive() {
      // given
      CaseCreated created = cases.createFromReferral(newCase(new Area("SOUTHEND"), Sensitivity.NONE,
          harmed("Bea Lamb", null, null), harmer("Cy Mann", null, null),
          party(PartyRole.OTHER_AFFECTED, "Di Lamb", null, null, false)));
      cases.recordDeclined(created.caseId(), created.partyIds().get(1));

      // when
      var withdrawal =
          cases.recordWithdrawal(created.caseId(), created.partyIds().get(2), "Not needed");

      // then
      assertThat(withdrawal.canContinue()).isFalse();
    }

    @Test
    void shouldGiveTheSameAnswerWhenRecordedAgain() {
      // given
      CaseCreated created = cases.createFromReferral(newCase(new Area("BRENTWOOD"), Sensitivity.NONE,
          harmed("Ed Nash", null, null), harmer("Flo Orr", null, null),
          party(PartyRole.SUPPORTER, "Gus Nash", null, null, false)));
      long supporter = created.partyIds().get(2);
      cases.recordWithdrawal(created.caseId(), supporter, "First reason");
      LocalDate firstDate = consents.forParty(supporter).orElseThrow().withdrawnOn();

      // when
      var again = cases.recordWithdrawal(created.caseId(), supporter, "Second reason");

      // then
      assertThat(again.canContinue()).isTrue();
      Consent consent = consents.forParty(supporter).orElseThrow();
      assertThat(consent.withdrawalReason()).isEqualTo("First reason");
      assertThat(consent.withdrawnOn()).isEqualTo(firstDate);
    }

    @Test
    void shouldRefuseAPartyOfAnotherCase() {
      // given
      CaseCreated one = cases.createFromReferral(ordinaryCase("Hana Page", "Ian Rudd"));
      CaseCreated other = cases.createFromReferral(ordinaryCase("Jan Sykes", "Kay Todd"));

      // when / then
      assertThatThrownBy(
              () -> cases.recordWithdrawal(one.caseId(), other.partyIds().get(0), "Mistake"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static int number(String reference) {
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }
}
