package org.amends.app.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds parties, referrers and facilitators by name, email address or case reference. */
@Component
class People {

  static final int LIMIT = 50;

  private static final String PARTY = """
      select p.id, p.name, p.role as detail, c.reference, c.id as case_id, c.status = 'OPEN' as case_open,
             p.anonymised_on
      from amends.party p join amends.case_file c on c.id = p.case_id""";
  private static final String REFERRER = """
      select r.id, r.referrer_name as name, r.referrer_organisation as detail, c.reference, c.id as case_id,
             c.status = 'OPEN' as case_open, r.referrer_anonymised_on as anonymised_on
      from amends.referral r join amends.case_file c on c.id = r.case_id""";
  private static final String FACILITATOR = """
      select f.id, f.name, f.training_level as detail, null as reference, null as case_id, false as case_open,
             f.anonymised_on
      from amends.facilitator f""";

  private final JdbcClient jdbc;

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whoever's name or email contains the words typed, or whose case has that reference. */
  List<Person> search(String text) {
    String like = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String reference = text.toUpperCase();
    List<Person> found = new ArrayList<>();
    found.addAll(query(PersonKind.PARTY, PARTY
        + " where lower(p.name) like :like or lower(p.email) like :like or c.reference = :reference", like, reference));
    found.addAll(query(PersonKind.REFERRER, REFERRER
        + " where r.referrer_name is not null and (lower(r.referrer_name) like :like"
        + " or lower(r.referrer_email) like :like or c.reference = :reference)", like, reference));
    found.addAll(query(PersonKind.FACILITATOR, FACILITATOR
        + " where lower(f.name) like :like or lower(f.email) like :like", like, reference));
    return found.stream().limit(LIMIT).toList();
  }

  Optional<Person> find(PersonKind kind, long id) {
    String sql = switch (kind) {
      case PARTY -> PARTY + " where p.id = :id";
      case REFERRER -> REFERRER + " where r.id = :id and r.referrer_name is not null";
      case FACILITATOR -> FACILITATOR + " where f.id = :id";
    };
    return jdbc.sql(sql).param("id", id).query((rs, n) -> person(kind, rs)).optional();
  }

  private List<Person> query(PersonKind kind, String sql, String like, String reference) {
    return jdbc.sql(sql + " order by 1 desc limit " + LIMIT)
        .param("like", like).param("reference", reference)
        .query((rs, n) -> person(kind, rs)).list();
  }

  private static Person person(PersonKind kind, ResultSet rs) throws SQLException {
    return new Person(kind, rs.getLong("id"), rs.getString("name"), rs.getString("detail"),
        rs.getString("reference"), (Long) rs.getObject("case_id"), rs.getBoolean("case_open"),
        rs.getObject("anonymised_on", LocalDate.class));
  }
}
