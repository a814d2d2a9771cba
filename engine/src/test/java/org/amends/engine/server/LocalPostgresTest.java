package org.amends.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

  @TempDir Path dataDirectory;

  @Test
  void shouldKeepDataAcrossRestartsInTheSameDirectory() throws SQLException {
    // given
    try (LocalPostgres first = LocalPostgres.start(dataDirectory)) {
      execute(first.dataSource(), "create table kept (note text); insert into kept values ('still here')");
    }

    // when
    try (LocalPostgres second = LocalPostgres.start(dataDirectory)) {
      // then
      try (Connection connection = second.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select note from kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("still here");
      }
      assertThat(second.dataDirectory()).isEqualTo(dataDirectory);
    }
  }

  @Test
  void shouldCommitToDiskBeforeAnsweringACommit() throws SQLException {
    // the embedded server's library turns synchronous_commit off unless told otherwise
    try (LocalPostgres persistent = LocalPostgres.start(dataDirectory);
        LocalPostgres temporary = LocalPostgres.startTemporary()) {
      assertThat(setting(persistent.dataSource(), "synchronous_commit")).isEqualTo("on");
      assertThat(setting(temporary.dataSource(), "synchronous_commit")).isEqualTo("on");
    }
  }

  private static String setting(DataSource dataSource, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select current_setting('" + name + "')")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
