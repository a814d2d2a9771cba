package org.amends.app.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One packaged jar run as its own operating-system process, as an operator starts it: started,
 * awaited until a page answers 200, and killed the hard way ({@code kill -9}: on Unix
 * {@link Process#destroyForcibly()} sends SIGKILL, so nothing shuts down cleanly).
 */
final class JarProcess {

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private final URI ready;
  private final String authorization;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  /**
   * @param ready a page that answers 200 once the process serves
   * @param authorization the Authorization header the ready page needs, or null
   */
  JarProcess(String name, Path jar, List<String> arguments, Map<String, String> environment, Path log,
      URI ready, String authorization) {
    this.name = name;
    List<String> line = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
        jar.toAbsolutePath().toString()));
    line.addAll(arguments);
    this.command = List.copyOf(line);
    this.environment = Map.copyOf(environment);
    this.log = log;
    this.ready = ready;
    this.authorization = authorization;
  }

  String name() {
    return name;
  }

  int starts() {
    return starts;
  }

  /** Starts the process and waits until its ready page answers 200. */
  synchronized void start(Duration within) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    // nothing of the driver's own environment may point the process elsewhere
    builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("CAMUNDA_")
        || k.startsWith("AMENDS_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    starts++;
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      if (answers()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " did not answer " + ready + " within " + within + "; see " + log);
  }

  /** kill -9: the process gets no chance to finish anything. Returns the pid killed. */
  synchronized long kill() throws InterruptedException {
    long pid = process.pid();
    process.destroyForcibly();
    process.waitFor();
    return pid;
  }

  /** Stops the process at the end of the run (a normal SIGTERM). */
  synchronized void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private boolean answers() throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }
}
