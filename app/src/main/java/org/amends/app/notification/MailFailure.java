package org.amends.app.notification;

import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * A failed sending, told without the address. JavaMail's exceptions quote the recipient's
 * address (and the server's answer about it); a worker's failure is logged and becomes an
 * incident, so what is thrown names the case and the recipient by kind and id, and says what went
 * wrong in general terms, without the original exception.
 */
final class MailFailure {

  private MailFailure() {}

  static MailSendException of(MailException e, EmailTemplate template, String recipient, String caseReference) {
    return new MailSendException("The " + template + " email to " + recipient + " of case " + caseReference
        + " could not be sent: " + reason(e));
  }

  /**
   * An email whose sending was cut short after the message was handed over (the connection broke
   * or timed out while or after it went): the server may have delivered it, so it is not sent
   * again, and the job fails without retries, as an incident that asks a person to check.
   */
  static JobError outcomeUnknown(EmailTemplate template, String recipient, String caseReference) {
    return CamundaError.jobError("The " + template + " email to " + recipient + " of case " + caseReference
        + " may or may not have arrived: the sending was cut short after the message went to the mail"
        + " server, and it is not sent twice. Check with the recipient whether it arrived, then"
        + " resolve this incident (the step goes on without sending it again).", null, 0);
  }

  /**
   * Whether the failure left the message with the server, as far as the client can tell: anything
   * but a server that could not be reached, refused the connection or refused the recipient
   * (those fail before the message goes).
   */
  static boolean handedOver(MailException e) {
    List<Throwable> causes = causes(e);
    for (Throwable t : causes) {
      if (recipientRefused(t) || t instanceof ConnectException
          || t instanceof UnknownHostException || t instanceof MailAuthenticationException
          || t instanceof AuthenticationFailedException) {
        return false;
      }
      if (t instanceof MessagingException m && m.getMessage() != null
          && m.getMessage().startsWith("Could not connect to SMTP host")) {
        return false;
      }
    }
    return true;
  }

  /** A recipient refused at RCPT, before the message went (JavaMail also reports later failures as SendFailedException). */
  private static boolean recipientRefused(Throwable t) {
    return t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
        && refused.getInvalidAddresses().length > 0;
  }

  private static List<Throwable> causes(MailException e) {
    List<Throwable> causes = new ArrayList<>();
    chain(e, causes);
    // Spring keeps a refused message's exception beside the exception, not as its cause
    if (e instanceof MailSendException send) {
      for (Exception each : send.getMessageExceptions()) {
        chain(each, causes);
      }
    }
    return causes;
  }

  private static String reason(MailException e) {
    List<Throwable> causes = causes(e);
    for (Throwable t : causes) {
      if (recipientRefused(t)) {
        return "the mail server refused the recipient's address";
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return "the mail server could not be reached";
      }
      if (t instanceof SocketTimeoutException) {
        return "the mail server did not answer in time";
      }
    }
    return "the mail server connection failed (" + causes.get(causes.size() - 1).getClass().getSimpleName() + ")";
  }

  private static void chain(Throwable e, List<Throwable> into) {
    for (Throwable t = e; t != null && !into.contains(t); t = t.getCause()) {
      into.add(t);
    }
  }
}
