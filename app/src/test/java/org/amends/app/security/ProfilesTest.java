package org.amends.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * No profile is production: no development accounts, no partner key, no mail catcher. The
 * development accounts come only with the development profile, which listens on loopback only;
 * a plain-text {noop} password stops any other start.
 */
class ProfilesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SecuritySettings.class)
  @Import({ConfiguredUsers.class, DevelopmentLoopbackGuard.class})
  static class SettingsOnly {}

  @Test
  void shouldSignNobodyInAndCatchNoMailWithoutAProfile() {
    try (ConfigurableApplicationContext context = start()) {
      SecuritySettings settings = context.getBean(SecuritySettings.class);
      assertThat(settings.users()).isEmpty();
      assertThat(settings.partners()).isEmpty();
      assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
      assertThat(context.getEnvironment().getProperty("amends.mail.catcher.enabled")).isEqualTo("false");
      assertThat(context.getEnvironment().getProperty("server.address")).isNull();
      assertThat(context.getBeansOfType(DevelopmentLoopbackGuard.class)).isEmpty();
    }
  }

  @Test
  void shouldSignNobodyInWithTheProductionProfile() {
    try (ConfigurableApplicationContext context = start("prod")) {
      assertThat(context.getBean(SecuritySettings.class).users()).isEmpty();
      assertThat(context.getEnvironment().getProperty("amends.mail.catcher.enabled")).isEqualTo("false");
      assertThat(context.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }
  }

  @Test
  void shouldOfferTheDocumentedDevelopmentUsersOnLoopbackOnlyWithTheDevelopmentProfile() {
    try (ConfigurableApplicationContext context = start("dev")) {
      assertThat(context.getBean(ConfiguredUsers.class).users())
          .extracting(SecuritySettings.StaffUser::username)
          .containsExactly("coordinator", "coordinator2", "facilitator", "manager", "monitor");
      assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
      assertThat(context.getEnvironment().getProperty("amends.mail.catcher.enabled")).isEqualTo("true");
      assertThat(context.getBeansOfType(DevelopmentLoopbackGuard.class)).hasSize(1);
    }
  }

  @Test
  void shouldRefuseToStartTheDevelopmentProfileOnEveryInterface() {
    assertThatThrownBy(() -> startWith("dev", "--server.address=0.0.0.0").close())
        .hasStackTraceContaining("Refusing to start: the development profile has accounts with known passwords, "
            + "so it listens on loopback only, and server.address is 0.0.0.0");
    assertThatThrownBy(() -> startWith("dev", "--server.address=").close())
        .hasStackTraceContaining("server.address is every interface");
  }

  @Test
  void shouldRefuseAPlainTextPasswordOutsideTheDevelopmentProfile() {
    String[] plainText = {"--amends.security.users[0].username=ops", "--amends.security.users[0].password={noop}secret",
        "--amends.security.users[0].roles=MANAGER"};
    assertThatThrownBy(() -> startWith(null, plainText).close())
        .hasStackTraceContaining("amends.security.users[0].password is a plain-text {noop} password, "
            + "which only the development profile accepts");
    assertThatThrownBy(() -> startWith("prod", plainText).close())
        .hasStackTraceContaining("plain-text {noop} password");
    startWith("dev", plainText).close();
  }

  @Test
  void shouldAcceptAHashedPasswordInProduction() {
    String bcrypt = "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG";
    try (ConfigurableApplicationContext context = startWith(null, "--amends.security.users[0].username=ops",
        "--amends.security.users[0].password=" + bcrypt, "--amends.security.users[0].roles=MANAGER")) {
      assertThat(context.getBean(ConfiguredUsers.class).users()).hasSize(1);
    }
  }

  private static ConfigurableApplicationContext start(String... profiles) {
    return new SpringApplicationBuilder(SettingsOnly.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles)
        .logStartupInfo(false)
        .run();
  }

  private static ConfigurableApplicationContext startWith(String profile, String... args) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(SettingsOnly.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false);
    if (profile != null) {
      builder.profiles(profile);
    }
    return builder.run(args);
  }
}
