package org.amends.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The embedded engine and the app's Camunda client always end up with one credential. */
class EmbeddedEngineCredentialTest {

  @Test
  void shouldMakeARandomCredentialForBothWhenNoneIsConfigured() {
    // when
    Map<String, Object> first = EmbeddedEngineCredential.resolve(new MockEnvironment()
        .withProperty("camunda.client.auth.method", "none"));
    Map<String, Object> second = EmbeddedEngineCredential.resolve(new MockEnvironment());

    // then
    assertThat(first).containsEntry("camunda.client.auth.method", "basic");
    assertThat(first.get("camunda.client.auth.username")).isEqualTo(first.get("amends.engine.auth.username"));
    assertThat(first.get("camunda.client.auth.password")).isEqualTo(first.get("amends.engine.auth.password"));
    assertThat((String) first.get("amends.engine.auth.password")).hasSizeGreaterThanOrEqualTo(40);
    assertThat(second.get("amends.engine.auth.password")).isNotEqualTo(first.get("amends.engine.auth.password"));
  }

  @Test
  void shouldGiveTheEngineTheClientsBasicCredential() {
    // when
    Map<String, Object> resolved = EmbeddedEngineCredential.resolve(new MockEnvironment()
        .withProperty("camunda.client.auth.method", "basic")
        .withProperty("camunda.client.auth.username", "ops")
        .withProperty("camunda.client.auth.password", "a long chosen secret"));

    // then
    assertThat(resolved).containsExactlyInAnyOrderEntriesOf(Map.of(
        "amends.engine.auth.username", "ops", "amends.engine.auth.password", "a long chosen secret"));
  }

  @Test
  void shouldGiveTheClientTheEnginesConfiguredCredential() {
    // when
    Map<String, Object> resolved = EmbeddedEngineCredential.resolve(new MockEnvironment()
        .withProperty("amends.engine.auth.username", "engine")
        .withProperty("amends.engine.auth.password", "another chosen secret"));

    // then
    assertThat(resolved).containsExactlyInAnyOrderEntriesOf(Map.of(
        "camunda.client.auth.method", "basic",
        "camunda.client.auth.username", "engine",
        "camunda.client.auth.password", "another chosen secret"));
  }
}
