package org.amends.engine.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the two APIs on their own ports, as on a Camunda 8 cluster: {@code /v2} only on the REST
 * port, {@code /actuator} only on the management port.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PortRoutingFilter extends OncePerRequestFilter {

  private volatile int restPort;

  PortRoutingFilter(EngineServerSettings settings) {
    this.restPort = settings.restPort();
  }

  @EventListener
  void onStarted(WebServerInitializedEvent event) {
    restPort = event.getWebServer().getPort();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean onRestPort = request.getLocalPort() == restPort;
    boolean management = path.startsWith("/actuator");
    if (onRestPort == management) {
      // Answered here, before Spring MVC, so the problem detail is written by hand.
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/problem+json");
      response.getWriter().write(
          "{\"type\":\"about:blank\",\"title\":\"NOT_FOUND\",\"status\":404,\"detail\":\""
              + (management ? "The management API is served on the management port" : "The REST API is served on the REST port")
              + "\",\"instance\":\"" + path.replace("\\", "").replace("\"", "") + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
