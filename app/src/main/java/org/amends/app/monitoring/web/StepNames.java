package org.amends.app.monitoring.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Process and step names as the latest deployed diagrams give them (ids when they name none). */
@Component
class StepNames {

  private final DeployedDiagrams catalogue;

  StepNames(DeployedDiagrams catalogue) {
    this.catalogue = catalogue;
  }

  /** A lookup over the processes deployed now, for one page. */
  Lookup lookup() {
    return new Lookup(catalogue, catalogue.versions());
  }

  /** Names for one page's rows. */
  static final class Lookup {

    private final DeployedDiagrams catalogue;
    private final Map<String, List<DeployedDiagrams.Version>> versions;

    Lookup(DeployedDiagrams catalogue, Map<String, List<DeployedDiagrams.Version>> versions) {
      this.catalogue = catalogue;
      this.versions = versions;
    }

    String process(String processId) {
      List<DeployedDiagrams.Version> all = versions.get(processId);
      return all == null || all.isEmpty() ? processId : all.get(0).name();
    }

    String step(String processId, String elementId) {
      List<DeployedDiagrams.Version> all = versions.get(processId);
      if (all == null) {
        return elementId;
      }
      for (DeployedDiagrams.Version version : all) {
        var element = catalogue.diagram(version.key()).element(elementId);
        if (element.isPresent()) {
          return element.get().name();
        }
      }
      return elementId;
    }

    Map<String, List<DeployedDiagrams.Version>> versions() {
      return versions;
    }
  }
}
