package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.AdHocSubProcessActivateActivitiesInstruction;
import io.camunda.client.protocol.rest.AdHocSubProcessActivateActivityReference;
import io.camunda.client.protocol.rest.JobResult;
import io.camunda.client.protocol.rest.JobResultActivateElement;
import io.camunda.client.protocol.rest.JobResultAdHocSubProcess;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.api.AdHocJobResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Activating the elements of a running ad-hoc subprocess (8.8's ad-hoc sub-process API). */
@RestController
class AdHocSubProcessController {

  private final Engine engine;

  AdHocSubProcessController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/v2/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation")
  ResponseEntity<Void> activate(
      @PathVariable long adHocSubProcessInstanceKey, @RequestBody AdHocSubProcessActivateActivitiesInstruction request) {
    Rest.require("elements", request.getElements());
    List<AdHocJobResult.ActivateElement> elements = request.getElements().stream()
        .map(AdHocSubProcessController::toActivation)
        .toList();
    engine.activateAdHocSubProcessActivities(adHocSubProcessInstanceKey, elements);
    return ResponseEntity.noContent().build();
  }

  private static AdHocJobResult.ActivateElement toActivation(AdHocSubProcessActivateActivityReference reference) {
    Rest.require("elementId", reference.getElementId());
    return new AdHocJobResult.ActivateElement(reference.getElementId(), reference.getVariables());
  }

  /** A job result of type adHocSubProcess, or null for any other result (or none). */
  static AdHocJobResult adHocResult(JobResult result) {
    if (!(result instanceof JobResultAdHocSubProcess adHoc)) {
      return null;
    }
    List<JobResultActivateElement> elements = adHoc.getActivateElements() == null ? List.of() : adHoc.getActivateElements();
    return new AdHocJobResult(
        elements.stream().map(e -> new AdHocJobResult.ActivateElement(e.getElementId(), e.getVariables())).toList(),
        Boolean.TRUE.equals(adHoc.getIsCompletionConditionFulfilled()),
        Boolean.TRUE.equals(adHoc.getIsCancelRemainingInstances()));
  }
}
