package org.amends.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.amends.app.privacy.DataProtectionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the app that is about one case, task or person, and every change,
 * carries {@link Audited}: a new one without it fails here, so the audit log cannot be forgotten.
 */
class AuditCoverageTest extends DataProtectionTestSupport {

  /** A path variable that names a case, a task or a person. */
  private static final Pattern SUBJECT = Pattern.compile("\\{(id|caseId|key|reference|personId)[:}]");

  /** Mappings that need no row, and why. */
  private static final Map<String, String> EXEMPT = Map.of(
      "GET /referrals/{caseId}/confirmation", "shows only the new case's reference, already recorded as REFERRAL_OPENED",
      "POST /self-referral/{slug}", "keeps the public's answers in their own session; nothing is stored until they send it",
      "POST /error", "Spring Boot's error page, which answers any method and changes nothing");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void shouldAuditEveryMappingAboutACaseTaskOrPersonAndEveryChange() {
    List<String> unaudited = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      for (String mapping : describe(info)) {
        boolean aboutSomeone = SUBJECT.matcher(mapping).find();
        boolean change = !mapping.startsWith("GET ");
        if ((aboutSomeone || change) && !audited(method) && !EXEMPT.containsKey(withoutRegex(mapping))) {
          unaudited.add(mapping + " (" + method.getShortLogMessage() + ")");
        }
      }
    });

    assertThat(unaudited).as("mappings that read or change personal data without @Audited").isEmpty();
  }

  @Test
  void shouldStillFindTheMappingsItChecks() {
    List<String> all = new ArrayList<>();
    mappings.getHandlerMethods().keySet().forEach(info -> all.addAll(describe(info)));
    assertThat(all).contains("GET /cases/{id:\\d+}", "POST /tasks/{key:\\d+}/claim", "POST /api/partner/referrals");
  }

  private static boolean audited(HandlerMethod method) {
    return method.hasMethodAnnotation(Audited.class);
  }

  /** "METHOD /path" for each method and path of the mapping; no method means any, GET included. */
  private static List<String> describe(RequestMappingInfo info) {
    List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
        : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
    List<String> described = new ArrayList<>();
    for (String path : info.getPatternValues()) {
      for (String method : methods) {
        described.add(method + " " + path);
      }
    }
    return described;
  }

  private static String withoutRegex(String mapping) {
    return mapping.replaceAll("\\{([A-Za-z]+):[^}]*}", "{$1}");
  }
}
