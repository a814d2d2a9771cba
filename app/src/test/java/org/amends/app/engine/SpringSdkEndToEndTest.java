package org.amends.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.Deployment;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ProcessInstanceResult;
import java.time.Duration;
import java.util.Map;
import org.amends.app.AmendsApplication;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The Camunda Spring SDK as the app uses it: {@code @Deployment} deploys at start-up and a
 * {@code @JobWorker} polls the embedded engine over REST; a process runs end to end.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = {AmendsApplication.class, SpringSdkEndToEndTest.Workers.class})
class SpringSdkEndToEndTest extends EmbeddedEngineTestSupport {

  @TestConfiguration
  @Deployment(resources = "classpath:sdk/greeting.bpmn")
  public static class Workers {

    @JobWorker(type = "compose-greeting")
    public Map<String, Object> composeGreeting(@Variable String name) {
      return Map.of("greeting", "Hello " + name);
    }
  }

  @Autowired CamundaClient camunda;

  @Test
  void shouldRunProcessEndToEndWithDeploymentAndJobWorker() {
    ProcessInstanceResult result = camunda.newCreateInstanceCommand()
        .bpmnProcessId("sdk-greeting")
        .latestVersion()
        .variables(Map.of("name", "Sam"))
        .withResult()
        .requestTimeout(Duration.ofSeconds(30))
        .send()
        .join();

    assertThat(result.getVariablesAsMap()).containsEntry("greeting", "Hello Sam");
  }
}
