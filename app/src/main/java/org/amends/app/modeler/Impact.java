package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Before deploying: each change the draft makes to the live version, how many open cases wait at
 * the element it removes or changes (from the engine's element statistics), and what happens to
 * them: running cases stay on their version unless the manager migrates them.
 */
@Service
class Impact {

  private final CamundaClient camunda;

  Impact(CamundaClient camunda) {
    this.camunda = camunda;
  }

  List<ImpactLine> of(ProcessVersion live, String liveXml, String draftXml) {
    Map<String, Long> waiting = activeByElement(live.key());
    return ChangeList.between(liveXml, draftXml).stream()
        .filter(c -> c.type() != Change.Type.MOVED)
        .map(c -> line(c, c.affectsWaitingCases() ? waiting.getOrDefault(c.elementId(), 0L) : 0L, live.version()))
        .toList();
  }

  /** Element id → active element instances in one version. */
  Map<String, Long> activeByElement(long processDefinitionKey) {
    Map<String, Long> active = new HashMap<>();
    for (ProcessElementStatistics statistics :
        camunda.newProcessDefinitionElementStatisticsRequest(processDefinitionKey).send().join()) {
      if (statistics.getActive() != null && statistics.getActive() > 0) {
        active.put(statistics.getElementId(), statistics.getActive());
      }
    }
    return active;
  }

  private static ImpactLine line(Change change, long cases, int liveVersion) {
    String stay = cases == 1 ? "The case here stays" : "The " + cases + " cases here stay";
    String whatHappens;
    if (change.type() == Change.Type.ADDED) {
      whatHappens = "New cases go through it, and open cases once you migrate them.";
    } else if (cases == 0) {
      whatHappens = "No open case is at this step now.";
    } else if (change.type() == Change.Type.REMOVED) {
      whatHappens = stay + " on version " + liveVersion + ", where the step still exists, and carry on there."
          + " To move " + (cases == 1 ? "it" : "them") + " to the new version, choose another step for "
          + (cases == 1 ? "it" : "them") + " when you migrate the open cases.";
    } else {
      whatHappens = stay + " on version " + liveVersion + " and finish this step as it was,"
          + " unless you migrate " + (cases == 1 ? "it" : "them") + " to the new version.";
    }
    return new ImpactLine(change.sentence(), cases, whatHappens);
  }
}
