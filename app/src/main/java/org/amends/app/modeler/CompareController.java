package org.amends.app.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amends.app.modeler.Draft.Kind;
import org.amends.app.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two versions of a process (or the draft and a version) side by side: the changes listed in
 * plain English (made here, so the list needs no script) and marked on both diagrams.
 */
@Controller
class CompareController {

  static final String DRAFT = "draft";

  private final ProcessCatalogue catalogue;
  private final Drafts drafts;

  CompareController(ProcessCatalogue catalogue, Drafts drafts) {
    this.catalogue = catalogue;
    this.drafts = drafts;
  }

  /** from and to are version numbers or "draft"; by default the live version and the draft. */
  @GetMapping("/processes/" + ProcessesController.PROCESS_ID + "/compare")
  String compare(@PathVariable String processId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Model model) {
    List<ProcessVersion> versions = ProcessesController.versions(catalogue, processId);
    Optional<Draft> draft = drafts.find(Kind.PROCESS, processId);
    String live = String.valueOf(versions.get(0).version());
    String older = versions.size() > 1 ? String.valueOf(versions.get(1).version()) : live;
    String left = from != null ? from : draft.isPresent() ? live : older;
    String right = to != null ? to : draft.isPresent() ? DRAFT : live;
    String oldXml = xml(versions, draft, left);
    String newXml = xml(versions, draft, right);
    model.addAttribute("process", versions.get(0));
    model.addAttribute("from", left);
    model.addAttribute("to", right);
    model.addAttribute("fromLabel", label(versions, left));
    model.addAttribute("toLabel", label(versions, right));
    model.addAttribute("options", options(versions, draft.isPresent()));
    model.addAttribute("oldXml", oldXml);
    model.addAttribute("newXml", newXml);
    model.addAttribute("changes", ChangeList.between(oldXml, newXml));
    return "modeler/compare";
  }

  private String xml(List<ProcessVersion> versions, Optional<Draft> draft, String which) {
    if (DRAFT.equals(which)) {
      return draft.map(Draft::content)
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No draft"));
    }
    return catalogue.xml(find(versions, which).key());
  }

  private static ProcessVersion find(List<ProcessVersion> versions, String which) {
    return versions.stream().filter(v -> String.valueOf(v.version()).equals(which)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No version " + which));
  }

  private static String label(List<ProcessVersion> versions, String which) {
    if (DRAFT.equals(which)) {
      return "Draft";
    }
    ProcessVersion version = find(versions, which);
    return "Version " + version.version() + (version.live() ? " (live)" : "");
  }

  private static List<Option> options(List<ProcessVersion> versions, boolean hasDraft) {
    List<Option> options = new ArrayList<>();
    if (hasDraft) {
      options.add(Option.of(DRAFT, "Draft"));
    }
    versions.forEach(v -> options.add(Option.of(String.valueOf(v.version()),
        "Version " + v.version() + (v.live() ? " (live)" : ""))));
    return options;
  }
}
