package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
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
import org.amends.engine.server.conformance.ConformanceExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * API tests drive the engine server through the real Camunda client, over gRPC as the client
 * prefers by default, or over REST when the build runs them the second time (see {@link
 * TestEngineServer.Transport}). The server is shared by all test classes, so each test uses its
 * own process ids.
 */
@ExtendWith(ConformanceExtension.class)
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

  /**
   * A call the engine refused, whichever transport carried it: a problem detail over REST, a
   * status over gRPC, each mapped to the engine's reason for refusing.
   */
  record Refusal(Kind kind, String message) {

    enum Kind { INVALID_ARGUMENT, NOT_FOUND, INVALID_STATE, ALREADY_EXISTS, DEADLINE_EXCEEDED, OTHER }

    static Refusal of(ProblemException problem) {
      Kind kind = switch (problem.code()) {
        case 400 -> Kind.INVALID_ARGUMENT;
        case 404 -> Kind.NOT_FOUND;
        case 409 -> problem.details() != null && "ALREADY_EXISTS".equals(problem.details().getTitle())
            ? Kind.ALREADY_EXISTS : Kind.INVALID_STATE;
        case 504 -> Kind.DEADLINE_EXCEEDED;
        default -> Kind.OTHER;
      };
      return new Refusal(kind, problem.details() == null ? problem.getMessage() : problem.details().getDetail());
    }

    static Refusal of(ClientStatusException status) {
      Kind kind = switch (status.getStatusCode()) {
        case INVALID_ARGUMENT -> Kind.INVALID_ARGUMENT;
        case NOT_FOUND -> Kind.NOT_FOUND;
        case FAILED_PRECONDITION -> Kind.INVALID_STATE;
        case ALREADY_EXISTS -> Kind.ALREADY_EXISTS;
        case DEADLINE_EXCEEDED -> Kind.DEADLINE_EXCEEDED;
        default -> Kind.OTHER;
      };
      return new Refusal(kind, status.getStatus().getDescription());
    }
  }

  /** Runs the call and returns how the engine refused it. */
  static Refusal problemOf(Executable call) {
    Throwable failure = catchThrowable(call::execute);
    assertThat(failure).as("the call should be refused").isNotNull();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return Refusal.of(problem);
      }
      if (cause instanceof ClientStatusException status) {
        return Refusal.of(status);
      }
    }
    throw new AssertionError("the call failed, but not with a refusal from the engine", failure);
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
