package org.amends.app.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditEvent;
import org.amends.app.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises the cases closed longer ago than the retention period, each case in a transaction of
 * its own, and records the run. A case is done once (case_file.anonymised_on), so a second run
 * finds nothing more to do.
 */
@Service
class Retention {

  private final JdbcClient jdbc;
  private final Anonymiser anonymiser;
  private final RetentionRuns runs;
  private final AuditTrail audit;
  private final PrivacySettings settings;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Retention(JdbcClient jdbc, Anonymiser anonymiser, RetentionRuns runs, AuditTrail audit,
      PrivacySettings settings, TransactionTemplate transactions, Clock clock) {
    this.jdbc = jdbc;
    this.anonymiser = anonymiser;
    this.runs = runs;
    this.audit = audit;
    this.settings = settings;
    this.transactions = transactions;
    this.clock = clock;
  }

  RetentionReport run() {
    Instant started = now();
    LocalDate today = LocalDate.now(clock);
    LocalDate closedBefore = today.minus(settings.retention());
    List<CaseRef> due = jdbc.sql("""
            select id, reference from amends.case_file
            where status = 'CLOSED' and closed_on < ? and anonymised_on is null order by id""")
        .param(closedBefore)
        .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2)))
        .list();
    List<String> references = new ArrayList<>();
    Map<String, Integer> rows = new TreeMap<>();
    for (CaseRef c : due) {
      Map<String, Integer> changed = transactions.execute(tx -> anonymiser.anonymiseCase(c.id(), today));
      changed.forEach((table, n) -> rows.merge(table, n, Integer::sum));
      references.add(c.reference());
    }
    RetentionReport report = new RetentionReport(null, started, now(), settings.retention().toString(),
        closedBefore, references, rows);
    long id = runs.save(report);
    audit.record(AuditEvent.bySystem(AuditAction.RETENTION_RUN, "RETENTION_RUN", String.valueOf(id)));
    return new RetentionReport(id, report.startedAt(), report.finishedAt(), report.retention(),
        closedBefore, references, rows);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private record CaseRef(long id, String reference) {}
}
