package org.amends.app.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every controller method marked {@link Audited} is recorded, whichever feature it belongs to. */
@Configuration
class AuditWebConfiguration implements WebMvcConfigurer {

  private final AuditTrail trail;

  AuditWebConfiguration(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AuditInterceptor(trail));
  }
}
