package org.amends.app;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before the app starts: the ports it needs are free and a configured database answers, or the
 * start ends with one line that names the port or the URL. Once started: the URLs to open.
 */
class StartupPreflight implements ApplicationListener<SpringApplicationEvent> {

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      check(prepared.getEnvironment());
    } else if (event instanceof ApplicationReadyEvent ready) {
      announce(ready.getApplicationContext().getEnvironment());
    }
  }

  private static void check(Environment env) {
    org.amends.app.engine.EmbeddedEngineBootstrap.preflight(env);
  }

  private static void announce(Environment env) {
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    System.out.println();
    System.out.println("Amends is running:           http://localhost:" + port + "/");
    System.out.println("Health:                      http://localhost:" + port + "/actuator/health");
    if (env.getProperty("amends.engine.embedded", Boolean.class, true)) {
      System.out.println(
          "Engine REST API (Camunda 8): "
              + env.getProperty("camunda.client.rest-address", "http://127.0.0.1:8088")
              + "/v2 (asks for the engine credential, amends.engine.auth.*)");
    }
    System.out.println();
  }
}
