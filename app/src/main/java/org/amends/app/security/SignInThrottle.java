package org.amends.app.security;

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
 * Limits sign-in attempts per client address (a token bucket each, bucket4j), whatever the user
 * names tried: a guesser spreading attempts over many accounts is slowed too. Behind a proxy the
 * address is the client's (server.forward-headers-strategy). Refused attempts go back to the
 * sign-in page with a message, without being checked.
 */
class SignInThrottle extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  private final SignInSettings settings;
  private final Cache<String, Bucket> buckets;

  SignInThrottle(SignInSettings settings) {
    this.settings = settings;
    this.buckets = Caffeine.newBuilder()
        .expireAfterAccess(settings.addressWindow().multipliedBy(2))
        .maximumSize(100_000)
        .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket bucket = buckets.get(request.getRemoteAddr(), address -> newBucket());
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    log.warn("Sign-in attempts from {} throttled: more than {} in {}", request.getRemoteAddr(),
        settings.attemptsPerAddress(), settings.addressWindow());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/login?throttled");
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder()
            .capacity(settings.attemptsPerAddress())
            .refillGreedy(settings.attemptsPerAddress(), settings.addressWindow())
            .build())
        .build();
  }
}
