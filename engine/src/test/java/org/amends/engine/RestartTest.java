package org.amends.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.server.LocalPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine stops mid-process and a new engine on the same database carries on. */
class RestartTest {

  private LocalPostgres postgres;
  private final EngineClock clock = new EngineClock();

  @BeforeEach
  void startDatabase() {
    postgres = LocalPostgres.startTemporary();
    clock.pin(Instant.parse("2026-03-02T09:00:00Z"));
  }

  @AfterEach
  void stopDatabase() {
    postgres.close();
  }

  private Engine startEngine() {
    return Engine.start(new EngineConfiguration(postgres.dataSource(), "engine", clock));
  }

  @Test
  void shouldContinueWhereItStoppedAfterRestart() {
    // given: an instance waiting at a job, one at a timer, and a buffered message
    long jobInstance;
    long timerInstance;
    long messageInstanceKeyBefore;
    try (Engine engine = startEngine()) {
      engine.deploy(List.of(
          resource("job.bpmn", Bpmn.createExecutableProcess("job")
              .startEvent().serviceTask("ServiceTask_Work", t -> t.zeebeJobType("work")).endEvent().done()),
          resource("timer.bpmn", Bpmn.createExecutableProcess("timer")
              .startEvent().intermediateCatchEvent("TimerEvent_Wait").timerWithDuration("P7D")
              .serviceTask("ServiceTask_After", t -> t.zeebeJobType("after-timer")).endEvent().done()),
          resource("message.bpmn", Bpmn.createExecutableProcess("message")
              .startEvent().serviceTask("ServiceTask_First", t -> t.zeebeJobType("first"))
              .intermediateCatchEvent("MessageEvent_Reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
              .endEvent().done())), null);
      jobInstance = start(engine, "job", Map.of("caseId", "J"));
      timerInstance = start(engine, "timer", Map.of());
      messageInstanceKeyBefore = start(engine, "message", Map.of("caseId", "M"));
      engine.publishMessage("reply", "M", Duration.ofDays(1), null, Map.of("answer", "yes"), null);
    }

    // when
    try (Engine engine = startEngine()) {
      // then the job is still there
      ActivatedJob job = activate(engine, "work").get(0);
      assertThat(job.processInstanceKey()).isEqualTo(jobInstance);
      assertThat(job.variables()).containsEntry("caseId", "J");
      engine.jobs().complete(job.key(), Map.of());

      // and the buffered message correlates when the subscription opens
      engine.jobs().complete(activate(engine, "first").get(0).key(), Map.of());
      boolean messageInstanceActive = engine.read(s -> s.elementInstances.containsKey(messageInstanceKeyBefore));
      assertThat(messageInstanceActive).isFalse();

      // and the timer fires when due
      engine.addToClock(Duration.ofDays(7));
      assertThat(activate(engine, "after-timer")).singleElement()
          .satisfies(j -> assertThat(j.processInstanceKey()).isEqualTo(timerInstance));
      boolean jobInstanceActive = engine.read(s -> s.elementInstances.containsKey(jobInstance));
      assertThat(jobInstanceActive).isFalse();

      // and new keys do not collide with old ones
      long next = start(engine, "job", Map.of());
      assertThat(next).isGreaterThan(messageInstanceKeyBefore);
    }
  }

  private static DeploymentResource resource(String name, io.camunda.zeebe.model.bpmn.BpmnModelInstance model) {
    return new DeploymentResource(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }

  private static long start(Engine engine, String processId, Map<String, Object> variables) {
    return engine.createProcessInstance(new CreateProcessInstance(null, processId, null, variables, null, null)).processInstanceKey();
  }

  private static List<ActivatedJob> activate(Engine engine, String type) {
    return engine.jobs().activate(new ActivateJobs(type, "w", Duration.ofMinutes(1), 10, List.of(), Duration.ZERO, List.of())).join();
  }
}
