package org.amends.engine.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.amends.engine.Engine;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.server.access.AllowedHosts;
import org.amends.engine.server.grpc.GatewayAuthentication;
import org.amends.engine.server.grpc.GatewayServer;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The engine behind its ports: Zeebe's gateway protocol (gRPC) on one, the Camunda 8 REST API
 * (v2) on another, and the management endpoints Camunda Process Test uses on a third. The HTTP
 * side runs in its own Spring context so that it can live inside the app's JVM without sharing
 * the app's configuration.
 */
public final class EngineServer implements AutoCloseable {

  /** The Camunda version whose APIs the server speaks, as its topology reports it. */
  public static final String CAMUNDA_VERSION = "8.8.14";

  private final Engine engine;
  private final ServletWebServerApplicationContext context;
  private final GatewayServer gateway;
  private final EngineServerSettings settings;

  private EngineServer(
      Engine engine,
      ServletWebServerApplicationContext context,
      GatewayServer gateway,
      EngineServerSettings settings) {
    this.engine = engine;
    this.context = context;
    this.gateway = gateway;
    this.settings = settings;
  }

  /**
   * Starts the engine on the data source and serves it.
   *
   * @param ownLogging whether this server initialises logging (standalone) or leaves it to the host
   *     application (embedded)
   */
  public static EngineServer start(
      EngineServerSettings settings, DataSource dataSource, boolean ownLogging) {
    return start(settings, EngineConfiguration.of(dataSource).withHistoryRetention(settings.historyRetention()), ownLogging);
  }

  /**
   * Starts an engine of the given configuration (its command queue and command deadline, say)
   * and serves it; the settings' history retention is the configuration's own.
   */
  public static EngineServer start(
      EngineServerSettings settings, EngineConfiguration configuration, boolean ownLogging) {
    Engine engine = Engine.start(configuration);
    GatewayServer gateway = null;
    try {
      // The gateway first: once the REST API answers (what readiness checks and tests wait
      // for), every port does. It asks for the same credential and host names as the HTTP ports.
      gateway = GatewayServer.start(settings, engine, GatewayAuthentication.of(
          settings.credential(), AllowedHosts.of(settings.host(), settings.allowedHosts())));
      return new EngineServer(engine, startWeb(settings, engine, ownLogging), gateway, settings);
    } catch (RuntimeException e) {
      if (gateway != null) {
        gateway.close();
      }
      engine.close();
      throw e;
    }
  }

  private static ServletWebServerApplicationContext startWeb(
      EngineServerSettings settings, Engine engine, boolean ownLogging) {
    SpringApplication application = new SpringApplication(EngineWebConfiguration.class);
    application.setWebApplicationType(WebApplicationType.SERVLET);
    application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    application.setRegisterShutdownHook(false);
    if (!ownLogging) {
      // A second logging initialisation would reset the host application's logging.
      application.setListeners(
          application.getListeners().stream()
              .filter(listener -> !(listener instanceof LoggingApplicationListener))
              .collect(Collectors.toList()));
    }
    StandardEnvironment environment = new StandardEnvironment();
    Map<String, Object> properties = new LinkedHashMap<>();
    // Our own config name, so the host application's application.yml is not read.
    properties.put("spring.config.name", "amends-engine");
    properties.put("server.address", settings.host());
    properties.put("server.port", settings.restPort());
    properties.put("amends.engine.management-port", settings.managementPort());
    properties.put("spring.jmx.enabled", false);
    properties.put("spring.servlet.multipart.max-file-size", "10MB");
    properties.put("spring.servlet.multipart.max-request-size", "50MB");
    properties.put("spring.mvc.problemdetails.enabled", false);
    properties.put("server.error.whitelabel.enabled", false);
    environment.getPropertySources().addFirst(new MapPropertySource("amends-engine", properties));
    application.setEnvironment(environment);
    application.addInitializers(
        context -> {
          context.getBeanFactory().registerSingleton("engine", engine);
          context.getBeanFactory().registerSingleton("engineServerSettings", settings);
        });
    return (ServletWebServerApplicationContext) application.run();
  }

  public Engine engine() {
    return engine;
  }

  public EngineServerSettings settings() {
    return settings;
  }

  /** The REST API port actually bound (useful when 0 was asked for). */
  public int restPort() {
    return context.getWebServer().getPort();
  }

  /** The management port actually bound. */
  public int managementPort() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    for (Connector connector : server.getTomcat().getService().findConnectors()) {
      if (connector != server.getTomcat().getConnector()) {
        return connector.getLocalPort();
      }
    }
    throw new IllegalStateException("The management connector is not running");
  }

  /** The gateway (gRPC) port actually bound. */
  public int grpcPort() {
    return gateway.port();
  }

  /** Where a Camunda client's {@code grpcAddress} points. */
  public String grpcAddress() {
    return "http://" + settings.host() + ":" + grpcPort();
  }

  public String restAddress() {
    return "http://" + settings.host() + ":" + restPort();
  }

  public String managementAddress() {
    return "http://" + settings.host() + ":" + managementPort();
  }

  @Override
  public void close() {
    gateway.close();
    context.close();
    engine.close();
  }
}
