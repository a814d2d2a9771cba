package org.amends.app.consent;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@CaseDataTest
class ConsentServiceTest {

  @Autowired ConsentService consents;
  @Autowired CaseService cases;

  @Test
  void shouldKeepOneConsentPerPartyWithTheLatestAnswer() {
    // given
    long party = cases.createFromReferral(ordinaryCase("Zed Abel", "Ari Bond")).partyIds().get(0);
    consents.recordConsent(party, true, LocalDate.of(2026, 3, 1), "Letters only", "coord1");

    // when
    consents.recordConsent(party, true, LocalDate.of(2026, 3, 2), "Face-to-face meeting", "coord1");

    // then
    Consent consent = consents.forParty(party).orElseThrow();
    assertThat(consent.scope()).isEqualTo("Face-to-face meeting");
    assertThat(consent.isInForce()).isTrue();
  }

  @Test
  void shouldRecordTheFormsAnswerPerParty() {
    // given
    var created = cases.createFromReferral(ordinaryCase("Dot Eade", "Eli Frome"));
    long harmed = created.partyIds().get(0);
    long harmer = created.partyIds().get(1);

    // when
    consents.recordAnswer(harmed, true, "2026-03-27", " Letters only ", "coordinator");
    consents.recordAnswer(harmer, false, null, null, "coordinator");

    // then
    assertThat(consents.forParty(harmed)).hasValueSatisfying(c -> {
      assertThat(c.given()).isTrue();
      assertThat(c.givenOn()).isEqualTo(LocalDate.of(2026, 3, 27));
      assertThat(c.scope()).isEqualTo("Letters only");
      assertThat(c.recordedBy()).isEqualTo("coordinator");
    });
    assertThat(consents.forParty(harmer)).hasValueSatisfying(c -> {
      assertThat(c.given()).isFalse();
      assertThat(c.isInForce()).isFalse();
    });
  }

  @Test
  void shouldSayWhatAGivenConsentLacks() {
    long party = cases.createFromReferral(ordinaryCase("Fay Gale", "Gus Hume")).partyIds().get(0);

    assertThatThrownBy(() -> consents.recordAnswer(party, true, null, "Letters only", "coordinator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consentDate");
    assertThatThrownBy(() -> consents.recordAnswer(party, true, "27/03/2026", "Letters only", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("like 2026-03-27");
    assertThatThrownBy(() -> consents.recordAnswer(party, null, null, null, "coordinator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consentGiven");
  }

  @Test
  void shouldRejectConsentGivenWithoutDateOrScope() {
    long party = cases.createFromReferral(ordinaryCase("Bex Cobb", "Col Dee")).partyIds().get(0);

    assertThatThrownBy(() -> consents.recordConsent(party, true, null, null, "coord1"))
        .hasCauseInstanceOf(DataIntegrityViolationException.class)
        .hasStackTraceContaining("consent_given_is_complete");
  }
}
