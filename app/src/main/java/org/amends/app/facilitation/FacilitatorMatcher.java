package org.amends.app.facilitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggests facilitators for a case; a coordinator decides. Every facilitator on the register is
 * weighed against {@link MatchRules}; those who meet every rule are proposed, the least busy
 * (fewest allocations to open cases) first; among equals, standard-trained ones first for
 * ordinary cases, to keep specialists free for the cases only they can take.
 */
@Component
public class FacilitatorMatcher {

  static final int PAIR = 2;
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final CaseService cases;
  private final FacilitatorRepository facilitators;
  private final Conflicts conflicts;
  private final ServiceChoices choices;
  private final JdbcClient jdbc;
  private final Clock clock;

  FacilitatorMatcher(CaseService cases, FacilitatorRepository facilitators, Conflicts conflicts,
      ServiceChoices choices, JdbcClient jdbc, Clock clock) {
    this.cases = cases;
    this.facilitators = facilitators;
    this.conflicts = conflicts;
    this.choices = choices;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Two facilitators for the case, best first; fewer when fewer match. */
  public List<Facilitator> suggestPair(long caseId) {
    return suggest(caseId, PAIR);
  }

  public List<Facilitator> suggest(long caseId, int limit) {
    return assess(caseId).stream().filter(Candidate::proposed).limit(limit)
        .map(Candidate::facilitator).toList();
  }

  /** Every facilitator on the register, proposed ones first (best first), then those left out. */
  public List<Candidate> assess(long caseId) {
    Case c = cases.get(caseId);
    boolean specialistOnly = c.sensitivity().sensitiveOrComplex();
    MatchRules rules = new MatchRules(LocalDate.now(clock), c.area(), choices.areaName(c.area()), specialistOnly,
        meetingDates(caseId), conflicts.facilitatorsConflictedWith(caseId));
    Map<Long, Integer> busy = openCases();
    return facilitators.findAll().stream()
        .map(f -> {
          int open = busy.getOrDefault(f.id(), 0);
          List<String> against = rules.reasonsAgainst(f);
          return new Candidate(f, open, against.isEmpty() ? rules.reasonFor(f, open) : null, against);
        })
        .sorted(Comparator.comparing((Candidate k) -> !k.proposed())
            .thenComparingInt(Candidate::openCases)
            .thenComparingInt(k -> !specialistOnly && k.facilitator().trainingLevel() == TrainingLevel.STANDARD ? 0 : 1)
            .thenComparingLong(k -> k.facilitator().id()))
        .toList();
  }

  /** The days of the case's meetings still to come; today when none is scheduled. */
  private List<LocalDate> meetingDates(long caseId) {
    LocalDate today = LocalDate.now(clock.withZone(UK));
    List<LocalDate> days = jdbc.sql("""
            select starts_at from amends.meeting where case_id = :caseId and starts_at >= :from
            order by starts_at""")
        .param("caseId", caseId)
        .param("from", Timestamp.from(today.atStartOfDay(UK).toInstant()))
        .query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(UK).toLocalDate())
        .list().stream().distinct().toList();
    return days.isEmpty() ? List.of(today) : days;
  }

  private Map<Long, Integer> openCases() {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql("""
            select f.id, count(*) from amends.allocation al
            join amends.case_file c on c.id = al.case_id
            join amends.facilitator f on f.id in (al.first_facilitator_id, al.second_facilitator_id)
            where al.ended_on is null and c.status = 'OPEN' group by f.id""")
        .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
        .list();
    return counts;
  }
}
