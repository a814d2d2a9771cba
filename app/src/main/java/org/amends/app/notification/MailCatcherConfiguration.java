package org.amends.app.notification;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local mail catcher listens on spring.mail.host:spring.mail.port when that host is this
 * machine and {@code amends.mail.catcher.enabled} is true (the development profile; off by
 * default, so production never swallows email). Pointing spring.mail.host at a real SMTP server
 * switches it off by itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "amends.mail.catcher.enabled", havingValue = "true")
@Conditional(MailCatcherConfiguration.LocalMailHost.class)
class MailCatcherConfiguration {

  static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

  @Bean
  MailCatcher mailCatcher(
      @Value("${spring.mail.host}") String host, @Value("${spring.mail.port:25}") int port) {
    return new MailCatcher(host.trim(), port);
  }

  static final class LocalMailHost implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String host = context.getEnvironment().getProperty("spring.mail.host");
      return host != null && LOCAL_HOSTS.contains(host.trim().toLowerCase());
    }
  }
}
