package org.amends.app.casework;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.amends.app.casework.CaseFixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.amends.app.consent.ConsentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The casework workers that decide, called directly against the real services on PostgreSQL. */
@CaseDataTest
@Import({ContactOutcomeWorker.class, RiskClosureWorker.class, WithdrawalWorker.class})
class CaseworkWorkersTest {

  @Autowired ContactOutcomeWorker contactOutcomes;
  @Autowired RiskClosureWorker riskClosure;
  @Autowired WithdrawalWorker withdrawal;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired ConsentService consents;

  long caseId;
  long harmed;
  long harmer;
  long supporter;

  @BeforeEach
  void givenACase() {
    NewCase referral = ordinaryCase("Hana Reed", "Ivo Marsh");
    List<NewParty> parties = new java.util.ArrayList<>(referral.parties());
    parties.add(party(PartyRole.SUPPORTER, "Jess Reed", null, null, false));
    CaseCreated created = cases.createFromReferral(new NewCase(referral.referral(), referral.area(),
        referral.offenceType(), referral.sensitivity(), parties, null));
    caseId = created.caseId();
    harmed = created.partyIds().get(0);
    harmer = created.partyIds().get(1);
    supporter = created.partyIds().get(2);
  }

  private static Map<String, Object> answer(long partyId, String outcome) {
    // as the engine hands them over: JSON numbers that fit an int arrive as Integer
    return Map.of("partyId", (int) partyId, "outcome", outcome);
  }

  /** The harmer's answer: whether they accept responsibility is asked when they agree. */
  private static Map<String, Object> harmerAgreed(long partyId, boolean acceptsResponsibility) {
    return Map.of("partyId", (int) partyId, "outcome", "AGREED",
        "acceptsResponsibility", acceptsResponsibility);
  }

  private Map<String, Object> review(List<Map<String, Object>> answers) {
    return contactOutcomes.reviewContactOutcomes(21L, caseId, answers);
  }

  @Nested
  class ReviewContactOutcomes {

    @Test
    void shouldGoOnWhenTheHarmedPersonAndTheHarmerAgreed() {
      Map<String, Object> result = review(List.of(
          answer(harmed, "AGREED"), harmerAgreed(harmer, true), answer(supporter, "DECLINED")));

      assertThat(result).isEmpty();
      assertThat(cases.get(caseId).stage()).isEqualTo(Stage.ASSESSMENT);
      assertThat(cases.party(supporter).status()).isEqualTo(PartyStatus.DECLINED);
    }

    @Test
    void shouldCloseAsDeclinedByTheHarmedPersonBeforeAnythingElse() {
      Map<String, Object> result = review(List.of(
          answer(harmed, "DECLINED"), answer(harmer, "DECLINED")));

      assertThat(result).containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMED"));
      assertThat(cases.party(harmed).status()).isEqualTo(PartyStatus.DECLINED);
      assertThat(cases.party(harmer).status()).isEqualTo(PartyStatus.DECLINED);
    }

    @Test
    void shouldCloseAsDeclinedByTheHarmerWhenTheHarmedPersonAgreed() {
      assertThat(review(List.of(
              answer(harmed, "AGREED"), answer(harmer, "DECLINED"))))
          .containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMER"));
    }

    @Test
    void shouldPreferARefusalToNoAnswer() {
      assertThat(review(List.of(
              answer(harmed, "NO_CONTACT"), answer(harmer, "DECLINED"))))
          .containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMER"));
    }

    @Test
    void shouldCloseAsNoContactWhenAPrincipalNeverAnswered() {
      assertThat(review(List.of(
              answer(harmed, "AGREED"), answer(harmer, "NO_CONTACT"))))
          .containsExactly(Map.entry("closureOutcome", "NO_CONTACT"));
    }

    @Test
    void shouldGoOnWhenOnlyASupporterCouldNotBeReached() {
      assertThat(review(List.of(
              answer(harmed, "AGREED"), harmerAgreed(harmer, true), answer(supporter, "NO_CONTACT"))))
          .isEmpty();
    }

