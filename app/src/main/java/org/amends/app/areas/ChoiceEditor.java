package org.amends.app.areas;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's changes to the lists: add (the code is made from the name once and never changes,
 * so cases keep pointing at it), rename, retire and offer again. Nothing is ever deleted: old
 * cases and reports still name a retired choice.
 */
@Component
class ChoiceEditor {

  static final String SELF = "SELF";

  private final JdbcClient jdbc;
  private final Clock clock;

  ChoiceEditor(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean nameTaken(ChoiceList list, String name, String exceptCode) {
    return jdbc.sql("select count(*) from " + list.table() + " where lower(name) = lower(:name) and code <> :code")
        .param("name", name)
        .param("code", exceptCode == null ? "" : exceptCode)
        .query(Integer.class).single() > 0;
  }

  /** Adds a choice at the end of the list and returns its code. */
  @Transactional
  String add(ChoiceList list, String name) {
    String base = codeFor(name);
    String code = base;
    for (int n = 2; exists(list, code); n++) {
      code = base + "_" + n;
    }
    jdbc.sql("insert into " + list.table() + " (code, name, position) values (:code, :name, "
            + "(select coalesce(max(position), 0) + 1 from " + list.table() + "))")
        .param("code", code)
        .param("name", name)
        .update();
    return code;
  }

  void rename(ChoiceList list, String code, String name) {
    jdbc.sql("update " + list.table() + " set name = :name where code = :code")
        .param("code", code)
        .param("name", name)
        .update();
  }

  void setRetired(ChoiceList list, String code, boolean retired) {
    jdbc.sql("update " + list.table() + " set retired_at = :at where code = :code")
        .param("code", code)
        .param("at", retired ? Timestamp.from(clock.instant()) : null, java.sql.Types.TIMESTAMP)
        .update();
  }

  /** Whether the choice may be retired: the public self-referral always records SELF. */
  static boolean retirable(ChoiceList list, String code) {
    return !(list == ChoiceList.SOURCES && SELF.equals(code));
  }

  private boolean exists(ChoiceList list, String code) {
    return jdbc.sql("select count(*) from " + list.table() + " where code = :code")
        .param("code", code).query(Integer.class).single() > 0;
  }

  /** "Mid Suffolk" becomes MID_SUFFOLK; a name with no letters or digits becomes CHOICE. */
  static String codeFor(String name) {
    String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (code.isEmpty()) {
      code = "CHOICE";
    } else if (!Character.isLetter(code.charAt(0))) {
      code = "C_" + code;
    }
    return code.length() > 40 ? code.substring(0, 40) : code;
  }
}
