package org.amends.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The development users exist only in the development profile, never in production. */
class ProfilesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SecuritySettings.class)
  static class SettingsOnly {}

  @Test
  void shouldSignNobodyInWithTheProductionProfile() {
    try (ConfigurableApplicationContext context = settings("prod")) {
      SecuritySettings settings = context.getBean(SecuritySettings.class);
      assertThat(settings.users()).isEmpty();
      assertThat(settings.partners()).isEmpty();
      assertThat(context.getEnvironment().getProperty("amends.mail.catcher.enabled")).isEqualTo("false");
    }
  }

  @Test
  void shouldOfferTheDocumentedDevelopmentUsersByDefault() {
    try (ConfigurableApplicationContext context = settings()) {
      assertThat(context.getBean(SecuritySettings.class).users())
          .extracting(SecuritySettings.StaffUser::username)
          .containsExactly("coordinator", "coordinator2", "facilitator", "manager", "monitor");
    }
  }

  private static ConfigurableApplicationContext settings(String... profiles) {
    return new SpringApplicationBuilder(SettingsOnly.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles)
        .logStartupInfo(false)
        .run();
  }
}
