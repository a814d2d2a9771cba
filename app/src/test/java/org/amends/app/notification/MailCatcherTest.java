package org.amends.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

@ExtendWith(OutputCaptureExtension.class)
class MailCatcherTest {

  @Test
  void shouldCatchAndLogEachEmail(CapturedOutput output) {
    // given
    int port = freePort();
    MailCatcher catcher = new MailCatcher("127.0.0.1", port);
    catcher.afterPropertiesSet();
    try {
      // when
      send(port, "wren@example.org", "Restorative justice: we would like to talk to you", true);
      send(port, "someone@example.org", "Not from Amends", false);

      // then it says which case and which party, never the address
      assertThat(catcher.isRunning()).isTrue();
      assertThat(catcher.caught()).hasSize(2);
      String catchersLines = output.getOut().lines().filter(line -> line.contains("MailCatcher"))
          .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(catchersLines)
          .contains("Caught email for party 12 of case RJ-2026-00042: Restorative justice: we would like to talk to you")
          .contains("Caught email for unknown of case unknown: Not from Amends")
          .doesNotContain("wren@example.org", "someone@example.org");
    } finally {
      catcher.destroy();
    }
  }

  @Test
  void shouldLogOneLineAndGoOnWhenThePortIsTaken(CapturedOutput output) throws Exception {
    // given something else listening on the port
    try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      MailCatcher catcher = new MailCatcher("127.0.0.1", other.getLocalPort());

      // when
      catcher.afterPropertiesSet();

      // then
      assertThat(catcher.isRunning()).isFalse();
      assertThat(output.getOut())
          .contains("Mail catcher not started: 127.0.0.1:" + other.getLocalPort() + " is taken");
      catcher.destroy();
    }
  }

  private final ApplicationContextRunner app = new ApplicationContextRunner()
      .withUserConfiguration(MailCatcherConfiguration.class)
      .withPropertyValues("spring.mail.port=" + freePort());

  @Test
  void shouldRunWhenSwitchedOnAndTheMailHostIsThisMachine() {
    app.withPropertyValues("spring.mail.host=localhost", "amends.mail.catcher.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(MailCatcher.class));
    app.withPropertyValues("spring.mail.host=127.0.0.1", "amends.mail.catcher.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(MailCatcher.class));
  }

  @Test
  void shouldNotRunUnlessSwitchedOn() {
    app.withPropertyValues("spring.mail.host=localhost")
        .run(context -> assertThat(context).doesNotHaveBean(MailCatcher.class));
  }

  @Test
  void shouldNotRunForARealMailServerOrWhenSwitchedOff() {
    app.withPropertyValues("spring.mail.host=smtp.example.org", "amends.mail.catcher.enabled=true")
        .run(context -> assertThat(context).doesNotHaveBean(MailCatcher.class));
    app.withPropertyValues("spring.mail.host=localhost", "amends.mail.catcher.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(MailCatcher.class));
  }

  /** An email, with the headers NotificationService sets when {@code fromAmends}. */
  private static void send(int port, String to, String subject, boolean fromAmends) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.send(message -> {
      MimeMessageHelper helper = new MimeMessageHelper(message);
      helper.setFrom("no-reply@amends.local");
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText("Hello");
      if (fromAmends) {
        message.setHeader(NotificationService.CASE_HEADER, "RJ-2026-00042");
        message.setHeader(NotificationService.RECIPIENT_HEADER, "party 12");
      }
    });
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
