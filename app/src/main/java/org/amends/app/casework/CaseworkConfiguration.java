package org.amends.app.casework;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

  /** Dates on cases (closure, consent, assessments) are the service's dates, in England. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
