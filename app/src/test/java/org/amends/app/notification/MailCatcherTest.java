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
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

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
      send(port, "wren@example.org", "Restorative justice: we would like to talk to you");

      // then
      assertThat(catcher.isRunning()).isTrue();
      assertThat(catcher.caught()).hasSize(1);
      assertThat(output.getOut())
          .contains("Caught email to wren@example.org: Restorative justice: we would like to talk to you");
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

  private static void send(int port, String to, String subject) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom("no-reply@amends.local");
    message.setTo(to);
    message.setSubject(subject);
    message.setText("Hello");
    sender.send(message);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
