package org.amends.app.facilitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Suggests facilitators for a case; a coordinator decides. Candidates serve the case's area, are
 * available and 18 or over, and are specialist-trained when the case is sensitive or complex.
 * The least busy (fewest allocations to open cases) come first; among equals, standard-trained
 * ones first for ordinary cases, to keep specialists free for the cases only they can take.
 */
@Component
public class FacilitatorMatcher {

  static final int PAIR = 2;

  private static final String CANDIDATES = """
      select f.id from amends.facilitator f
      where f.available
        and f.date_of_birth <= :bornBy
        and (not :specialistOnly or f.training_level = 'SPECIALIST')
        and exists (select 1 from amends.facilitator_area a
                    where a.facilitator_id = f.id and a.area = :area)
      order by (select count(*) from amends.allocation al
                join amends.case_file c on c.id = al.case_id
                where al.ended_on is null and c.status = 'OPEN'
                  and f.id in (al.first_facilitator_id, al.second_facilitator_id)),
               case when f.training_level = 'STANDARD' then 0 else 1 end,
               f.id
      limit :limit""";

  private final CaseService cases;
  private final FacilitatorRepository facilitators;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  FacilitatorMatcher(
      CaseService cases,
      FacilitatorRepository facilitators,
      NamedParameterJdbcTemplate jdbc,
      Clock clock) {
    this.cases = cases;
    this.facilitators = facilitators;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Two facilitators for the case, best first; fewer when fewer match. */
  public List<Facilitator> suggestPair(long caseId) {
    return suggest(caseId, PAIR);
  }

  public List<Facilitator> suggest(long caseId, int limit) {
    Case c = cases.get(caseId);
    List<Long> ids =
        jdbc.queryForList(
            CANDIDATES,
            Map.of(
                "bornBy", LocalDate.now(clock).minusYears(Facilitator.MINIMUM_AGE),
                "specialistOnly", c.sensitivity().sensitiveOrComplex(),
                "area", c.area().code(),
                "limit", limit),
            Long.class);
    return facilitators.findAllById(ids).stream()
        .sorted(Comparator.comparingInt(f -> ids.indexOf(f.id())))
        .toList();
  }
}
