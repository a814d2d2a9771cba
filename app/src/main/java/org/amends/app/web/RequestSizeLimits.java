package org.amends.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: the JSON APIs
 * (amends.partner-api.max-body-size) with a problem detail, everything else (form posts,
 * server.tomcat.max-http-form-post-size) with the GOV.UK error page. An API body sent without a
 * length is read up to the limit and no further.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimits extends OncePerRequestFilter {

  private final long formLimit;
  private final long apiLimit;

  RequestSizeLimits(
      @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
      @Value("${amends.partner-api.max-body-size:64KB}") DataSize apiLimit) {
    this.formLimit = formLimit.toBytes();
    this.apiLimit = apiLimit.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean api = request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    long limit = api ? apiLimit : formLimit;
    long length = request.getContentLengthLong();
    if (length > limit) {
      refuse(request, response, api, limit);
      return;
    }
    if (api && length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
      byte[] body = request.getInputStream().readNBytes((int) limit + 1);
      if (body.length > limit) {
        refuse(request, response, true, limit);
        return;
      }
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, long limit)
      throws IOException {
    if (!api) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
        + "\"detail\":\"The request body is larger than the " + DataSize.ofBytes(limit).toKilobytes()
        + " KB allowed.\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
  }

  /** The request with its body already read (and known to be within the limit). */
  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
