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
  void shouldRejectConsentGivenWithoutDateOrScope() {
    long party = cases.createFromReferral(ordinaryCase("Bex Cobb", "Col Dee")).partyIds().get(0);

    assertThatThrownBy(() -> consents.recordConsent(party, true, null, null, "coord1"))
        .hasCauseInstanceOf(DataIntegrityViolationException.class)
        .hasStackTraceContaining("consent_given_is_complete");
  }
}
