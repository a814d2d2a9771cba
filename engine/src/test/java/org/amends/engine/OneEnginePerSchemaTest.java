package org.amends.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amends.engine.clock.EngineClock;
import org.junit.jupiter.api.Test;

/** Two engines on one schema would hand out the same keys: the second one refuses to start. */
class OneEnginePerSchemaTest extends EngineTestSupport {

  @Test
  void secondEngineOnTheSameSchemaRefusesToStart() {
    // given: this class's engine runs on schema "engine"
    // when / then
    assertThatThrownBy(() -> Engine.start(new EngineConfiguration(dataSource(), "engine", new EngineClock())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Another engine is already running on schema 'engine'")
        .hasMessageContaining("Only one engine may use a schema at a time");

    // and the running engine still serves
    assertThat(engine.isHealthy()).isTrue();
    int definitions = engine.read(s -> s.processDefinitions.size());
    assertThat(definitions).isZero();
  }

  @Test
  void engineOnAnotherSchemaStartsAndTheSchemaIsFreeAgainAfterClose() {
    Engine first = Engine.start(new EngineConfiguration(dataSource(), "engine_lock_test", new EngineClock()));
    try {
      assertThatThrownBy(() -> Engine.start(new EngineConfiguration(dataSource(), "engine_lock_test", new EngineClock())))
          .hasMessageContaining("Another engine is already running on schema 'engine_lock_test'");
    } finally {
      first.close();
    }

    try (Engine next = Engine.start(new EngineConfiguration(dataSource(), "engine_lock_test", new EngineClock()))) {
      assertThat(next.isHealthy()).isTrue();
    }
  }
}
