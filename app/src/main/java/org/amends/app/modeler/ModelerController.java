package org.amends.app.modeler;

import java.util.List;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.modeler.Draft.Kind;
import org.amends.app.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The modeler: a version or the saved draft of a process in camunda-bpmn-js, linted as the
 * manager edits; saving keeps the draft in Amends' database, with who saved it and when.
 */
@Controller
class ModelerController {

  /** The audit log names a process by its BPMN process id (no personal data). */
  static final String PROCESS = "PROCESS";

  private final ProcessCatalogue catalogue;
  private final Drafts drafts;
  private final CurrentStaff staff;

  ModelerController(ProcessCatalogue catalogue, Drafts drafts, CurrentStaff staff) {
    this.catalogue = catalogue;
    this.drafts = drafts;
    this.staff = staff;
  }

  /** Opens the draft if there is one and no version is asked for, else the version (or the live one). */
  @GetMapping("/processes/" + ProcessesController.PROCESS_ID + "/edit")
  String edit(@PathVariable String processId, @RequestParam(required = false) Integer version, Model model) {
    return page(processId, version, List.of(), model);
  }

  @PostMapping("/processes/" + ProcessesController.PROCESS_ID + "/draft")
  @Audited(AuditAction.PROCESS_DRAFT_SAVED)
  String save(@PathVariable String processId, @RequestParam(required = false) String xml,
      @RequestParam(defaultValue = "0") int lintErrors, RedirectAttributes flash) {
    ProcessesController.versions(catalogue, processId);
    AuditSubject.subject(PROCESS, processId);
    if (xml == null || xml.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form sent no diagram");
    }
    if (!isDiagramOf(xml, processId)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form sent no diagram of the process " + processId);
    }
    drafts.save(Kind.PROCESS, processId, xml, Math.max(0, lintErrors), staff.username());
    flash.addFlashAttribute("success", lintErrors > 0
        ? "Draft saved. It has errors to fix before it can be deployed."
        : "Draft saved. Compare it with the live version or deploy it.");
    return "redirect:/processes/" + processId + "/edit";
  }

  private static boolean isDiagramOf(String xml, String processId) {
    try {
      return ProcessFiles.read(xml).getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
          .stream().anyMatch(p -> processId.equals(p.getId()));
    } catch (RuntimeException notBpmn) {
      return false;
    }
  }

  /** The modeler page, with problems to show above the diagram (the engine's refusal of a deploy). */
  String page(String processId, Integer version, List<PageProblem> problems, Model model) {
    List<ProcessVersion> versions = ProcessesController.versions(catalogue, processId);
    ProcessVersion live = versions.get(0);
    Optional<Draft> draft = drafts.find(Kind.PROCESS, processId);
    String xml;
    ProcessVersion opened = null;
    if (version == null && draft.isPresent()) {
      xml = draft.get().content();
    } else {
      opened = version == null ? live : versions.stream().filter(v -> v.version() == version).findFirst()
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No version " + version));
      xml = catalogue.xml(opened.key());
    }
    model.addAttribute("process", live);
    model.addAttribute("opened", opened);
    model.addAttribute("draft", draft.orElse(null));
    model.addAttribute("xml", xml);
    model.addAttribute("problems", problems);
    return "modeler/edit";
  }
}
