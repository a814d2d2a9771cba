package org.amends.app.engine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the embedded engine a credential and the app's Camunda client the same one, with no
 * setup: the operator's ({@code amends.engine.auth.username} and {@code .password}, or the
 * client's own {@code camunda.client.auth.*} with method basic) when configured, otherwise a
 * random secret made at each start and never written anywhere. It runs once every property
 * source (test ones included) is in place and before any bean reads {@code camunda.client.*}.
 */
class EmbeddedEngineCredential implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String USERNAME = "amends.engine.auth.username";
  static final String PASSWORD = "amends.engine.auth.password";
  private static final String GENERATED_USERNAME = "amends-app";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngineCredential.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConfigurableEnvironment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = (ConfigurableEnvironment) environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    environment.getPropertySources().addFirst(new MapPropertySource("amendsEmbeddedEngineCredential", resolve(environment)));
  }

  /** The properties that give the engine and the client one credential. */
  static Map<String, Object> resolve(Environment env) {
    String username = env.getProperty(USERNAME);
    String password = env.getProperty(PASSWORD);
    boolean clientBasic = "basic".equalsIgnoreCase(env.getProperty("camunda.client.auth.method"))
        && hasText(env.getProperty("camunda.client.auth.username"))
        && hasText(env.getProperty("camunda.client.auth.password"));
    Map<String, Object> properties = new LinkedHashMap<>();
    if (!hasText(username) || !hasText(password)) {
      if (clientBasic) {
        username = env.getProperty("camunda.client.auth.username");
        password = env.getProperty("camunda.client.auth.password");
      } else {
        username = GENERATED_USERNAME;
        password = randomSecret();
        LOG.info("The embedded engine asks for a credential generated for this run; set {} and {}"
            + " to choose one (for example to call the engine's API yourself)", USERNAME, PASSWORD);
      }
      properties.put(USERNAME, username);
      properties.put(PASSWORD, password);
    }
    if (!clientBasic) {
      properties.put("camunda.client.auth.method", "basic");
      properties.put("camunda.client.auth.username", username);
      properties.put("camunda.client.auth.password", password);
    }
    return properties;
  }

  private static String randomSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
