package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.modeler.Draft.Kind;
import org.amends.app.security.CurrentStaff;
import org.amends.app.taskform.FormSupport;
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
 * A form that one of the process's user tasks links, in form-js's editor. Saved as a draft,
 * linted against the process (a removed field that a step reads is an error), and deployed with
 * the process.
 */
@Controller
class FormEditorController {

  static final String FORM_ID = "{formId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}";

  private final ProcessCatalogue catalogue;
  private final Drafts drafts;
  private final DeploymentRecords records;
  private final CamundaClient camunda;
  private final CurrentStaff staff;

  FormEditorController(ProcessCatalogue catalogue, Drafts drafts, DeploymentRecords records, CamundaClient camunda,
      CurrentStaff staff) {
    this.catalogue = catalogue;
    this.drafts = drafts;
    this.records = records;
    this.camunda = camunda;
    this.staff = staff;
  }

  @GetMapping("/processes/" + ProcessesController.PROCESS_ID + "/forms/" + FORM_ID)
  String edit(@PathVariable String processId, @PathVariable String formId, Model model) {
    ProcessVersion live = ProcessesController.versions(catalogue, processId).get(0);
    String deployed = deployed(processId, formId, live);
    Optional<Draft> draft = drafts.find(Kind.FORM, formId);
    model.addAttribute("process", live);
    model.addAttribute("formId", formId);
    model.addAttribute("draft", draft.orElse(null));
    model.addAttribute("schema", draft.map(Draft::content).orElse(deployed));
    model.addAttribute("lint", draft.map(d -> lint(processId, live, deployed, d.content())).orElse(List.of()));
    return "modeler/form";
  }

  @PostMapping("/processes/" + ProcessesController.PROCESS_ID + "/forms/" + FORM_ID + "/draft")
  @Audited(AuditAction.FORM_DRAFT_SAVED)
  String save(@PathVariable String processId, @PathVariable String formId,
      @RequestParam(required = false) String schema, RedirectAttributes flash) {
    ProcessVersion live = ProcessesController.versions(catalogue, processId).get(0);
    String deployed = deployed(processId, formId, live);
    AuditSubject.subject("FORM", formId);
    if (schema == null || schema.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form sent no form schema");
    }
    List<String> problems;
    try {
      problems = lint(processId, live, deployed, schema);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form schema is not valid JSON");
    }
    drafts.save(Kind.FORM, formId, schema, problems.size(), staff.username());
    flash.addFlashAttribute("success", problems.isEmpty()
        ? "Form draft saved. It is deployed with the process's next version."
        : "Form draft saved. It has errors to fix before the process can be deployed.");
    return "redirect:/processes/" + processId + "/forms/" + formId;
  }

  private List<String> lint(String processId, ProcessVersion live, String deployed, String draft) {
    String processXml = drafts.find(Kind.PROCESS, processId).map(Draft::content).orElseGet(() -> catalogue.xml(live.key()));
    List<String> problems = new ArrayList<>(FormLint.check(deployed, draft, processXml));
    problems.addAll(FormSupport.unsupported(draft));
    return problems;
  }

  /** The newest deployed version of the form, or the bundled file; 404 if the process does not link it. */
  private String deployed(String processId, String formId, ProcessVersion live) {
    String processXml = drafts.find(Kind.PROCESS, processId).map(Draft::content).orElseGet(() -> catalogue.xml(live.key()));
    if (!ProcessFiles.formIds(processXml).contains(formId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The process does not link the form " + formId);
    }
    return records.newestKey(DeploymentRecords.Kind.FORM, formId)
        .map(key -> camunda.newResourceContentGetRequest(key).send().join())
        .or(() -> BundledFiles.form(formId))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No form " + formId));
  }
}
