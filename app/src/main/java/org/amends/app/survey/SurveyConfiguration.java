package org.amends.app.survey;

import org.amends.app.security.AddressThrottle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

@Configuration
@EnableConfigurationProperties(SurveySettings.class)
class SurveyConfiguration {

  /**
   * The throttle on the survey pages' answers (every page sent counts), before the security
   * filters read the form: more are refused with 429 and a GOV.UK page, unread.
   */
  @Bean
  FilterRegistrationBean<AddressThrottle> surveyThrottle(SurveySettings settings) {
    AddressThrottle throttle = new AddressThrottle("Survey answers",
        request -> "POST".equals(request.getMethod()) && AddressThrottle.path(request).startsWith(SurveyController.PATH),
        settings.answersPerAddress(), settings.addressWindow(),
        (request, response) -> response.sendError(HttpStatus.TOO_MANY_REQUESTS.value()));
    FilterRegistrationBean<AddressThrottle> registration = new FilterRegistrationBean<>(throttle);
    registration.addUrlPatterns(SurveyController.PATH + "*");
    registration.setOrder(-200);
    return registration;
  }
}
