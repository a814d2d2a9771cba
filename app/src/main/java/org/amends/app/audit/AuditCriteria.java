package org.amends.app.audit;

import java.time.LocalDate;

/** A checked audit search; null means "any". Dates are whole days in the service's time zone. */
record AuditCriteria(String reference, String username, LocalDate from, LocalDate to) {}
