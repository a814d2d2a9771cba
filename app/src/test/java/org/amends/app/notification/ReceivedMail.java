package org.amends.app.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;

/** The plain-text and HTML bodies of a received multipart email. */
public record ReceivedMail(String subject, String to, String from, String text, String html) {

  public static ReceivedMail of(MimeMessage message) throws Exception {
    return new ReceivedMail(message.getSubject(), message.getAllRecipients()[0].toString(),
        message.getFrom()[0].toString(), find(message, "text/plain").orElse(null),
        find(message, "text/html").orElse(null));
  }

  private static Optional<String> find(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      // SMTP carries CRLF line ends; compare with the templates' LF
      return Optional.of(((String) part.getContent()).replace("\r\n", "\n"));
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        Optional<String> found = find(child, type);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
