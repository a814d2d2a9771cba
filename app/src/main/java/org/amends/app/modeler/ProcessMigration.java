package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.MigrateProcessInstanceCommandStep1.MigrateProcessInstanceCommandFinalStep;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves the open cases of an older version to a newer one through the Camunda client's process
 * instance migration. An engine that cannot migrate says so (Zeebe's FAILED_PRECONDITION over
 * gRPC, or no migration endpoint over REST): the page then says migration is not available.
 */
@Service
class ProcessMigration {

  /** What the migrate page says when the engine cannot migrate running cases. */
  static final String NOT_AVAILABLE = "Migration is not available: the process engine cannot move running cases"
      + " to another version yet. The cases stay on their version and carry on as before.";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessMigration.class);

  private final CamundaClient camunda;
  private final ProcessCatalogue catalogue;
  private final Impact impact;

  ProcessMigration(CamundaClient camunda, ProcessCatalogue catalogue, Impact impact) {
    this.camunda = camunda;
    this.catalogue = catalogue;
    this.impact = impact;
  }

  /** The plan, each waiting element mapped to the given target or, if none, to the same id. */
  MigrationPlan plan(ProcessVersion source, ProcessVersion target, Map<String, String> chosen) {
    BpmnModelInstance sourceModel = ProcessFiles.read(catalogue.xml(source.key()));
    BpmnModelInstance targetModel = ProcessFiles.read(catalogue.xml(target.key()));
    List<MigrationPlan.Row> rows = new ArrayList<>();
    impact.activeByElement(source.key()).forEach((elementId, count) -> {
      if (!(sourceModel.getModelElementById(elementId) instanceof FlowNode node)) {
        return; // the process itself
      }
      String proposed = chosen.containsKey(elementId) ? chosen.get(elementId)
          : targetModel.getModelElementById(elementId) instanceof FlowNode ? elementId : "";
      rows.add(new MigrationPlan.Row(elementId, ChangeList.label(node), count, proposed));
    });
    rows.sort(java.util.Comparator.comparing(MigrationPlan.Row::elementName));
    return new MigrationPlan(source, target, rows);
  }

  /** Id → "name (id)" of the target's flow nodes, for the manager to choose from. */
  Map<String, String> targets(ProcessVersion target) {
    Map<String, String> targets = new LinkedHashMap<>();
    for (FlowElement element : ProcessFiles.read(catalogue.xml(target.key())).getModelElementsByType(FlowNode.class)) {
      targets.put(element.getId(), ChangeList.label(element) + " (" + element.getId() + ")");
    }
    return targets;
  }

  /** Migrates every open case of the plan's source version; stops at the first refusal. */
  MigrationOutcome migrate(MigrationPlan plan) {
    if (!plan.unmapped().isEmpty()) {
      MigrationPlan.Row row = plan.unmapped().get(0);
      return MigrationOutcome.refusedAt(row.elementId(), "The step '" + row.elementName() + "' has " + row.cases()
          + (row.cases() == 1 ? " open case" : " open cases") + " and no step to move to in version "
          + plan.target().version() + ": choose one");
    }
    int moved = 0;
    for (ProcessInstance instance : camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionKey(plan.source().key()).state(ProcessInstanceState.ACTIVE))
        .page(p -> p.limit(1000)).send().join().items()) {
      MigrateProcessInstanceCommandFinalStep command = null;
      for (Map.Entry<String, String> mapping : plan.mapping().entrySet()) {
        command = command == null
            ? camunda.newMigrateProcessInstanceCommand(instance.getProcessInstanceKey())
                .migrationPlan(plan.target().key()).addMappingInstruction(mapping.getKey(), mapping.getValue())
            : command.addMappingInstruction(mapping.getKey(), mapping.getValue());
      }
      if (command == null) {
        continue;
      }
      try {
        command.send().join();
        moved++;
      } catch (ClientException e) {
        if (notSupported(e)) {
          LOG.info("The engine cannot migrate process instances: {}", EngineMessages.of(e));
          return MigrationOutcome.notAvailable();
        }
        return MigrationOutcome.refused("The engine refused to move case " + instance.getProcessInstanceKey()
            + " (" + moved + " moved before it): " + EngineMessages.of(e));
      }
    }
    return MigrationOutcome.migrated(moved);
  }

  /** Whether the engine refused migration as such, rather than this instance or plan. */
  static boolean notSupported(ClientException e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof ClientStatusException) && !(cause instanceof ClientHttpException)) {
      cause = cause.getCause();
    }
    String message = String.valueOf(EngineMessages.of(e));
    if (cause instanceof ClientStatusException status) {
      return status.getStatusCode() == Status.Code.UNIMPLEMENTED
          || status.getStatusCode() == Status.Code.FAILED_PRECONDITION && message.contains("not supported");
    }
    if (cause instanceof ClientHttpException http) {
      return http.code() == 404 && !message.contains("process instance") || http.code() == 405 || http.code() == 501
          || message.contains("migration is not supported");
    }
    return false;
  }
}
