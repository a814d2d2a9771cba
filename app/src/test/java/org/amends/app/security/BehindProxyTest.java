package org.amends.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server (Tomcat) as a browser or a reverse proxy reaches it: session cookies are Secure
 * over HTTPS, which a trusted proxy signals with X-Forwarded-Proto; HSTS only then; sessions end
 * after 30 idle minutes; oversized bodies are refused with 413.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindProxyTest extends EmbeddedEngineTestSupport {

  @LocalServerPort int port;
  @Autowired ServerProperties server;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void shouldMarkTheSessionCookieSecureAndSendHstsWhenTheProxySaysHttps() throws Exception {
    HttpResponse<String> viaHttps = http.send(HttpRequest.newBuilder(url("/login"))
        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(viaHttps.statusCode()).isEqualTo(200);
    assertThat(viaHttps.headers().firstValue("Set-Cookie")).get().asString()
        .startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax");
    assertThat(viaHttps.headers().firstValue("Strict-Transport-Security")).get().asString()
        .contains("max-age=31536000");

    HttpResponse<String> plain = http.send(HttpRequest.newBuilder(url("/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(plain.headers().firstValue("Set-Cookie")).get().asString()
        .startsWith("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(plain.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
  }

  @Test
  void shouldEndASessionAfterThirtyIdleMinutes() {
    assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void shouldRefuseAnOversizedPartnerApiBodyWithAProblem() throws Exception {
    byte[] body = ("{\"offenceType\": \"" + "x".repeat(100_000) + "\"}").getBytes();
    HttpResponse<String> sized = http.send(HttpRequest.newBuilder(url("/api/partner/referrals"))
        .header("Content-Type", "application/json").header("X-API-Key", "dev-police-key")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(sized.statusCode()).isEqualTo(413);
    assertThat(sized.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(sized.body()).contains("\"status\":413", "The request body is larger than the 64 KB allowed.");

    // sent in chunks, without a length: read up to the limit and no further
    HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(url("/api/partner/referrals"))
        .header("Content-Type", "application/json").header("X-API-Key", "dev-police-key")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("\"status\":413");

    // a small chunked body still reaches the API (and is read there)
    HttpResponse<String> small = http.send(HttpRequest.newBuilder(url("/api/partner/referrals"))
        .header("Content-Type", "application/json").header("X-API-Key", "dev-police-key")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes()))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(small.statusCode()).isEqualTo(400);
    assertThat(small.body()).contains("referrer");
  }

  @Test
  void shouldRefuseAnOversizedFormWithTheGovUkPage() throws Exception {
    String form = "email=" + "a".repeat(600 * 1024);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/self-referral/email"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("<h1 class=\"govuk-heading-l\">What you sent is too large</h1>");
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
