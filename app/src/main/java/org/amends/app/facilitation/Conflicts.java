package org.amends.app.facilitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Conflicts of interest recorded on cases (table facilitator_conflict). */
@Component
class Conflicts {

  private final JdbcClient jdbc;

  Conflicts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the conflict; recording it again changes nothing. */
  void record(long caseId, long facilitatorId, String recordedBy, LocalDate on) {
    jdbc.sql("""
            insert into amends.facilitator_conflict (case_id, facilitator_id, recorded_by, recorded_on)
            values (:caseId, :facilitatorId, :by, :on) on conflict do nothing""")
        .param("caseId", caseId).param("facilitatorId", facilitatorId)
        .param("by", recordedBy).param("on", on)
        .update();
  }

  Set<Long> facilitatorsConflictedWith(long caseId) {
    return Set.copyOf(jdbc.sql("select facilitator_id from amends.facilitator_conflict where case_id = :caseId")
        .param("caseId", caseId).query(Long.class).list());
  }

  List<ConflictOfInterest> of(long facilitatorId) {
    return jdbc.sql("""
            select case_id, facilitator_id, recorded_by, recorded_on from amends.facilitator_conflict
            where facilitator_id = :id order by recorded_on, case_id""")
        .param("id", facilitatorId)
        .query(ConflictOfInterest.class)
        .list();
  }
}
