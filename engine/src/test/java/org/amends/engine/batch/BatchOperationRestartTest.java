package org.amends.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.amends.engine.Engine;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.state.BatchOperation;
import org.amends.engine.state.BatchOperationItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch operation the engine stopped in the middle of goes on when a new engine starts on the database. */
class BatchOperationRestartTest {

  private static final int INSTANCES = 300;

  private LocalPostgres postgres;

  @BeforeEach
  void startDatabase() {
    postgres = LocalPostgres.startTemporary();
  }

  @AfterEach
  void stopDatabase() {
    postgres.close();
  }

  private Engine startEngine() {
    return Engine.start(new EngineConfiguration(postgres.dataSource(), "engine", new EngineClock()));
  }

  @Test
  void shouldFinishAnOpenBatchAfterRestart() {
    // given: a cancellation of many instances, stopped as soon as it started
    List<Long> keys = new ArrayList<>();
    Engine first = startEngine();
    try (Engine engine = first) {
      engine.deploy(List.of(new DeploymentResource("wait.bpmn", Bpmn.convertToString(
          Bpmn.createExecutableProcess("wait").startEvent().userTask("UserTask_Wait", t -> t.zeebeUserTask())
              .endEvent().done()).getBytes(StandardCharsets.UTF_8))), null);
      List<BatchOperations.Item> items = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        long key = engine.createProcessInstance(
            new CreateProcessInstance(null, "wait", -1, Map.of(), null, null)).processInstanceKey();
        keys.add(key);
        items.add(new BatchOperations.Item(key, key));
      }
      engine.batchOperations().create(BatchOperationType.CANCEL_PROCESS_INSTANCE.name(), items, Map.of(),
          BatchOperationType.CANCEL_PROCESS_INSTANCE.operation(Map.of()));
    }

    System.out.println("Batch items left open by the stop: "
        + first.store().load(BatchOperationItem.class, true).size() + " of " + INSTANCES);

    // when
    try (Engine engine = startEngine()) {
      // then every item is done, none failed for the restart, and the batch completed
      await(() -> engine.store().load(BatchOperation.class, true).isEmpty());
      BatchOperation batch = engine.store().load(BatchOperation.class, false).get(0);
      assertThat(batch.state).isEqualTo(BatchOperation.State.COMPLETED);
      assertThat(batch.operationsCompletedCount).isEqualTo(INSTANCES);
      assertThat(engine.store().load(BatchOperationItem.class, false))
          .hasSize(INSTANCES).allSatisfy(item -> assertThat(item.state).isEqualTo(BatchOperationItem.State.COMPLETED));
      boolean anyLeft = engine.read(state -> keys.stream().anyMatch(state.elementInstances::containsKey));
      assertThat(anyLeft).isFalse();
    }
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("the batch finishes within 60 s").isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }
}
