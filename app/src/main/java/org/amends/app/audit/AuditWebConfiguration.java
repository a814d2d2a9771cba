package org.amends.app.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every controller method marked {@link Audited} is recorded, whichever feature it belongs to. */
@Configuration
class AuditWebConfiguration implements WebMvcConfigurer {

  private final ObjectProvider<AuditTrail> trail;

  AuditWebConfiguration(ObjectProvider<AuditTrail> trail) {
    this.trail = trail;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // the app always has its audit trail; only a web test slice (@WebMvcTest, no database) lacks it
    trail.ifAvailable(t -> registry.addInterceptor(new AuditInterceptor(t)));
  }
}
