package org.amends.app.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A process's diagram with its figures (MONITOR, MANAGER): counts per element (the engine's
 * statistics) or the time heatmap (the reporting tables), always as a table with numbers, which
 * the bpmn-js viewer draws onto the diagram when JavaScript runs; the cases at one element.
 */
@Controller
class DiagramController {

  static final int CASES_AT_ELEMENT = 200;

  private final DeployedDiagrams catalogue;
  private final ElementCounts counts;
  private final ElementTimes times;
  private final Ageing ageing;
  private final ServiceChoices choices;

  DiagramController(DeployedDiagrams catalogue, ElementCounts counts, ElementTimes times, Ageing ageing,
      ServiceChoices choices) {
    this.choices = choices;
    this.catalogue = catalogue;
    this.counts = counts;
    this.times = times;
    this.ageing = ageing;
  }

  @GetMapping("/monitoring/processes/{processId}")
  String diagram(@PathVariable String processId, @RequestParam(name = "view", required = false) String view,
      @ModelAttribute("filter") FilterForm form, BindingResult errors, Model model) {
    List<DeployedDiagrams.Version> versions = versionsOf(processId);
    MonitoringFilter filter = form.toFilter(errors, choices);
    boolean heatmap = "time".equals(view);
    DeployedDiagrams.Version shown = versions.get(0);
    if (filter != null && filter.definitionKey() != null) {
      shown = versions.stream().filter(v -> v.key() == filter.definitionKey()).findFirst().orElse(null);
      if (shown == null) {
        errors.rejectValue("version", "version", "Select a version from the list");
        shown = versions.get(0);
      }
    }
    model.addAttribute("processId", processId);
    model.addAttribute("processName", shown.name());
    model.addAttribute("shown", shown);
    model.addAttribute("heatmap", heatmap);
    model.addAttribute("versionOptions", versions.stream()
        .map(v -> Option.of(String.valueOf(v.key()), "Version " + v.version())).toList());
    model.addAttribute("areaOptions", choices.filterOptions(ChoiceList.AREAS));
    model.addAttribute("sourceOptions", choices.filterOptions(ChoiceList.SOURCES));
    model.addAttribute("filterFailed", errors.hasErrors());
    if (errors.hasErrors()) {
      model.addAttribute("rows", List.of());
      return "monitoring/diagram";
    }
    List<Long> keys = filter.definitionKey() == null ? versions.stream().map(DeployedDiagrams.Version::key).toList()
        : List.of(filter.definitionKey());
    DeployedDiagrams.Diagram diagram = catalogue.diagram(shown.key());
    // each view works out only the figures it shows: the heatmap's percentiles cost as much as the
    // counts' recount when a filter narrows the cases, and neither view needs the other's
    Map<String, ElementCounts.Counts> byElement = heatmap ? Map.of() : counts.of(keys, filter);
    Map<String, ElementTimes.Times> timed = heatmap ? times.of(processId, filter) : times.pastTarget(processId, filter);
    model.addAttribute("rows", ElementRows.of(diagram, byElement, timed,
        elementId -> elementLink(processId, elementId, filter)));
    model.addAttribute("viewLinks", Map.of(
        "counts", link("/monitoring/processes/" + processId, filter, null),
        "time", link("/monitoring/processes/" + processId, filter, "time")));
    model.addAttribute("diagramUrl", "/monitoring/diagrams/" + shown.key() + "/diagram.bpmn");
    model.addAttribute("allVersions", filter.definitionKey() == null && versions.size() > 1);
    return "monitoring/diagram";
  }

  @GetMapping("/monitoring/processes/{processId}/elements/{elementId}")
  String casesAt(@PathVariable String processId, @PathVariable String elementId,
      @ModelAttribute("filter") FilterForm form, BindingResult errors, Model model) {
    List<DeployedDiagrams.Version> versions = versionsOf(processId);
    MonitoringFilter filter = form.toFilter(errors, choices);
    if (filter == null) {
      filter = MonitoringFilter.none();
    }
    String name = versions.stream().map(v -> catalogue.diagram(v.key()).element(elementId))
        .flatMap(java.util.Optional::stream).findFirst()
        .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)).name();
    List<Ageing.Waiting> waiting = ageing.at(processId, elementId, filter, CASES_AT_ELEMENT);
    model.addAttribute("processName", versions.get(0).name());
    model.addAttribute("elementName", name);
    model.addAttribute("back", link("/monitoring/processes/" + processId, filter, null));
    model.addAttribute("rows", waiting.stream().map(WaitingRow::of).toList());
    model.addAttribute("limit", CASES_AT_ELEMENT);
    return "monitoring/element";
  }

  /** The BPMN XML of a deployed version, for the viewer. */
  @GetMapping("/monitoring/diagrams/{definitionKey}/diagram.bpmn")
  void xml(@PathVariable long definitionKey, HttpServletResponse response) throws IOException {
    boolean deployed = catalogue.versions().values().stream().flatMap(List::stream).anyMatch(v -> v.key() == definitionKey);
    if (!deployed) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    response.setContentType("application/xml;charset=UTF-8");
    response.getOutputStream().write(catalogue.diagram(definitionKey).xml().getBytes(StandardCharsets.UTF_8));
  }

  private List<DeployedDiagrams.Version> versionsOf(String processId) {
    List<DeployedDiagrams.Version> versions = catalogue.versions(processId);
    if (versions.isEmpty()) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    return versions;
  }

  private static String elementLink(String processId, String elementId, MonitoringFilter filter) {
    return link("/monitoring/processes/" + processId + "/elements/" + elementId, filter, null);
  }

  static String link(String path, MonitoringFilter filter, String view) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    for (String[] parameter : filter.queryParameters()) {
      uri.queryParam(parameter[0], parameter[1]);
    }
    if (view != null) {
      uri.queryParam("view", view);
    }
    return uri.encode().build().toUriString();
  }
}
