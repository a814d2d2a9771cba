package org.amends.app.modeler;

import java.util.List;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.modeler.Draft.Kind;
import org.amends.app.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deploying the draft: first what it changes and how many open cases wait at each changed or
 * removed step, then the comment, then one all-or-nothing deployment through the Camunda client.
 */
@Controller
class DeployController {

  private final ProcessCatalogue catalogue;
  private final Drafts drafts;
  private final Impact impact;
  private final ProcessDeployer deployer;
  private final ModelerController modeler;
  private final CurrentStaff staff;

  DeployController(ProcessCatalogue catalogue, Drafts drafts, Impact impact, ProcessDeployer deployer,
      ModelerController modeler, CurrentStaff staff) {
    this.catalogue = catalogue;
    this.drafts = drafts;
    this.impact = impact;
    this.deployer = deployer;
    this.modeler = modeler;
    this.staff = staff;
  }

  @GetMapping("/processes/" + ProcessesController.PROCESS_ID + "/deploy")
  String review(@PathVariable String processId, Model model) {
    return page(processId, "", List.of(), model);
  }

  @PostMapping("/processes/" + ProcessesController.PROCESS_ID + "/deploy")
  @Audited(AuditAction.PROCESS_DEPLOYED)
  String deploy(@PathVariable String processId, @RequestParam(required = false) String comment, Model model,
      RedirectAttributes flash) {
    ProcessesController.versions(catalogue, processId);
    AuditSubject.subject(ModelerController.PROCESS, processId);
    DeployOutcome outcome = deployer.deploy(processId, comment, staff.username());
    if (outcome.succeeded()) {
      flash.addFlashAttribute("success", "Version " + outcome.version() + " is live. New cases start on it;"
          + " open cases stay on their version unless you migrate them.");
      return "redirect:/processes/" + processId;
    }
    if ("engine".equals(outcome.field())) {
      // next to the diagram, as the engine named the element and line
      model.addAttribute("engineMessage", outcome.problem());
      return modeler.page(processId, null,
          List.of(new PageProblem("#engine-message", "The engine refused the deployment: " + outcome.problem())), model);
    }
    String href = "comment".equals(outcome.field()) ? "#comment" : "#draft";
    return page(processId, comment == null ? "" : comment, List.of(new PageProblem(href, outcome.problem())), model);
  }

  private String page(String processId, String comment, List<PageProblem> problems, Model model) {
    List<ProcessVersion> versions = ProcessesController.versions(catalogue, processId);
    ProcessVersion live = versions.get(0);
    Optional<Draft> draft = drafts.find(Kind.PROCESS, processId);
    model.addAttribute("process", live);
    model.addAttribute("draft", draft.orElse(null));
    model.addAttribute("comment", comment);
    model.addAttribute("problems", problems);
    model.addAttribute("impact", draft.map(d -> impact.of(live, catalogue.xml(live.key()), d.content())).orElse(List.of()));
    model.addAttribute("formIds", draft.map(d -> ProcessFiles.formIds(d.content())).orElse(java.util.Set.of()));
    return "modeler/deploy";
  }
}
