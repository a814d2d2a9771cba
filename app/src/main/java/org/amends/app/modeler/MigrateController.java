package org.amends.app.modeler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving the open cases of an older version to another (by default the live one): each step
 * where cases wait now, mapped to a step of the target by id, which the manager can change.
 */
@Controller
class MigrateController {

  /** Form fields "target-ELEMENT_ID" carry the chosen target step of each waiting step. */
  static final String TARGET = "target-";

  private final ProcessCatalogue catalogue;
  private final ProcessMigration migration;

  MigrateController(ProcessCatalogue catalogue, ProcessMigration migration) {
    this.catalogue = catalogue;
    this.migration = migration;
  }

  @GetMapping("/processes/" + ProcessesController.PROCESS_ID + "/migrate")
  String review(@PathVariable String processId, @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to, Model model) {
    return page(processId, from, to, Map.of(), List.of(), true, model);
  }

  @PostMapping("/processes/" + ProcessesController.PROCESS_ID + "/migrate")
  @Audited(AuditAction.PROCESS_INSTANCES_MIGRATED)
  String migrate(@PathVariable String processId, @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to, @RequestParam Map<String, String> fields, Model model,
      RedirectAttributes flash) {
    List<ProcessVersion> versions = ProcessesController.versions(catalogue, processId);
    AuditSubject.subject(ModelerController.PROCESS, processId);
    Map<String, String> chosen = chosen(fields);
    ProcessVersion source = source(versions, from);
    ProcessVersion target = target(versions, to);
    if (source == null || target == null || source.version() == target.version()) {
      return page(processId, from, to, chosen,
          List.of(new PageProblem("#from", "Choose a version with open cases to move, other than the target version")),
          true, model);
    }
    MigrationOutcome outcome = migration.migrate(migration.plan(source, target, chosen));
    if (outcome.succeeded()) {
      flash.addFlashAttribute("success", "Moved " + outcome.moved() + (outcome.moved() == 1 ? " case" : " cases")
          + " from version " + source.version() + " to version " + target.version());
      return "redirect:/processes/" + processId;
    }
    // a refusal about one waiting step links to that step's field, the GOV.UK way
    String href = outcome.elementId() == null ? "#mapping" : "#" + TARGET + outcome.elementId();
    return page(processId, source.version(), target.version(), chosen,
        List.of(new PageProblem(href, outcome.problem())), outcome.available(), model);
  }

  private String page(String processId, Integer from, Integer to, Map<String, String> chosen,
      List<PageProblem> problems, boolean available, Model model) {
    List<ProcessVersion> versions = ProcessesController.versions(catalogue, processId);
    ProcessVersion source = source(versions, from);
    ProcessVersion target = target(versions, to);
    model.addAttribute("process", versions.get(0));
    model.addAttribute("versions", versions);
    model.addAttribute("problems", problems);
    model.addAttribute("available", available);
    model.addAttribute("source", source);
    model.addAttribute("target", target);
    if (source != null && target != null && source.version() != target.version()) {
      model.addAttribute("plan", migration.plan(source, target, chosen));
      model.addAttribute("targets", migration.targets(target));
    }
    return "modeler/migrate";
  }

  /** The version asked for, or else the newest older version that has open cases. */
  private static ProcessVersion source(List<ProcessVersion> versions, Integer from) {
    if (from != null) {
      return versions.stream().filter(v -> v.version() == from).findFirst().orElse(null);
    }
    return versions.stream().skip(1).filter(v -> v.openCases() > 0).findFirst().orElse(null);
  }

  private static ProcessVersion target(List<ProcessVersion> versions, Integer to) {
    if (to == null) {
      return versions.get(0);
    }
    return versions.stream().filter(v -> v.version() == to).findFirst().orElse(null);
  }

  private static Map<String, String> chosen(Map<String, String> fields) {
    Map<String, String> chosen = new HashMap<>();
    fields.forEach((name, value) -> {
      if (name.startsWith(TARGET)) {
        chosen.put(name.substring(TARGET.length()), value);
      }
    });
    return chosen;
  }
}
