package org.amends.app.consent;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.amends.app.casework.CaseFixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@CaseDataTest
@Import(DeclinedConsentWorker.class)
class DeclinedConsentWorkerTest {

  @Autowired DeclinedConsentWorker worker;
  @Autowired CaseService cases;

  long caseId;
  List<Object> participantIds;

  @BeforeEach
  void givenACaseWithASupporter() {
    NewCase referral = ordinaryCase("Kay Lowe", "Lev Dunn");
    List<NewParty> parties = new ArrayList<>(referral.parties());
    parties.add(party(PartyRole.SUPPORTER, "Mo Lowe", null, null, false));
    CaseCreated created = cases.createFromReferral(new NewCase(referral.referral(), referral.area(),
        referral.offenceType(), referral.sensitivity(), parties, null));
    caseId = created.caseId();
    // participants in the order the process holds them: harmer first, then harmed, then supporter
    participantIds = List.of(created.partyIds().get(1), created.partyIds().get(0).intValue(),
        String.valueOf(created.partyIds().get(2)));
  }

  @Test
  void shouldCloseAsDeclinedByTheHarmedPersonMatchingConsentsToParticipantsInOrder() {
    assertThat(worker.recordDeclinedConsent(caseId, participantIds, List.of(true, false, true)))
        .containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMED"));
  }

  @Test
  void shouldCloseAsDeclinedByTheHarmer() {
    assertThat(worker.recordDeclinedConsent(caseId, participantIds, listOf(false, true, true)))
        .containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMER"));
  }

  @Test
  void shouldCountTheHarmedPersonFirstWhenBothDeclined() {
    assertThat(worker.recordDeclinedConsent(caseId, participantIds, listOf(false, null, true)))
        .containsExactly(Map.entry("closureOutcome", "DECLINED_BY_HARMED"));
  }

  @Test
  void shouldRaiseAnIncidentWhenOnlyTheSupporterDeclined() {
    assertThatThrownBy(() -> worker.recordDeclinedConsent(caseId, participantIds, listOf(true, true, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only another participant did not");
  }

  @Test
  void shouldFailWhenTheAnswersDoNotMatchTheParticipants() {
    assertThatThrownBy(() -> worker.recordDeclinedConsent(caseId, participantIds, listOf(true)))
        .hasMessageContaining("3 participants but 1 consent answers");
  }

  /** Like the engine's list: may hold null (a form left unanswered). */
  private static List<Object> listOf(Boolean... answers) {
    return new ArrayList<>(java.util.Arrays.asList((Object[]) answers));
  }
}
