package org.amends.engine.server;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.CamundaProcessTestRuntimeMode;
import java.net.URI;
import java.time.Duration;

/**
 * One engine server on a throw-away PostgreSQL for all API tests of a test JVM (free ports, clock
 * control on), stopped when the JVM ends. Tests do not share data on purpose: each deploys its own
 * processes, and process tests purge after each test.
 *
 * <p>Clients talk to it preferring gRPC (the 8.8 client's own default is REST), or REST when
 * the system property {@code amends.test.transport} is {@code rest}: the build runs the
 * client-level suites once each way.
 *
 * <p>Every REST API response of a test server is checked against the Camunda 8.8 schema: the
 * test-only {@code conformance.ResponseRecorder} filter, which the server's component scan finds
 * in the test sources, records it, and the client suites fail on what does not conform.
 */
public final class TestEngineServer {

  /** The transport the client-level suites use in this test JVM. */
  public enum Transport {
    GRPC,
    REST;

    public static Transport current() {
      return "rest".equalsIgnoreCase(System.getProperty("amends.test.transport", "grpc")) ? REST : GRPC;
    }
  }

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static EngineServer server;
  private static LocalPostgres postgres;

  private TestEngineServer() {}

  public static synchronized EngineServer get() {
    if (server == null) {
      postgres = LocalPostgres.startTemporary();
      server = EngineServer.start(
          EngineServerSettings.forTests(CREDENTIAL.credential()), postgres.dataSource(), false);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        postgres.close();
      }, "test-engine-server-stop"));
    }
    return server;
  }

  /** The credential the server asks for. */
  public static TestCredential credential() {
    return CREDENTIAL;
  }

  /** A Camunda client on this JVM's transport, with the engine's credential. */
  public static CamundaClient newClient() {
    return clientBuilder(get(), Transport.current()).defaultRequestTimeout(Duration.ofSeconds(15)).build();
  }

  /** A client builder for this JVM's server: both addresses, the transport, the credential. */
  public static CamundaClientBuilder clientBuilder(EngineServer server, Transport transport) {
    return CREDENTIAL.clientBuilder(server, transport);
  }

  /**
   * Camunda Process Test in remote mode against this server. The builder factory hands out a fresh
   * builder each time, so that one test class's client settings never leak into the next.
   */
  public static CamundaProcessTestExtension processTestExtension() {
    EngineServer engine = get();
    return new CamundaProcessTestExtension()
        .withRuntimeMode(CamundaProcessTestRuntimeMode.REMOTE)
        .withRemoteCamundaClientBuilderFactory(() -> clientBuilder(engine, Transport.current()))
        .withRemoteCamundaMonitoringApiAddress(URI.create(engine.managementAddress()));
  }
}
