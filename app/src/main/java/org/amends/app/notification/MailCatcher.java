package org.amends.app.notification;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * An SMTP server inside the app (GreenMail) that catches the service's emails and logs each
 * one's case reference, recipient (kind and id, from Amends' headers) and subject, never an
 * address, so that sending works on one machine with nothing installed and no email reaches a
 * real person. When its port is taken, something else (Mailpit, MailHog,
 * another Amends) is catching there already: one line says so and the app goes on.
 */
class MailCatcher implements InitializingBean, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(MailCatcher.class);

  private final String host;
  private final int port;
  private GreenMail server;

  MailCatcher(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public void afterPropertiesSet() {
    if (!portFree()) {
      LOG.info("Mail catcher not started: {}:{} is taken, so something else catches email there",
          host, port);
      return;
    }
    GreenMail greenMail = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    UserManager users = greenMail.getUserManager();
    MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler((message, recipient) -> {
      MimeMessage caught = message.getMessage();
      LOG.info("Caught email for {} of case {}: {}", header(caught, NotificationService.RECIPIENT_HEADER),
          header(caught, NotificationService.CASE_HEADER), subject(caught));
      return deliver.handle(message, recipient);
    });
    try {
      greenMail.start();
    } catch (RuntimeException e) {
      // taken between the check and the start
      LOG.info("Mail catcher not started on {}:{}: {}", host, port, e.getMessage());
      return;
    }
    server = greenMail;
    LOG.info("Mail catcher on {}:{}: emails are logged here and go no further", host, port);
  }

  /** True while this catcher runs (false when its port was taken). */
  boolean isRunning() {
    return server != null && server.isRunning();
  }

  /** The emails caught so far. */
  MimeMessage[] caught() {
    return server == null ? new MimeMessage[0] : server.getReceivedMessages();
  }

  @Override
  public void destroy() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private boolean portFree() {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "(subject unreadable)";
    }
  }

  /** A header Amends sets on its emails; another sender's email says "unknown". */
  private static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, ",");
      return value == null ? "unknown" : value;
    } catch (MessagingException e) {
      return "unknown";
    }
  }
}
