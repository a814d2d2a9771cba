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
import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the requests of one kind (sign-in attempts, survey answers) that one client address may
 * send: a token bucket per address (bucket4j), whatever else the requests name, so a guesser
 * spreading attempts over many accounts or links is slowed too. Behind a proxy the address is
 * the client's (server.forward-headers-strategy). A refused request is answered by
 * {@code refusal} without being read further.
 */
public final class AddressThrottle extends OncePerRequestFilter {

  /** How a refused request is answered. */
  @FunctionalInterface
  public interface Refusal {
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

  private final String what;
  private final Predicate<HttpServletRequest> counted;
  private final int perWindow;
  private final Duration window;
  private final Refusal refusal;
  private final Cache<String, Bucket> buckets;

  /**
   * @param what the requests, for the log ("Sign-in attempts")
   * @param counted which requests count (the others pass untouched)
   */
  public AddressThrottle(String what, Predicate<HttpServletRequest> counted, int perWindow, Duration window,
      Refusal refusal) {
    this.what = what;
    this.counted = counted;
    this.perWindow = perWindow;
    this.window = window;
    this.refusal = refusal;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(100_000).build();
  }

  /** Sign-in attempts: a refused one goes back to the sign-in page with a message, unchecked. */
  static AddressThrottle signIn(SignInSettings settings) {
    return new AddressThrottle("Sign-in attempts",
        request -> "POST".equals(request.getMethod()) && "/login".equals(path(request)),
        settings.attemptsPerAddress(), settings.addressWindow(), (request, response) -> {
          response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          response.setHeader("Location", request.getContextPath() + "/login?throttled");
        });
  }

  /** The request's path inside the application. */
  public static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !counted.test(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket bucket = buckets.get(request.getRemoteAddr(), address -> newBucket());
    if (bucket.tryConsume(1)) {
      chain.doFilter(request, response);
      return;
    }
    log.warn("{} from {} throttled: more than {} in {}", what, request.getRemoteAddr(), perWindow, window);
    refusal.refuse(request, response);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perWindow).refillGreedy(perWindow, window).build())
        .build();
  }
}
