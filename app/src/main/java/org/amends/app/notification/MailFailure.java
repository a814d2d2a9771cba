package org.amends.app.notification;

import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
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

  private static String reason(MailException e) {
    List<Throwable> causes = new ArrayList<>();
    chain(e, causes);
    // Spring keeps a refused message's exception beside the exception, not as its cause
    if (e instanceof MailSendException send) {
      for (Exception each : send.getMessageExceptions()) {
        chain(each, causes);
      }
    }
    for (Throwable t : causes) {
      if (t instanceof SendFailedException) {
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
