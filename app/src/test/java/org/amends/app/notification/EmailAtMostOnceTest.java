package org.amends.app.notification;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.JobError;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Sensitivity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An email goes at most once per idempotency key (for a worker: its job and recipient), even when
 * the job is retried after the mail server took the message: the claim is committed before the
 * message goes. Runs outside a test transaction, as the job workers do.
 */
@CaseDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class EmailAtMostOnceTest {

  private static final FlakySmtpServer SMTP = new FlakySmtpServer();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::port);
    registry.add("amends.mail.catcher.enabled", () -> false);
  }

  @AfterAll
  static void stopServer() throws Exception {
    SMTP.close();
  }

  @Autowired NotificationService notifications;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;

  private CaseCreated created;
  private EmailRequest request;

  @BeforeEach
  void givenACaseWithAPartyWhoAgreedToEmail() {
    SMTP.dropAfterData(false);
    String unique = UUID.randomUUID().toString();
    created = cases.createFromReferral(newCase(new Area("OTHER"), Sensitivity.NONE,
        harmed("Once " + unique, null, unique + "@example.org"),
        harmer("Once harmer " + unique, null, null)));
    request = EmailRequest.of(created.caseId(), Recipient.party(created.partyIds().get(0)),
        EmailTemplate.CONTACT_INVITATION, "job-" + unique + ":party");
  }

  @Test
  void shouldNotSendAgainWhenTheConnectionBrokeAfterTheMessageWentAndRaiseAnIncidentInstead() {
    SMTP.dropAfterData(true);
    int before = SMTP.messagesReceived();

    assertThatThrownBy(() -> notifications.send(request))
        .isInstanceOfSatisfying(JobError.class, e -> {
          assertThat(e.getRetries()).as("retries left: an incident, not a retry").isZero();
          assertThat(e.getErrorMessage()).isEqualTo("The CONTACT_INVITATION email to party "
              + created.partyIds().get(0) + " of case " + created.reference() + " may or may not have"
              + " arrived: the sending was cut short after the message went to the mail server, and it"
              + " is not sent twice. Check with the recipient whether it arrived, then resolve this"
              + " incident (the step goes on without sending it again).");
        });
    assertThat(delivery()).isEqualTo("UNCERTAIN");

    // the incident is resolved and the job retried: the server works again, nothing more is sent
    SMTP.dropAfterData(false);
    assertThat(notifications.send(request).outcome()).isEqualTo(SendResult.Outcome.ALREADY_SENT);
    assertThat(SMTP.messagesReceived() - before).isEqualTo(1);
  }

  @Test
  void shouldNotSendAgainWhenTheAttemptThatClaimedItDiedWhileSending() {
    // an attempt claimed the email and the app was killed before it could say whether it went
    jdbc.sql("""
            insert into amends.email_record (case_id, recipient_kind, party_id, recipient_address,
              template, subject, sent_at, idempotency_key, delivery)
            values (:caseId, 'PARTY', :partyId, 'someone@example.org', 'CONTACT_INVITATION',
              'subject', :claimedAt, :key, 'SENDING')""")
        .param("caseId", created.caseId())
        .param("partyId", created.partyIds().get(0))
        .param("claimedAt", Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES)))
        .param("key", request.idempotencyKey())
        .update();
    int before = SMTP.messagesReceived();

    assertThatThrownBy(() -> notifications.send(request))
        .isInstanceOfSatisfying(JobError.class, e -> assertThat(e.getRetries()).isZero());
    assertThat(delivery()).isEqualTo("UNCERTAIN");
    assertThat(SMTP.messagesReceived()).isEqualTo(before);
  }

  @Test
  void shouldLeaveAnEmailBeingSentByAnotherAttemptToThatAttempt() {
    jdbc.sql("""
            insert into amends.email_record (case_id, recipient_kind, party_id, recipient_address,
              template, subject, sent_at, idempotency_key, delivery)
            values (:caseId, 'PARTY', :partyId, 'someone@example.org', 'CONTACT_INVITATION',
              'subject', now(), :key, 'SENDING')""")
        .param("caseId", created.caseId())
        .param("partyId", created.partyIds().get(0))
        .param("key", request.idempotencyKey())
        .update();
    int before = SMTP.messagesReceived();

    assertThatThrownBy(() -> notifications.send(request))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("is being sent by another attempt");
    assertThat(delivery()).isEqualTo("SENDING");
    assertThat(SMTP.messagesReceived()).isEqualTo(before);
  }

  @Test
  void shouldMarkAnEmailTheServerAcceptedAsSentAndSendItOnce() {
    int before = SMTP.messagesReceived();

    assertThat(notifications.send(request).outcome()).isEqualTo(SendResult.Outcome.SENT);
    assertThat(notifications.send(request).outcome()).isEqualTo(SendResult.Outcome.ALREADY_SENT);

    assertThat(delivery()).isEqualTo("SENT");
    assertThat(SMTP.messagesReceived() - before).isEqualTo(1);
  }

  private String delivery() {
    return jdbc.sql("select delivery from amends.email_record where idempotency_key = :key")
        .param("key", request.idempotencyKey()).query(String.class).single();
  }
}
