package org.amends.engine.server.access;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host names a request may be addressed to. A web page that rebinds its own DNS name to
 * 127.0.0.1 reaches the engine with its own name in the {@code Host} header; refusing names the
 * engine does not answer to stops it (DNS rebinding). Spring-free, so a gRPC gateway can check
 * {@code :authority} the same way.
 */
public final class AllowedHosts {

  private final Set<String> names;

  private AllowedHosts(Set<String> names) {
    this.names = names;
  }

  /** The engine's own host, localhost, 127.0.0.1 and [::1], and any extra names. */
  public static AllowedHosts of(String engineHost, Collection<String> extra) {
    Set<String> names = new TreeSet<>();
    names.add("localhost");
    names.add("127.0.0.1");
    names.add("[::1]");
    add(names, engineHost);
    if (extra != null) {
      extra.forEach(name -> add(names, name));
    }
    return new AllowedHosts(Set.copyOf(names));
  }

  private static void add(Set<String> names, String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    String host = name.strip().toLowerCase(Locale.ROOT);
    // a bare IPv6 address is written in brackets in a Host header
    names.add(host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
  }

  /** Whether a {@code Host} header value (with or without a port) names this engine. */
  public boolean allows(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    return names.contains(hostOf(hostHeader.strip().toLowerCase(Locale.ROOT)));
  }

  private static String hostOf(String header) {
    if (header.startsWith("[")) {
      int close = header.indexOf(']');
      return close < 0 ? header : header.substring(0, close + 1);
    }
    int colon = header.lastIndexOf(':');
    return colon < 0 ? header : header.substring(0, colon);
  }

  public Set<String> names() {
    return names;
  }
}
