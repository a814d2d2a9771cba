package org.amends.engine.server;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.amends.engine.server.access.EngineCredential;

/**
 * A random engine credential for one test engine, and the Camunda client configured with it the
 * way a user configures it: basic authentication with a username and password.
 */
public record TestCredential(String username, String password) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static TestCredential random() {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return new TestCredential("amends-test", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  public EngineCredential credential() {
    return EngineCredential.basic(username, password);
  }

  /** The {@code Authorization} header value, for tests that speak HTTP themselves. */
  public String header() {
    return EngineCredential.basicHeader(username, password);
  }

  public CredentialsProvider provider() {
    return CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
        .username(username).password(password).build();
  }

  /** A Camunda client for the server on this JVM's transport, with this credential. */
  public CamundaClientBuilder clientBuilder(EngineServer server) {
    return clientBuilder(server, TestEngineServer.Transport.current());
  }

  /** A Camunda client for the server (both addresses, preferring the transport), with this credential. */
  public CamundaClientBuilder clientBuilder(EngineServer server, TestEngineServer.Transport transport) {
    return CamundaClient.newClientBuilder()
        .restAddress(URI.create(server.restAddress()))
        .grpcAddress(URI.create(server.grpcAddress()))
        .preferRestOverGrpc(transport == TestEngineServer.Transport.REST)
        .credentialsProvider(provider());
  }
}
