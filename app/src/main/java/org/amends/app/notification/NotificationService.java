package org.amends.app.notification;

import org.amends.app.areas.ServiceChoices;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.notification.SendResult.Outcome;
import org.amends.app.referral.Referral;
import org.amends.app.referral.ReferralService;
import org.amends.app.referral.Referrer;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the service's emails and records each one against its case.
 *
 * <p>A party is emailed only when they agreed to email contact and gave an address; otherwise
 * the result says why and nothing is sent. The idempotency key is claimed (the record inserted)
 * before the message goes, in the same transaction: a retried job finds the record and sends
 * nothing, a concurrent duplicate waits on the row and then fails, and a failed sending rolls
 * the record back so that the retry sends it. SMTP failures are thrown as Spring's {@code
 * MailException}, for the worker to retry, saying what failed without the address (see {@link
 * MailFailure}).
 */
@Service
public class NotificationService {

  /** The case reference of an email, for logs (the mail catcher's) that must not name anyone. */
  static final String CASE_HEADER = "X-Amends-Case";

  /** Who an email is for, as {@link #describe(Recipient)} says it. */
  static final String RECIPIENT_HEADER = "X-Amends-Recipient";

  /**
   * Longer than any one sending takes (the SMTP connect, read and write timeouts together, 25 s), so
   * a claim older than this was left by an attempt that died. Shorter than the job timeout
   * ({@code camunda.client.worker.defaults.timeout}), so the job of an app that died mid-sending
   * comes back after the lease has run out and settles the claim at once.
   */
  static final Duration SENDING_LEASE = Duration.ofMinutes(1);

  private final EmailClaims claims;
  private final EmailRecordRepository records;
  private final CaseService cases;
  private final FacilitatorService facilitators;
  private final ReferralService referrals;
  private final MailRenderer renderer;
  private final JavaMailSender mailSender;
  private final MailSettings settings;
  private final Clock clock;
  private final ServiceChoices choices;

