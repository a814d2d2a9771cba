package org.amends.app.casework;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One throw-away PostgreSQL (real binaries) for the case-data tests of this JVM, in its own
 * temporary directory, so these tests never contend for the app's data directory.
 */
public final class TestPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres postgres;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres"),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")
        .applyTo(context);
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start a test PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
    }
    return postgres;
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is ending; the temporary directory goes with it
    }
  }
}
