package org.amends.app.privacy;

import java.util.List;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.tasklist.PageProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding the person a subject access request or an erasure request is about (MANAGER only, see
 * SecurityConfiguration). The search words are not recorded: they are names.
 */
@Controller
class PeopleController {

  static final int MAX_QUERY = 100;

  private final People people;

  PeopleController(People people) {
    this.people = people;
  }

  @GetMapping("/privacy/people")
  @Audited(AuditAction.PEOPLE_SEARCHED)
  String search(@RequestParam(name = "q", required = false) String q, Model model) {
    String text = q == null ? "" : q.trim();
    model.addAttribute("q", text);
    List<PageProblem> problems = List.of();
    if (q != null && text.isEmpty()) {
      problems = List.of(new PageProblem("#q", "Enter a name, an email address or a case reference"));
    } else if (text.length() > MAX_QUERY) {
      problems = List.of(new PageProblem("#q", "Search must be 100 characters or fewer"));
    } else if (!text.isEmpty()) {
      model.addAttribute("people", people.search(text));
    }
    model.addAttribute("problems", problems);
    return "privacy/people";
  }
}