    @Test
    void shouldCloseAsNotSuitableWithANoteWhenTheHarmerDoesNotAcceptResponsibility() {
      Map<String, Object> result = review(List.of(
          answer(harmed, "AGREED"), harmerAgreed(harmer, false)));

      assertThat(result).containsExactly(Map.entry("closureOutcome", "NOT_SUITABLE"));
      assertThat(records.notes(caseId)).extracting(CaseNote::text)
          .containsExactly(ContactReview.NO_RESPONSIBILITY_NOTE);
      assertThat(cases.get(caseId).stage()).isNotEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void shouldPreferTheRefusalOfResponsibilityToNoAnswer() {
      assertThat(review(List.of(answer(harmed, "NO_CONTACT"), harmerAgreed(harmer, false))))
          .containsExactly(Map.entry("closureOutcome", "NOT_SUITABLE"));
    }

    @Test
    void shouldCountTheHarmedPersonsRefusalBeforeTheHarmers() {
      assertThat(review(List.of(answer(harmed, "DECLINED"), harmerAgreed(harmer, false))))
          .containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMED"));
    }

    @Test
    void shouldAddOneNoteWhenTheReviewIsRetried() {
      review(List.of(answer(harmed, "AGREED"), harmerAgreed(harmer, false)));
      review(List.of(answer(harmed, "AGREED"), harmerAgreed(harmer, false)));

      assertThat(records.notes(caseId)).hasSize(1);
    }

    @Test
    void shouldFailWhenAHarmerWhoAgreedWasNotAskedAboutResponsibility() {
      assertThatThrownBy(() -> review(List.of(answer(harmed, "AGREED"), answer(harmer, "AGREED"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("acceptsResponsibility");
    }

    @Test
    void shouldFailOnAnUnknownOutcome() {
      assertThatThrownBy(() -> review(List.of(
              answer(harmed, "MAYBE"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AGREED, DECLINED or NO_CONTACT");
    }
  }

  @Nested
  class RecordRiskClosure {

    @Test
    void shouldReferOnWhenTheAssessmentSaysReferOn() {
      assertThat(riskClosure.recordRiskClosure(11L, caseId, "REFER_ON"))
          .containsExactly(Map.entry("closureOutcome", "REFERRED_ON"));
      assertThat(records.notes(caseId)).extracting(CaseNote::text)
          .containsExactly("The risk assessment decided to refer on; the assessment’s note says why.");
    }

    @Test
    void shouldCloseAsNotSuitableWhenTheAssessmentSaysClose() {
      assertThat(riskClosure.recordRiskClosure(12L, caseId, "CLOSE"))
          .containsExactly(Map.entry("closureOutcome", "NOT_SUITABLE"));
    }

    @Test
    void shouldAddOneNoteWhenTheJobIsRetried() {
      riskClosure.recordRiskClosure(13L, caseId, "CLOSE");
      riskClosure.recordRiskClosure(13L, caseId, "CLOSE");

      assertThat(records.notes(caseId)).hasSize(1);
    }

    @Test
    void shouldFailForAnOutcomeThatDoesNotStopTheCase() {
      assertThatThrownBy(() -> riskClosure.recordRiskClosure(14L, caseId, "PROCEED"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class RecordWithdrawal {

    @Test
    void shouldContinueWhenASupporterWithdrawsAndKeepTheReasonTheRequestHolds() {
      long request = cases.requestWithdrawal(caseId, supporter, "Moved away", "coordinator").id();

      assertThat(withdrawal.recordWithdrawal(caseId, (int) supporter, String.valueOf(request)))
          .containsExactly(Map.entry("canContinue", true));
      assertThat(cases.party(supporter).status()).isEqualTo(PartyStatus.WITHDRAWN);
      assertThat(consents.forParty(supporter)).hasValueSatisfying(
          c -> assertThat(c.withdrawalReason()).isEqualTo("Moved away"));
    }

    @Test
    void shouldNotContinueWhenTheHarmerWithdraws() {
      assertThat(withdrawal.recordWithdrawal(caseId, String.valueOf(harmer), null))
          .containsExactly(Map.entry("canContinue", false));
    }

    @Test
    void shouldGiveTheSameAnswerWhenTheJobIsRetried() {
      withdrawal.recordWithdrawal(caseId, harmed, null);

      assertThat(withdrawal.recordWithdrawal(caseId, harmed, null))
          .containsExactly(Map.entry("canContinue", false));
    }

    @Test
    void shouldRefuseARequestAboutAnotherParty() {
      long request = cases.requestWithdrawal(caseId, supporter, "Moved away", "coordinator").id();

      assertThatThrownBy(() -> withdrawal.recordWithdrawal(caseId, harmed, request))
          .hasMessage("Withdrawal request " + request + " is not about party " + harmed + " of case " + caseId);
      assertThat(cases.party(harmed).status()).isEqualTo(PartyStatus.ACTIVE);
    }

    @Test
    void shouldFailWithoutTheWithdrawnParty() {
      assertThatThrownBy(() -> withdrawal.recordWithdrawal(caseId, null, null))
          .hasMessageContaining("withdrawnPartyId");
    }
  }
}
