package org.amends.engine.server.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 by hand, for what {@code java.net.http} will not send: a Host header of our choosing
 * (as a DNS-rebinding page's browser sends it) and exact form posts.
 */
final class RawHttp {

  record Response(int status, String head, String body) {}

  private RawHttp() {}

  static Response send(String address, String method, String path, Map<String, String> headers, String body)
      throws IOException {
    URI uri = URI.create(address);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", uri.getHost() + ":" + uri.getPort());
    all.putAll(headers);
    all.put("Connection", "close");
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      all.put("Content-Length", Integer.toString(content.length));
    }
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      in.transferTo(received);
      String text = received.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String rest = split < 0 ? "" : text.substring(split + 4);
      return new Response(Integer.parseInt(head.substring(9, 12)), head, rest);
    }
  }
}