  NotificationService(
      EmailClaims claims,
      EmailRecordRepository records,
      CaseService cases,
      FacilitatorService facilitators,
      ReferralService referrals,
      MailRenderer renderer,
      JavaMailSender mailSender,
      MailSettings settings,
      Clock clock,
      ServiceChoices choices) {
    this.choices = choices;
    this.claims = claims;
    this.records = records;
    this.cases = cases;
    this.facilitators = facilitators;
    this.referrals = referrals;
    this.renderer = renderer;
    this.mailSender = mailSender;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Sends the email unless its idempotency key was used before. Called outside a transaction (as
   * the job workers do), the record is committed as a claim before the message goes and marked
   * sent after, so the email goes at most once even when the job is retried after the mail server
   * accepted it: see {@link #settleEarlier}.
   */
  public SendResult send(EmailRequest request) {
    Optional<EmailRecord> earlier = claims.find(request.idempotencyKey());
    if (earlier.isPresent()) {
      return settleEarlier(earlier.get());
    }
    requireModel(request);
    Case c = cases.get(request.caseId());
    if (request.template() == EmailTemplate.CASE_CLOSED && c.isOpen()) {
      throw new IllegalStateException("Case " + c.reference() + " is not closed yet");
    }
    Addressee to = addressee(request.caseId(), request.recipient());
    if (to.refusal() != null) {
      return to.refusal();
    }
    MailRenderer.Rendered body = renderer.render(request.template(), model(request, c, to));
    EmailClaims.Claim claim = claims.claim(
        new EmailRecord(null, c.id(), request.recipient().kind(),
            request.recipient().partyId(), request.recipient().facilitatorId(), to.address(),
            request.template(), request.template().subject(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            request.idempotencyKey(), EmailDelivery.SENDING));
    if (!claim.ours()) {
      return settleEarlier(claim.record());
    }
    EmailRecord record = claim.record();
    try {
      mailSender.send(message(to, request.template().subject(), body, c.reference(), request.recipient()));
    } catch (MailException e) {
      if (MailFailure.handedOver(e)) {
        claims.settle(record, EmailDelivery.UNCERTAIN);
        throw MailFailure.outcomeUnknown(request.template(), describe(request.recipient()), c.reference());
      }
      claims.release(record);
      throw MailFailure.of(e, request.template(), describe(request.recipient()), c.reference());
    }
    claims.settle(record, EmailDelivery.SENT);
    return SendResult.sent(record.id());
  }

  /**
   * A key used before: sent, or cut short after the message was handed over (it may have arrived),
   * sends nothing again. A claim still SENDING is another attempt at work now, unless it is older
   * than any sending can take: then that attempt died mid-sending and whether the email arrived
   * cannot be known, which becomes an incident for a person to check, not a second email.
   */
  private SendResult settleEarlier(EmailRecord earlier) {
    if (earlier.delivery() != EmailDelivery.SENDING) {
      return SendResult.alreadySent(earlier.id());
    }
    Case c = cases.get(earlier.caseId());
    String recipient = describe(new Recipient(earlier.recipientKind(), earlier.partyId(), earlier.facilitatorId()));
    if (earlier.sentAt().plus(SENDING_LEASE).isAfter(clock.instant())) {
      throw new IllegalStateException("The " + earlier.template() + " email to " + recipient + " of case "
          + c.reference() + " is being sent by another attempt");
    }
    claims.settle(earlier, EmailDelivery.UNCERTAIN);
    throw MailFailure.outcomeUnknown(earlier.template(), recipient, c.reference());
  }

  /** The emails sent for a case, oldest first. */
  public List<EmailRecord> sentFor(long caseId) {
    return records.findByCaseIdOrderBySentAt(caseId);
  }

  private record Addressee(String name, String address, SendResult refusal) {

    static Addressee refused(Outcome outcome, String reason) {
      return new Addressee(null, null, SendResult.refused(outcome, reason));
    }
  }

  private Addressee addressee(long caseId, Recipient recipient) {
    return switch (recipient.kind()) {
      case PARTY -> partyAddressee(caseId, recipient.partyId());
      case FACILITATOR -> {
        Facilitator f = facilitators.get(recipient.facilitatorId());
        yield new Addressee(f.name(), f.email(), null);
      }
      case REFERRER -> referrerAddressee(caseId);
    };
  }

  private Addressee partyAddressee(long caseId, long partyId) {
    Party party = cases.party(partyId);
    if (party.caseId() != caseId) {
      throw new IllegalArgumentException("Party " + partyId + " is not in case " + caseId);
    }
    if (!party.emailContactAgreed()) {
      return Addressee.refused(Outcome.NOT_SENT_NO_EMAIL_CONSENT,
          "Party " + partyId + " has not agreed to be contacted by email");
    }
    if (party.email() == null || party.email().isBlank()) {
      return Addressee.refused(Outcome.NOT_SENT_NO_ADDRESS,
          "Party " + partyId + " has no email address");
    }
    return new Addressee(party.name(), party.email(), null);
  }

  private Addressee referrerAddressee(long caseId) {
    Optional<Referrer> referrer = referrals.forCase(caseId).map(Referral::referrer);
    if (referrer.isEmpty() || !referrer.get().hasEmail()) {
      return Addressee.refused(Outcome.NOT_SENT_NO_ADDRESS,
          "The referrer of case " + caseId + " has no email address");
    }
    return new Addressee(referrer.get().name(), referrer.get().email(), null);
  }

  private static void requireModel(EmailRequest request) {
    for (String name : request.template().requiredModel()) {
      if (request.model().get(name) == null) {
        throw new IllegalArgumentException(
            "The " + request.template() + " email needs '" + name + "' in its model");
      }
    }
  }

  /** The caller's entries, times in UK time, and what every email shows. */
  private Map<String, Object> model(EmailRequest request, Case c, Addressee to) {
    Map<String, Object> model = new HashMap<>();
    request.model().forEach((name, value) ->
        model.put(name, value instanceof Instant instant ? instant.atZone(clock.getZone()) : value));
    model.put("recipientName", to.name());
    model.put("caseReference", c.reference());
    model.put("caseArea", choices.areaName(c.area()));
    if (c.closureOutcome() != null) {
      model.put("closureOutcome", ClosureWording.of(c.closureOutcome()));
    }
    model.put("serviceName", settings.serviceName());
    model.put("contactEmail", settings.contactEmail());
    model.put("contactPhone", settings.contactPhone());
    return model;
  }

  /**
   * The email, with the case's reference and the recipient's kind and id in headers: what a log
   * line about it may say instead of the address.
   */
  private MimeMessage message(Addressee to, String subject, MailRenderer.Rendered body,
      String caseReference, Recipient recipient) {
    MimeMessage message = mailSender.createMimeMessage();
    String who = describe(recipient);
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(to.address());
      helper.setSubject(subject);
      helper.setText(body.text(), body.html());
      message.setHeader(CASE_HEADER, caseReference);
      message.setHeader(RECIPIENT_HEADER, who);
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not build the email to " + who + " of case " + caseReference, e);
    }
    return message;
  }

  /** "party 12", "facilitator 3", "referrer": who, without their name or address. */
  static String describe(Recipient recipient) {
    return switch (recipient.kind()) {
      case PARTY -> "party " + recipient.partyId();
      case FACILITATOR -> "facilitator " + recipient.facilitatorId();
      case REFERRER -> "referrer";
    };
  }
}
