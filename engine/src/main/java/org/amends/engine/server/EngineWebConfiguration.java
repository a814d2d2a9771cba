package org.amends.engine.server;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The engine server's Spring context: only the web pieces it needs, listed explicitly so that
 * the host application's auto-configuration (Camunda client, data sources, ...) stays out.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
  ServletWebServerFactoryAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  MultipartAutoConfiguration.class
})
@ComponentScan
class EngineWebConfiguration {

  /** A second Tomcat connector serves the management endpoints on their own port. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> managementConnector(
      EngineServerSettings settings) {
    return factory -> {
      Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
      connector.setPort(settings.managementPort());
      connector.setProperty("address", settings.host());
      connector.setThrowOnFailure(true);
      factory.addAdditionalTomcatConnectors(connector);
    };
  }
}
