package org.amends.app.tasklist;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.amends.app.web.Option;
import org.springframework.stereotype.Component;

/**
 * The user tasks of the journey's processes (latest versions), for the "step" filter. Read from
 * the deployed diagrams through the Camunda client, so a step a manager adds shows up; a
 * deployed version never changes, so each one's steps are read once.
 */
@Component
class JourneySteps {

  private final CamundaClient camunda;
  private final Map<Long, List<Option>> stepsByDefinition = new ConcurrentHashMap<>();

  JourneySteps(CamundaClient camunda) {
    this.camunda = camunda;
  }

  /** Element id and name of every user task, by name; an id used in two processes appears once. */
  List<Option> options() {
    Map<String, Option> byId = new LinkedHashMap<>();
    List<ProcessDefinition> latest = camunda.newProcessDefinitionSearchRequest()
        .filter(f -> f.isLatestVersion(true))
        .page(p -> p.limit(1000))
        .send().join().items();
    for (ProcessDefinition definition : latest) {
      for (Option step : stepsByDefinition.computeIfAbsent(definition.getProcessDefinitionKey(), this::read)) {
        byId.putIfAbsent(step.value(), step);
      }
    }
    List<Option> steps = new ArrayList<>(byId.values());
    steps.sort(Comparator.comparing(Option::label));
    return steps;
  }

  private List<Option> read(long processDefinitionKey) {
    String xml = camunda.newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join();
    BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return model.getModelElementsByType(UserTask.class).stream()
        .map(t -> Option.of(t.getId(), t.getName() == null || t.getName().isBlank() ? t.getId() : t.getName()))
        .toList();
  }
}
