package org.amends.engine.server.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring MVC flushes the response stream after writing a JSON body, so Tomcat sends it as a chunk
 * and then the closing chunk: two packets, and two wake-ups of the client, per job activation or
 * instance creation. The body's flushes are held back here; an answer that fits Tomcat's buffer
 * then leaves in one write with its Content-Length when the request ends, and a larger one still
 * streams as the buffer fills.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class WholeResponseFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Unflushed(response));
  }

  private static final class Unflushed extends HttpServletResponseWrapper {

    private ServletOutputStream stream;

    Unflushed(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        stream = new UnflushedStream(super.getOutputStream());
      }
      return stream;
    }
  }

  private static final class UnflushedStream extends ServletOutputStream {

    private final ServletOutputStream target;

    UnflushedStream(ServletOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      target.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      target.write(bytes, offset, length);
    }

    /** Left to Tomcat: it sends the buffer when full and when the response completes. */
    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
      target.close();
    }

    @Override
    public boolean isReady() {
      return target.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      target.setWriteListener(listener);
    }
  }
}
