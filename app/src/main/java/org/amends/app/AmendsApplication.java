package org.amends.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Amends: casework for a restorative justice and mediation service. */
@SpringBootApplication
public class AmendsApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(AmendsApplication.class);
    application.addListeners(new StartupPreflight());
    application.run(args);
  }
}
