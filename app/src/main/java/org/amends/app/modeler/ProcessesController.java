package org.amends.app.modeler;

import java.util.List;
import org.amends.app.modeler.Draft.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Managers only (SecurityConfiguration): every process and decision Amends runs, and each
 * process's versions with who deployed them, when, why, and how many open cases run on each.
 */
@Controller
class ProcessesController {

  static final String PROCESS_ID = "{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}";

  private final ProcessCatalogue catalogue;
  private final Drafts drafts;
  private final DeploymentRecords records;

  ProcessesController(ProcessCatalogue catalogue, Drafts drafts, DeploymentRecords records) {
    this.catalogue = catalogue;
    this.drafts = drafts;
    this.records = records;
  }

  @GetMapping("/processes")
  String list(Model model) {
    model.addAttribute("processes", catalogue.processes());
    model.addAttribute("decisions", catalogue.decisions());
    model.addAttribute("forms", records.resourceIds(DeploymentRecords.Kind.FORM));
    return "modeler/list";
  }

  @GetMapping("/processes/" + PROCESS_ID)
  String process(@PathVariable String processId, Model model) {
    List<ProcessVersion> versions = versions(catalogue, processId);
    model.addAttribute("process", versions.get(0));
    model.addAttribute("versions", versions);
    model.addAttribute("draft", drafts.find(Kind.PROCESS, processId).orElse(null));
    model.addAttribute("formIds", ProcessFiles.formIds(catalogue.xml(versions.get(0).key())));
    return "modeler/process";
  }

  /** The process's versions, newest first, or 404 when there is no such process. */
  static List<ProcessVersion> versions(ProcessCatalogue catalogue, String processId) {
    List<ProcessVersion> versions = catalogue.versions(processId);
    if (versions.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No process " + processId);
    }
    return versions;
  }
}
