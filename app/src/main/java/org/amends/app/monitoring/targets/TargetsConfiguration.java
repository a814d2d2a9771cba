package org.amends.app.monitoring.targets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TargetSettings.class)
class TargetsConfiguration {

  @Bean
  WorkingDays workingDays() {
    return new WorkingDays(BankHolidays.englandAndWales());
  }

  @Bean
  Targets targets(TargetSettings settings, WorkingDays workingDays) {
    return new Targets(settings, workingDays);
  }
}
