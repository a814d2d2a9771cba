package org.amends.app.privacy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Why a person's data must be kept for now (UK GDPR Article 17: the right to erasure does not
 * apply while the data is still needed for its purpose, or where it is needed to comply with a
 * legal obligation or for legal claims). No reasons: they may be erased.
 */
@Component
class ErasurePolicy {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final JdbcClient jdbc;

  ErasurePolicy(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<String> reasonsToKeep(Person person) {
    List<String> reasons = new ArrayList<>();
    if (person.anonymisedOn() != null) {
      // nothing left to erase; erasing again would change nothing
      reasons.add("Their personal data was already erased on " + DAY.format(person.anonymisedOn()) + ".");
      return reasons;
    }
    if (person.kind() == PersonKind.FACILITATOR) {
      // Article 17(1)(a) does not apply: their details are needed to run the cases they work on.
      jdbc.sql("""
              select c.reference from amends.allocation a join amends.case_file c on c.id = a.case_id
              where (a.first_facilitator_id = ? or a.second_facilitator_id = ?) and a.ended_on is null
                and c.status = 'OPEN' order by c.reference""")
          .params(person.id(), person.id()).query(String.class).list()
          .forEach(reference -> reasons.add("They are allocated to " + reference
              + ", which is still open. End the allocation or close the case first."));
      return reasons;
    }
    if (person.caseOpen()) {
      // Article 17(1)(a) does not apply: the journey needs their details to contact them,
      // record consent and arrange meetings. A party who wants to stop can withdraw.
      reasons.add(person.caseReference() + " is still open: the case needs their details until it"
          + " is closed. Record their withdrawal on the case, then erase them once it is closed.");
    }
    if (person.kind() == PersonKind.PARTY && safeguardingConcernRecorded(person.caseId())) {
      // Article 17(3)(b) and (e): a recorded safeguarding concern may have to be shared with the
      // police or the local authority, or defended, until the retention period ends.
      reasons.add("A safeguarding concern is recorded on " + person.caseReference()
          + ": the record is kept until the retention period ends, so that the concern can be"
          + " followed up and shared with the police or the local authority if needed.");
    }
    return reasons;
  }

  private boolean safeguardingConcernRecorded(long caseId) {
    return jdbc.sql("""
            select exists (select 1 from amends.risk_assessment
                           where case_id = ? and length(trim(coalesce(safeguarding_concerns, ''))) > 0)""")
        .param(caseId).query(Boolean.class).single();
  }
}
