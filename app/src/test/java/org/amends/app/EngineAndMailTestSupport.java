package org.amends.app;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real app as in {@link EmbeddedEngineTestSupport}, with its email going to a real SMTP
 * server (GreenMail) on a free port: for tests that let the journey's job workers run.
 */
public abstract class EngineAndMailTestSupport extends EmbeddedEngineTestSupport {

  protected static final int SMTP_PORT = freePort();

  @RegisterExtension
  protected static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }
}
