package org.amends.app.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the answers one client address may send to the public survey pages (a token bucket
 * each, bucket4j, as for sign-in). More are refused with 429 and a GOV.UK page, unread.
 */
class SurveyThrottle extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SurveyThrottle.class);

  private final SurveySettings settings;
  private final Cache<String, Bucket> buckets;

  SurveyThrottle(SurveySettings settings) {
    this.settings = settings;
    this.buckets = Caffeine.newBuilder()
        .expireAfterAccess(settings.addressWindow().multipliedBy(2))
        .maximumSize(100_000)
        .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && request.getRequestURI().substring(request.getContextPath().length()).startsWith(SurveyController.PATH));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket bucket = buckets.get(request.getRemoteAddr(), address -> newBucket());
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    log.warn("Survey answers from {} throttled: more than {} in {}", request.getRemoteAddr(),
        settings.answersPerAddress(), settings.addressWindow());
    response.sendError(429);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder()
            .capacity(settings.answersPerAddress())
            .refillGreedy(settings.answersPerAddress(), settings.addressWindow())
            .build())
        .build();
  }
}
