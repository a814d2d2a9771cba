package org.amends.engine.server.conformance;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Test-only: hands every REST API response of the test engine servers (method, matched route,
 * status, body) to {@link ResponseConformance}. It lives in the test sources under the engine
 * server's package, so the server's component scan picks it up in test JVMs and never in
 * production. Outermost, so that it also sees the access filter's refusals; it keeps the body
 * until a long poll's asynchronous dispatch has written it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ResponseRecorder extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  /**
   * Set by a benchmark, which runs from the test sources too: what it measures is the engine's
   * answers, not this recorder's copying and checking of every body.
   */
  public static final String OFF = "amends.test.conformance.off";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/v2/") || Boolean.getBoolean(OFF);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletResponse recorded = isAsyncDispatch(request) || response instanceof ContentCachingResponseWrapper
        ? response
        : new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, recorded);
    } finally {
      if (!isAsyncStarted(request)) {
        ContentCachingResponseWrapper wrapper = WebUtils.getNativeResponse(recorded, ContentCachingResponseWrapper.class);
        if (wrapper != null) {
          ResponseConformance.record(new RecordedResponse(
              request.getMethod(), route(request), wrapper.getStatus(), wrapper.getContentType(),
              wrapper.getContentAsByteArray()));
          wrapper.copyBodyToResponse();
        }
      }
    }
  }

  /** The matched route's template, or the plain path when no route matched (a refusal, a 404). */
  private static String route(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return pattern != null ? pattern.toString() : request.getRequestURI() + " (no route)";
  }
}
