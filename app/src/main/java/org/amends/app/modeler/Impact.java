package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Before deploying: each change the draft makes to the live version, and how many open cases
 * wait at the element it removes or changes (from the engine's element statistics).
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
        .map(c -> new ImpactLine(c.sentence(), c.affectsWaitingCases() ? waiting.getOrDefault(c.elementId(), 0L) : 0L))
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
}
