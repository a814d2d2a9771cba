package org.amends.app.notification;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When no SMTP server answers, sending throws (so the worker retries) and leaves no record (so
 * the retry sends). Runs outside a test transaction to see the service's own rollback.
 */
@CaseDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationSmtpDownTest {

  @DynamicPropertySource
  static void noMailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", NotificationSmtpDownTest::closedPort);
    registry.add("amends.mail.catcher.enabled", () -> false);
  }

  @Autowired NotificationService notifications;
  @Autowired CaseService cases;

  @Test
  void shouldThrowAndRecordNothingWhenTheMailServerIsDown() {
    // given: names no other test uses, since this data is committed
    String unique = UUID.randomUUID().toString();
    CaseCreated created = cases.createFromReferral(newCase(new Area("OTHER"), Sensitivity.NONE,
        harmed("Down " + unique, null, unique + "@example.org"),
        harmer("Down harmer " + unique, null, null)));
    EmailRequest request = EmailRequest.of(created.caseId(),
        Recipient.party(created.partyIds().get(0)), EmailTemplate.CONTACT_INVITATION,
        "down:" + unique);

    // when / then
    // (and says which email failed by case and recipient, never by address: it is logged)
    assertThatThrownBy(() -> notifications.send(request)).isInstanceOf(MailException.class)
        .hasMessage("The CONTACT_INVITATION email to party " + created.partyIds().get(0) + " of case "
            + created.reference() + " could not be sent: the mail server could not be reached")
        .hasNoCause();
    assertThat(notifications.sentFor(created.caseId())).isEmpty();
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
