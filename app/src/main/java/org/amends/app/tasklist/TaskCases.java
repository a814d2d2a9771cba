package org.amends.app.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amends.app.casework.Area;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the tasklist reads from the app's case tables, a page of tasks at a time: one query for
 * the cases of a page and one for its parties, instead of one per row.
 */
@Component
class TaskCases {

  record CaseLine(long id, String reference, String areaName) {}

  private final JdbcClient jdbc;

  TaskCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ids of every case in the area, open or closed (completed tasks belong to closed cases too). */
  List<Long> idsInArea(Area area) {
    return jdbc.sql("select id from amends.case_file where area = :area order by id")
        .param("area", area.code())
        .query(Long.class)
        .list();
  }

  Optional<Long> idOfReference(String reference) {
    return jdbc.sql("select id from amends.case_file where upper(reference) = upper(:reference)")
        .param("reference", reference.trim())
        .query(Long.class)
        .optional();
  }

  Map<Long, CaseLine> cases(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("select c.id, c.reference, coalesce(a.name, c.area) as area_name from amends.case_file c"
            + " left join amends.area a on a.code = c.area where c.id in (:ids)")
        .param("ids", ids)
        .query((rs, n) -> new CaseLine(rs.getLong("id"), rs.getString("reference"), rs.getString("area_name")))
        .list().stream()
        .collect(Collectors.toMap(CaseLine::id, Function.identity()));
  }

  Map<Long, String> partyNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("select id, name from amends.party where id in (:ids)")
        .param("ids", ids)
        .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
        .list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
