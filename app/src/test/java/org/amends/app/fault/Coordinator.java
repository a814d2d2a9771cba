package org.amends.app.fault;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinator working through the app's own pages as the browser posts them: signs in (again
 * after the app restarted and forgot the session), claims a task and posts its form's answers.
 * Whatever fails for want of an app (no connection, a 5xx) is left for the next round.
 */
final class Coordinator {

  /** What became of one attempt at a task. */
  enum Done { COMPLETED, NOT_NOW }

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final URI app;
  private final String username;
  private final String password;
  private HttpClient http;
  private String csrf;

  Coordinator(URI app, String username, String password) {
    this.app = app;
    this.username = username;
    this.password = password;
  }

  /** Claims the task and completes it with these fields, as the task page's form posts them. */
  Done complete(long taskKey, Map<String, String> answers) throws InterruptedException {
    try {
      if (csrf == null) {
        signIn();
      }
      HttpResponse<String> claimed = post("/tasks/" + taskKey + "/claim", Map.of());
      if (signedOut(claimed)) {
        csrf = null;
        return Done.NOT_NOW;
      }
      HttpResponse<String> completed = post("/tasks/" + taskKey + "/complete", answers);
      if (signedOut(completed)) {
        csrf = null;
        return Done.NOT_NOW;
      }
      String location = completed.headers().firstValue("Location").orElse("");
      if (completed.statusCode() == 302 && location.endsWith("/tasks")) {
        return Done.COMPLETED;
      }
      if (completed.statusCode() == 200) {
        throw new AssertionError("the task page refused the answers " + answers + ": " + completed.body());
      }
      return Done.NOT_NOW;
    } catch (IOException noApp) {
      csrf = null;
      return Done.NOT_NOW;
    }
  }

  private void signIn() throws IOException, InterruptedException {
    http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
    String token = token(get("/login"));
    HttpResponse<String> signedIn = send(HttpRequest.newBuilder(app.resolve("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
            "username", username, "password", password, "_csrf", token)))));
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || location.contains("error")) {
      throw new IOException("signing in answered " + signedIn.statusCode() + " " + location);
    }
    // Spring Security makes a new token at sign-in
    csrf = token(get("/cases"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(app.resolve(path)).GET());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf);
    return send(HttpRequest.newBuilder(app.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(withToken))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 500) {
      throw new IOException("the app answered " + response.statusCode() + " to " + request.build().uri());
    }
    return response;
  }

  private static boolean signedOut(HttpResponse<String> response) {
    return response.statusCode() == 403
        || response.headers().firstValue("Location").map(l -> l.contains("/login")).orElse(false);
  }

  private static String token(HttpResponse<String> page) throws IOException {
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new IOException("no _csrf field on " + page.uri() + " (" + page.statusCode() + ")");
    }
    return m.group(1);
  }

  private static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
