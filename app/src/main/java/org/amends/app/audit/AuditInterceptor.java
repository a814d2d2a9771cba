package org.amends.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.amends.app.audit.AuditEvent.ActorKind;
import org.amends.app.audit.AuditEvent.Outcome;
import org.amends.app.security.SecuritySettings;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes the audit row of every {@link Audited} controller method. When the method returns, the
 * row is written before the page is rendered, so a page is never shown without its row (if the
 * write fails, the request fails); when it throws, the row is written as the request ends.
 */
class AuditInterceptor implements HandlerInterceptor {

  private static final String WRITTEN = AuditInterceptor.class.getName() + ".written";

  private final AuditTrail trail;

  AuditInterceptor(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
      ModelAndView mav) {
    Audited audited = audited(handler);
    if (audited != null) {
      write(request, audited, outcome(request, response, mav));
    }
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    Audited audited = audited(handler);
    if (audited != null && request.getAttribute(WRITTEN) == null) {
      Outcome outcome = ex != null || response.getStatus() >= 500 ? Outcome.FAILED
          : response.getStatus() >= 400 ? Outcome.REFUSED : Outcome.DONE;
      write(request, audited, outcome);
    }
  }

  private void write(HttpServletRequest request, Audited audited, Outcome outcome) {
    request.setAttribute(WRITTEN, Boolean.TRUE);
    Map<String, String> path = pathVariables(request);
    Long caseId = request.getAttribute(AuditSubject.CASE_ID) instanceof Long id ? id
        : number(path.getOrDefault("id", path.get("caseId")));
    trail.record(new AuditEvent(null, null, actorKind(), actor(), request.getRemoteAddr(),
        audited.value(), outcome, caseId, caseId == null ? path.get("reference") : null,
        number(path.get("key")), (String) request.getAttribute(AuditSubject.KIND),
        (String) request.getAttribute(AuditSubject.ID)));
  }

  /**
   * Turned down: an error status, a form shown again with its errors (or its "problems"), or a
   * redirect carrying a problem (the tasklist's way of saying a claim or completion was refused).
   */
  private static Outcome outcome(HttpServletRequest request, HttpServletResponse response, ModelAndView mav) {
    if (response.getStatus() >= 500) {
      return Outcome.FAILED;
    }
    if (response.getStatus() >= 400) {
      return Outcome.REFUSED;
    }
    if (mav != null && mav.getModel().values().stream()
        .anyMatch(v -> v instanceof BindingResult result && result.hasErrors())) {
      return Outcome.REFUSED;
    }
    if (mav != null && mav.getModel().get("problems") instanceof java.util.Collection<?> problems
        && !problems.isEmpty()) {
      return Outcome.REFUSED;
    }
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    if (flash != null && flash.containsKey("problem")) {
      return Outcome.REFUSED;
    }
    return Outcome.DONE;
  }

  private static Audited audited(Object handler) {
    return handler instanceof HandlerMethod method ? method.getMethodAnnotation(Audited.class) : null;
  }

  private static ActorKind actorKind() {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
      return ActorKind.PUBLIC;
    }
    return who.getPrincipal() instanceof SecuritySettings.PartnerAgency ? ActorKind.PARTNER : ActorKind.STAFF;
  }

  /** The staff username or the agency's name; never the agency's key (its toString holds it). */
  private static String actor() {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    return switch (actorKind()) {
      case PUBLIC, SYSTEM -> null;
      case PARTNER -> ((SecuritySettings.PartnerAgency) who.getPrincipal()).name();
      case STAFF -> who.getName();
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathVariables(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  private static Long number(String value) {
    return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
  }
}
