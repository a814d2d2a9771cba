package org.amends.app.casework;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Case references like RJ-2026-00042: the year opened and a number from a database sequence. */
@Component
class CaseReferences {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseReferences(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String next() {
    Long number = jdbc.queryForObject("select nextval('amends.case_reference_seq')", Long.class);
    return "RJ-%d-%05d".formatted(LocalDate.now(clock).getYear(), number);
  }
}
