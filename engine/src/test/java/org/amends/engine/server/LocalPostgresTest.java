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

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
