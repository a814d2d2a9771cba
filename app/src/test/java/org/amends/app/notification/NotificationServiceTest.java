package org.amends.app.notification;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.amends.app.casework.CaseFixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.notification.SendResult.Outcome;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sending through a real SMTP server (GreenMail). */
@CaseDataTest
class NotificationServiceTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired NotificationService notifications;
  @Autowired CaseService cases;
  @Autowired FacilitatorService facilitators;

  private CaseCreated created;
  private long harmedPerson;
  private long harmerWithoutEmailConsent;
  private long supporterWithoutAddress;

  @BeforeEach
  void givenACase() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    created = cases.createFromReferral(newCase(new Area("COLCHESTER"), Sensitivity.NONE,
        harmed("Ada Lovell", LocalDate.of(1970, 1, 1), "ada.lovell@example.org"),
        party(PartyRole.HARMER, "Bram Stoke", null, "bram@example.org", false),
        party(PartyRole.SUPPORTER, "Cleo Lovell", null, null, true)));
    harmedPerson = created.partyIds().get(0);
    harmerWithoutEmailConsent = created.partyIds().get(1);
    supporterWithoutAddress = created.partyIds().get(2);
  }

  @Test
  void shouldSendAContactInvitationAndRecordIt() throws Exception {
    // when
    SendResult result = notifications.send(EmailRequest.of(created.caseId(),
        Recipient.party(harmedPerson), EmailTemplate.CONTACT_INVITATION, "job-1:party-1"));

    // then
    assertThat(result.outcome()).isEqualTo(Outcome.SENT);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
    assertThat(mail.to()).isEqualTo("ada.lovell@example.org");
    assertThat(mail.from()).contains("no-reply@amends.local");
    assertThat(mail.subject()).isEqualTo(EmailTemplate.CONTACT_INVITATION.subject());
    assertThat(mail.text())
        .contains("Dear Ada Lovell,", "Reference: " + created.reference(), "01234 567890")
        .doesNotContain("[(", "${");
    assertThat(mail.html())
        .contains("Dear <span>Ada Lovell</span>,", created.reference(), "<html")
        .doesNotContain("th:text", "th:if", "${");
    assertThat(notifications.sentFor(created.caseId()))
        .singleElement()
        .satisfies(record -> {
          assertThat(record.id()).isEqualTo(result.emailRecordId());
          assertThat(record.recipientKind()).isEqualTo(RecipientKind.PARTY);
          assertThat(record.partyId()).isEqualTo(harmedPerson);
          assertThat(record.recipientAddress()).isEqualTo("ada.lovell@example.org");
          assertThat(record.template()).isEqualTo(EmailTemplate.CONTACT_INVITATION);
          assertThat(record.subject()).isEqualTo(EmailTemplate.CONTACT_INVITATION.subject());
          assertThat(record.sentAt()).isNotNull();
          assertThat(record.idempotencyKey()).isEqualTo("job-1:party-1");
        });
  }

  @Test
  void shouldNotEmailAPartyWhoHasNotAgreedToEmailContact() {
    // when
    SendResult result = notifications.send(EmailRequest.of(created.caseId(),
        Recipient.party(harmerWithoutEmailConsent), EmailTemplate.CONTACT_INVITATION, "job-2"));

    // then
    assertThat(result.outcome()).isEqualTo(Outcome.NOT_SENT_NO_EMAIL_CONSENT);
    assertThat(result.delivered()).isFalse();
    assertThat(result.reason()).contains("has not agreed to be contacted by email");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(notifications.sentFor(created.caseId())).isEmpty();
  }

  @Test
  void shouldNotEmailAPartyWithoutAnAddress() {
    // when
    SendResult result = notifications.send(EmailRequest.of(created.caseId(),
        Recipient.party(supporterWithoutAddress), EmailTemplate.CONTACT_INVITATION, "job-3"));

    // then
    assertThat(result.outcome()).isEqualTo(Outcome.NOT_SENT_NO_ADDRESS);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(notifications.sentFor(created.caseId())).isEmpty();
  }

  @Test
  void shouldSendNothingTheSecondTimeWithTheSameKey() {
    // given
    EmailRequest request = EmailRequest.of(created.caseId(), Recipient.party(harmedPerson),
        EmailTemplate.CONTACT_REMINDER, "job-4:party-1");
    SendResult first = notifications.send(request);

    // when
    SendResult second = notifications.send(request);

    // then
    assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_SENT);
    assertThat(second.delivered()).isTrue();
    assertThat(second.emailRecordId()).isEqualTo(first.emailRecordId());
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(notifications.sentFor(created.caseId())).hasSize(1);
  }

  @Test
  void shouldWriteTheMeetingTimeInUkTime() throws Exception {
    // when
    notifications.send(new EmailRequest(created.caseId(), Recipient.party(harmedPerson),
        EmailTemplate.MEETING_INVITATION,
        Map.of("meetingAt", Instant.parse("2026-07-07T13:30:00Z"), "venue", "Colchester Library"),
        "job-5"));

    // then
    ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
    assertThat(mail.text())
        .contains("Tuesday 7 July 2026 at 2:30pm", "Where: Colchester Library",
            "call us.\n\nReference: " + created.reference());
  }

  @Test
  void shouldRefuseARequestMissingWhatItsTemplateNeeds() {
    assertThatThrownBy(() -> notifications.send(EmailRequest.of(created.caseId(),
            Recipient.party(harmedPerson), EmailTemplate.MEETING_INVITATION, "job-6")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meetingAt");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void shouldNotEmailTheReferrerOfASelfReferral() {
    // given
    NewCase selfReferral = newCase(new Area("OTHER"), Sensitivity.NONE,
        harmed("Dot Self", null, "dot@example.org"), harmer("Unknown", null, null));
    long caseId = cases.createFromReferral(new NewCase(
        new ReferralDetails(ReferralSource.SELF, null, LocalDate.of(2026, 2, 2), null, null,
            false, null),
        selfReferral.area(), selfReferral.offenceType(), selfReferral.sensitivity(),
        selfReferral.parties(), null)).caseId();

    // when
    SendResult result = notifications.send(EmailRequest.of(caseId, Recipient.referrer(),
        EmailTemplate.REFERRER_FEEDBACK_REQUEST, "job-7"));

    // then
    assertThat(result.outcome()).isEqualTo(Outcome.NOT_SENT_NO_ADDRESS);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EmailTemplate.class)
  void shouldSendAndRecordEveryTemplate(EmailTemplate template) throws Exception {
    // given
    Recipient recipient = switch (template) {
      case FACILITATOR_ALLOCATION -> Recipient.facilitator(facilitator());
      case REFERRER_FEEDBACK_REQUEST, CASE_CLOSED -> Recipient.referrer();
      default -> Recipient.party(harmedPerson);
    };
    if (template == EmailTemplate.CASE_CLOSED) {
      cases.recordClosure(created.caseId(), ClosureOutcome.COMPLETED_DIRECT);
    }
    Map<String, Object> model = Map.of(
        "meetingAt", Instant.parse("2026-03-03T14:30:00Z"),
        "actionDescription", "Write a letter of apology",
        "actionCompleted", true,
        "caseContinues", false);

    // when
    SendResult result = notifications.send(
        new EmailRequest(created.caseId(), recipient, template, model, "every:" + template));

    // then
    assertThat(result.outcome()).isEqualTo(Outcome.SENT);
    ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
    assertThat(mail.subject()).isEqualTo(template.subject());
    assertThat(mail.text()).contains("Dear ", created.reference()).doesNotContain("[(", "[#");
    assertThat(mail.html()).contains(created.reference()).doesNotContain("th:text", "th:if", "${");
    assertThat(notifications.sentFor(created.caseId()))
        .singleElement()
        .satisfies(record -> {
          assertThat(record.template()).isEqualTo(template);
          assertThat(record.recipientKind()).isEqualTo(recipient.kind());
          assertThat(record.recipientAddress()).isEqualTo(mail.to());
        });
  }

  @Test
  void shouldTellAPartyWhetherTheCaseGoesOnWithoutSayingWhoWithdrew() throws Exception {
    // when
    notifications.send(new EmailRequest(created.caseId(), Recipient.party(harmedPerson),
        EmailTemplate.PARTY_WITHDRAWN, Map.of("caseContinues", true), "withdrawn:goes-on"));
    notifications.send(new EmailRequest(created.caseId(), Recipient.party(harmedPerson),
        EmailTemplate.PARTY_WITHDRAWN, Map.of("caseContinues", false), "withdrawn:ends"));

    // then
    ReceivedMail goesOn = ReceivedMail.of(smtp.getReceivedMessages()[0]);
    ReceivedMail ends = ReceivedMail.of(smtp.getReceivedMessages()[1]);
    assertThat(goesOn.text()).contains("Your case can still go ahead")
        .doesNotContain("cannot go ahead", "Bram", "Cleo");
    assertThat(goesOn.html()).contains("Your case can still go ahead").doesNotContain("cannot go ahead");
    assertThat(ends.text()).contains("your case cannot go ahead").doesNotContain("can still go ahead");
    assertThat(ends.html()).contains("your case cannot go ahead").doesNotContain("can still go ahead");
  }

  private long facilitator() {
    return facilitators.register(Facilitator.of("Fran Kemp", "fran.kemp@volunteers.example",
        LocalDate.of(1980, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("COLCHESTER")))).id();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
