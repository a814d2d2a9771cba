package org.amends.engine.server.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.amends.engine.server.EngineServerSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may use the engine's ports, checked before anything else: a request must name one of the
 * engine's hosts (DNS rebinding) and carry the engine's credential, except health (for probes,
 * which only learn UP or DOWN) and {@code /v2/status}, both open on a Camunda 8 cluster too. The
 * test tools (clock, purge) never answer a browser and take JSON or no body, so a web page on the
 * same machine cannot forge them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessFilter extends OncePerRequestFilter {

  private final EngineCredential credential;
  private final AllowedHosts hosts;
  private final TestTools testTools;

  AccessFilter(EngineServerSettings settings) {
    this.credential = settings.credential();
    this.hosts = AllowedHosts.of(settings.host(), settings.allowedHosts());
    this.testTools = new TestTools(settings);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    if (!hosts.allows(request.getHeader("Host"))) {
      AccessProblems.write(response, path, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
          "The Host header does not name this engine. Allowed: " + String.join(", ", hosts.names())
              + "; add a name with amends.engine.allowed-hosts (AMENDS_ENGINE_ALLOWED_HOSTS).");
      return;
    }
    if (isOpen(method, path)) {
      chain.doFilter(request, response);
      return;
    }
    boolean tool = TestTools.isTool(path);
    if (tool && fromBrowser(request)) {
      AccessProblems.write(response, path, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
          "The engine's clock and purge endpoints do not answer requests from a web page.");
      return;
    }
    String authorization = request.getHeader("Authorization");
    boolean authenticated = credential.matches(authorization);
    boolean toolWithoutCredential = authorization == null
        && testTools.answersWithoutCredential(method, path)
        && fromThisMachine(request)
        && !fromBrowser(request);
    if (!authenticated && !toolWithoutCredential) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"amends-engine\", charset=\"UTF-8\"");
      AccessProblems.write(response, path, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
          authorization == null
              ? "The request carries no credential. Send the engine's username and password with HTTP"
                  + " Basic authentication (camunda.client.auth.method=basic)."
              : "The request's credential is not the engine's.");
      return;
    }
    if (tool && !jsonOrEmpty(request)) {
      AccessProblems.write(response, path, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "UNSUPPORTED_MEDIA_TYPE",
          "The engine's clock and purge endpoints take a JSON body (Content-Type: application/json)"
              + " or no body, not " + request.getContentType() + ".");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isOpen(String method, String path) {
    boolean read = method.equals("GET") || method.equals("HEAD");
    return read
        && (path.equals("/actuator/health") || path.startsWith("/actuator/health/")
            || path.equals("/v2/status"));
  }

  /** Browsers send Origin with every POST and DELETE, and Sec-Fetch-Site with every request. */
  private static boolean fromBrowser(HttpServletRequest request) {
    return request.getHeader("Origin") != null || request.getHeader("Sec-Fetch-Site") != null;
  }

  private static boolean fromThisMachine(HttpServletRequest request) {
    try {
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean jsonOrEmpty(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }
    try {
      MediaType media = MediaType.parseMediaType(type);
      return media.isCompatibleWith(MediaType.APPLICATION_JSON)
          || "json".equals(media.getSubtypeSuffix()) && "application".equals(media.getType());
    } catch (RuntimeException invalid) {
      return false;
    }
  }
}
