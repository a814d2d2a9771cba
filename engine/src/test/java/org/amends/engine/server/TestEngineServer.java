package org.amends.engine.server;

import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.CamundaProcessTestRuntimeMode;
import java.net.URI;
import java.time.Duration;

/**
 * One engine server on a throw-away PostgreSQL for all API tests of a test JVM (free ports, clock
 * control on), stopped when the JVM ends. Tests do not share data on purpose: each deploys its own
 * processes, and process tests purge after each test.
 */
public final class TestEngineServer {

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

  /** A Camunda client over REST with the engine's credential, as the app uses it. */
  public static CamundaClient newClient() {
    return CREDENTIAL.clientBuilder(get())
        .defaultRequestTimeout(Duration.ofSeconds(15))
        .build();
  }

  /**
   * Camunda Process Test in remote mode against this server. The builder factory hands out a fresh
   * builder each time, so that one test class's client settings never leak into the next.
   */
  public static CamundaProcessTestExtension processTestExtension() {
    EngineServer engine = get();
    return new CamundaProcessTestExtension()
        .withRuntimeMode(CamundaProcessTestRuntimeMode.REMOTE)
        .withRemoteCamundaClientBuilderFactory(() -> CamundaClient.newClientBuilder()
            .restAddress(URI.create(engine.restAddress()))
            .grpcAddress(URI.create("http://127.0.0.1:1"))
            .preferRestOverGrpc(true)
            .credentialsProvider(CREDENTIAL.provider()))
        .withRemoteCamundaMonitoringApiAddress(URI.create(engine.managementAddress()));
  }
}
