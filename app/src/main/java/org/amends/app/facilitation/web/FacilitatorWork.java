package org.amends.app.facilitation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.Stage;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.meeting.MeetingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a facilitator works on, read from the case tables a page at a time: their allocations with
 * the other facilitator, their meetings, and their hours. One query each, never one per row.
 */
@Component
class FacilitatorWork {

  /** One allocation of the facilitator to a case; {@code endedOn} null while it is current. */
  record CaseLine(long caseId, String reference, Stage stage, boolean open, String otherFacilitator,
      LocalDate allocatedOn, LocalDate endedOn) {}

  /** A meeting on one of their current cases; {@code partyId} only for a preparation meeting. */
  record MeetingLine(long meetingId, long caseId, String reference, MeetingKind kind, Long partyId,
      Instant startsAt, String venue) {}

  /** Hours they logged, on a case ({@code reference}) or outside cases (null). */
  record HoursLine(LocalDate workedOn, String reference, VolunteerActivity activity, BigDecimal hours) {}

  private static final String CASES = """
      select c.id, c.reference, c.stage, c.status = 'OPEN' as open, o.name as other,
             al.allocated_on, al.ended_on
      from amends.allocation al
      join amends.case_file c on c.id = al.case_id
      join amends.facilitator o on o.id = case when al.first_facilitator_id = :id
                                              then al.second_facilitator_id else al.first_facilitator_id end
      where :id in (al.first_facilitator_id, al.second_facilitator_id)
        and (not :currentOnly or al.ended_on is null)
      order by al.ended_on desc nulls first, c.reference""";

  private static final String MEETINGS = """
      select m.id, m.case_id, c.reference, m.kind, m.party_id, m.starts_at, m.venue
      from amends.meeting m
      join amends.case_file c on c.id = m.case_id
      join amends.allocation al on al.case_id = c.id and al.ended_on is null
      where :id in (al.first_facilitator_id, al.second_facilitator_id)
      order by m.starts_at, m.id""";

  private final JdbcClient jdbc;

  FacilitatorWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Their allocations: current ones first; only the current ones when {@code currentOnly}. */
  List<CaseLine> cases(long facilitatorId, boolean currentOnly) {
    return jdbc.sql(CASES).param("id", facilitatorId).param("currentOnly", currentOnly)
        .query((rs, n) -> new CaseLine(rs.getLong("id"), rs.getString("reference"),
            Stage.valueOf(rs.getString("stage")), rs.getBoolean("open"), rs.getString("other"),
            rs.getObject("allocated_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class)))
        .list();
  }

  /** The meetings of the cases they are allocated to now, earliest first. */
  List<MeetingLine> meetings(long facilitatorId) {
    return jdbc.sql(MEETINGS).param("id", facilitatorId)
        .query((rs, n) -> new MeetingLine(rs.getLong("id"), rs.getLong("case_id"),
            rs.getString("reference"), MeetingKind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("party_id"), rs.getTimestamp("starts_at").toInstant(), rs.getString("venue")))
        .list();
  }

  /** Their hours, latest first. */
  List<HoursLine> hours(long facilitatorId) {
    return jdbc.sql("""
            select h.worked_on, c.reference, h.activity, h.hours from amends.volunteer_hours h
            left join amends.case_file c on c.id = h.case_id
            where h.facilitator_id = :id order by h.worked_on desc, h.id desc""")
        .param("id", facilitatorId)
        .query((rs, n) -> new HoursLine(rs.getObject("worked_on", LocalDate.class),
            rs.getString("reference"), VolunteerActivity.valueOf(rs.getString("activity")),
            rs.getBigDecimal("hours")))
        .list();
  }

  /** Each case's next meeting from {@code now}, by case id. */
  Map<Long, MeetingLine> nextMeetings(long facilitatorId, Instant now) {
    Map<Long, MeetingLine> next = new HashMap<>();
    for (MeetingLine m : meetings(facilitatorId)) {
      if (!m.startsAt().isBefore(now)) {
        next.putIfAbsent(m.caseId(), m);
      }
    }
    return next;
  }
}
