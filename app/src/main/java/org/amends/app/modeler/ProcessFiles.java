package org.amends.app.modeler;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a process diagram links to: the forms of its user tasks and the decisions it calls. */
final class ProcessFiles {

  private ProcessFiles() {}

  static BpmnModelInstance read(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Set<String> formIds(String xml) {
    Set<String> ids = new LinkedHashSet<>();
    for (ZeebeFormDefinition form : read(xml).getModelElementsByType(ZeebeFormDefinition.class)) {
      if (form.getFormId() != null && !form.getFormId().isBlank()) {
        ids.add(form.getFormId());
      }
    }
    return ids;
  }

  static Set<String> decisionIds(String xml) {
    Set<String> ids = new LinkedHashSet<>();
    for (BusinessRuleTask task : read(xml).getModelElementsByType(BusinessRuleTask.class)) {
      if (task.getExtensionElements() != null) {
        task.getExtensionElements().getChildElementsByType(ZeebeCalledDecision.class)
            .forEach(d -> ids.add(d.getDecisionId()));
      }
    }
    return ids;
  }
}
