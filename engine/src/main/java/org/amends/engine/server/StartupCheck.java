package org.amends.engine.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Checks made before anything starts, so that a taken port or an unreachable database ends the
 * start with one line naming it rather than a page of stack trace.
 */
public final class StartupCheck {

  private StartupCheck() {}

  /** A problem that stops the start; its message is the one line shown. */
  public static final class StartupProblem extends RuntimeException {
    public StartupProblem(String message) {
      super(message);
    }
  }

  /** Runs the checks; on a problem prints its line and exits with status 1. */
  public static void failFast(Runnable checks) {
    try {
      checks.run();
    } catch (StartupProblem problem) {
      System.err.println("Amends cannot start: " + problem.getMessage());
      System.exit(1);
    }
  }

  public static void portFree(String host, int port, String property) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
    } catch (IOException e) {
      throw new StartupProblem(
          "port " + port + " on " + host + " is already in use (set " + property + " to another port)");
    }
  }

  public static void databaseReachable(String url, String user, String password) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new StartupProblem(
          "the datasource URL " + url + " is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
    }
    DriverManager.setLoginTimeout(10);
    try (Connection ignored = DriverManager.getConnection(url, user, password)) {
      // reachable
    } catch (SQLException e) {
      throw new StartupProblem(
          "cannot connect to the database at " + url + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
