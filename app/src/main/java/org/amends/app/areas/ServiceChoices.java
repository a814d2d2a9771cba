package org.amends.app.areas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.casework.Area;
import org.amends.app.referral.ReferralSource;
import org.amends.app.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the service's areas and referral sources: what intake offers (not retired), what filters
 * and reports show (all, retired ones marked), and the name of a code a case holds. Each read is
 * one query, so a page that names many cases asks once for the names, not once per row.
 */
@Component
public class ServiceChoices {

  private final JdbcClient jdbc;

  ServiceChoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every choice in the list, retired ones included, in the manager's order. */
  public List<Choice> all(ChoiceList list) {
    return jdbc.sql("select code, name, position, retired_at from " + list.table() + " order by position, code")
        .query(ServiceChoices::choice)
        .list();
  }

  /** The choices intake offers: not retired. */
  public List<Choice> offered(ChoiceList list) {
    return all(list).stream().filter(c -> !c.retired()).toList();
  }

  public Optional<Choice> find(ChoiceList list, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.sql("select code, name, position, retired_at from " + list.table() + " where code = :code")
        .param("code", code)
        .query(ServiceChoices::choice)
        .optional();
  }

  /** The choice with this code if intake may still use it (it exists and is not retired). */
  public Optional<Choice> offered(ChoiceList list, String code) {
    return find(list, code).filter(c -> !c.retired());
  }

  /** Code to name for every choice, retired ones included: one query for a whole page. */
  public Map<String, String> names(ChoiceList list) {
    Map<String, String> names = new LinkedHashMap<>();
    all(list).forEach(c -> names.put(c.code(), c.name()));
    return names;
  }

  /** Radios and selects for intake: the choices still offered. */
  public List<Option> offeredOptions(ChoiceList list) {
    return offered(list).stream().map(c -> Option.of(c.code(), c.name())).toList();
  }

  /** Options for a filter: every choice, so old cases in a retired area can still be found. */
  public List<Option> filterOptions(ChoiceList list) {
    return all(list).stream().map(c -> Option.of(c.code(), c.label())).toList();
  }

  public String areaName(Area area) {
    return area == null ? null : find(ChoiceList.AREAS, area.code()).map(Choice::name).orElse(area.code());
  }

  public String sourceName(ReferralSource source) {
    return source == null ? null
        : find(ChoiceList.SOURCES, source.code()).map(Choice::name).orElse(source.code());
  }

  private static Choice choice(ResultSet rs, int n) throws SQLException {
    Timestamp retired = rs.getTimestamp("retired_at");
    return new Choice(rs.getString("code"), rs.getString("name"), rs.getInt("position"),
        retired == null ? null : retired.toInstant());
  }
}
