package org.amends.app.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names what the current request's audited action was done to when the path does not say it:
 * the case a new referral opened, the person exported or erased. Outside a web request it does
 * nothing.
 */
public final class AuditSubject {

  static final String CASE_ID = AuditSubject.class.getName() + ".caseId";
  static final String KIND = AuditSubject.class.getName() + ".kind";
  static final String ID = AuditSubject.class.getName() + ".id";

  private AuditSubject() {}

  public static void caseId(long caseId) {
    set(CASE_ID, caseId);
  }

  /** A subject other than a case or task: kind in capitals (PARTY, FACILITATOR...), and its id. */
  public static void subject(String kind, String id) {
    set(KIND, kind);
    set(ID, id);
  }

  private static void set(String name, Object value) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
