package org.amends.app.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records every call of a controller method in the audit log: who (the signed-in member of staff,
 * the partner agency, or the public), when, from which client address, and the outcome.
 *
 * <p>What it was done to comes from the path variables: {@code id} or {@code caseId} is a case id,
 * {@code reference} a case reference, {@code key} a task key (whose case is looked up). A method
 * that learns its case only as it runs (a new referral) names it with {@link AuditSubject}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

  AuditAction value();
}
