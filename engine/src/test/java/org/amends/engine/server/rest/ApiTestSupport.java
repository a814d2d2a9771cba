package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;

/**
 * API tests drive the engine server through the real Camunda client over REST. The server is
 * shared by all test classes, so each test uses its own process ids.
 */
abstract class ApiTestSupport {

  private static final AtomicInteger IDS = new AtomicInteger();

  protected static EngineServer server;
  protected static CamundaClient client;

  @BeforeAll
  static void connect() {
    server = TestEngineServer.get();
    client = TestEngineServer.newClient();
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  /** A process id no other test uses. */
  static String uniqueId(String prefix) {
    return prefix + "_" + IDS.incrementAndGet() + "_" + System.nanoTime() % 100_000;
  }

  static BpmnModelInstance serviceTaskProcess(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .name("Process " + processId)
        .startEvent("StartEvent_Received")
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType(jobType).name("Work"))
        .endEvent("EndEvent_Done")
        .done();
  }

  static BpmnModelInstance userTaskProcess(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .userTask("UserTask_Review", t -> t.zeebeUserTask().name("Review the case"))
        .endEvent("EndEvent_Done")
        .done();
  }

  static DeploymentEvent deploy(BpmnModelInstance process) {
    String id = process.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    return client.newDeployResourceCommand().addProcessModel(process, id + ".bpmn").send().join();
  }

  static long deployAndGetKey(BpmnModelInstance process) {
    return deploy(process).getProcesses().get(0).getProcessDefinitionKey();
  }

  static ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(variables).send().join();
  }

  static ProcessInstanceEvent start(String processId) {
    return start(processId, Map.of());
  }

  static byte[] resource(String name) {
    try (InputStream in = ApiTestSupport.class.getResourceAsStream("/api/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /api/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the call and returns the problem it failed with. */
  static ProblemException problemOf(Executable call) {
    ProblemException problem = catchThrowableOfType(ProblemException.class, () -> {
      try {
        call.execute();
      } catch (RuntimeException e) {
        throw e.getCause() instanceof ProblemException p ? p : e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(problem).as("the call should fail with a problem").isNotNull();
    return problem;
  }

  /** For what happens after an answer (timers firing, workers completing): waits a little. */
  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }
}
