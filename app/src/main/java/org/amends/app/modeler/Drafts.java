package org.amends.app.modeler;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.amends.app.modeler.Draft.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts, one per process or form, in Amends' database: they survive a restart. */
@Repository
class Drafts {

  private final JdbcClient jdbc;
  private final Clock clock;

  Drafts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Draft> find(Kind kind, String resourceId) {
    return jdbc.sql("""
            select kind, resource_id, content, lint_errors, saved_by, saved_at from amends.modeler_draft
            where kind = :kind and resource_id = :id""")
        .param("kind", kind.name())
        .param("id", resourceId)
        .query((rs, n) -> new Draft(Kind.valueOf(rs.getString("kind")), rs.getString("resource_id"),
            rs.getString("content"), rs.getInt("lint_errors"), rs.getString("saved_by"),
            rs.getTimestamp("saved_at").toInstant()))
        .optional();
  }

  /** Saves the draft in place of the one there was. */
  Draft save(Kind kind, String resourceId, String content, int lintErrors, String savedBy) {
    Instant now = clock.instant();
    jdbc.sql("""
            insert into amends.modeler_draft (kind, resource_id, content, lint_errors, saved_by, saved_at)
            values (:kind, :id, :content, :lintErrors, :savedBy, :savedAt)
            on conflict (kind, resource_id) do update set content = excluded.content,
              lint_errors = excluded.lint_errors, saved_by = excluded.saved_by, saved_at = excluded.saved_at""")
        .param("kind", kind.name())
        .param("id", resourceId)
        .param("content", content)
        .param("lintErrors", lintErrors)
        .param("savedBy", savedBy)
        .param("savedAt", java.sql.Timestamp.from(now))
        .update();
    return new Draft(kind, resourceId, content, lintErrors, savedBy, now);
  }

  void delete(Kind kind, String resourceId) {
    jdbc.sql("delete from amends.modeler_draft where kind = :kind and resource_id = :id")
        .param("kind", kind.name())
        .param("id", resourceId)
        .update();
  }
}
