package org.amends.app.survey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SurveySettings.class)
class SurveyConfiguration {

  /** The throttle on the survey pages' answers, before the security filters read the form. */
  @Bean
  FilterRegistrationBean<SurveyThrottle> surveyThrottle(SurveySettings settings) {
    FilterRegistrationBean<SurveyThrottle> registration = new FilterRegistrationBean<>(new SurveyThrottle(settings));
    registration.addUrlPatterns(SurveyController.PATH + "*");
    registration.setOrder(-200);
    return registration;
  }
}
