package org.amends.app.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server on a socket that can be told to break the connection after it has received a
 * whole message and before it says "250": what a sending cut short by a network failure or a
 * server crash looks like to the client, which cannot know whether the message will be delivered.
 */
final class FlakySmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger messagesReceived = new AtomicInteger();
  private final AtomicBoolean dropAfterData = new AtomicBoolean();
  private final Thread acceptor;

  FlakySmtpServer() {
    try {
      socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::serve, "flaky-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Messages received whole (the data's closing dot), whether or not acknowledged. */
  int messagesReceived() {
    return messagesReceived.get();
  }

  void dropAfterData(boolean drop) {
    dropAfterData.set(drop);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // the client or this server hung up: wait for the next connection
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
    reply(out, "220 flaky.test ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase();
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 flaky.test");
      } else if (command.startsWith("MAIL") || command.startsWith("RCPT") || command.startsWith("RSET")
          || command.startsWith("NOOP")) {
        reply(out, "250 OK");
      } else if (command.startsWith("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // the message itself
        }
        messagesReceived.incrementAndGet();
        if (dropAfterData.get()) {
          return;
        }
        reply(out, "250 OK: queued");
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 Bye");
        return;
      } else {
        reply(out, "502 Command not implemented");
      }
    }
  }

  private static void reply(PrintWriter out, String text) {
    out.print(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
