package org.amends.app.web;

import java.util.Arrays;
import java.util.List;
import org.amends.app.security.CurrentStaff;
import org.amends.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GET /: where each role starts. Coordinators and facilitators go straight to their tasks,
 * managers to the cases; someone whose roles give them no section of this service yet (a
 * process monitor) gets a start page that says what their role covers, never a refusal.
 */
@Controller
class StartPage {

  private final CurrentStaff staff;

  StartPage(CurrentStaff staff) {
    this.staff = staff;
  }

  @GetMapping("/")
  String start(Model model) {
    List<String> groups = staff.groups();
    List<Section> sections = Arrays.stream(Section.values()).filter(s -> s.openTo(groups)).toList();
    if (!sections.isEmpty()) {
      return "redirect:" + sections.get(0).href();
    }
    model.addAttribute("name", staff.displayName(staff.username()));
    model.addAttribute("roles", Arrays.stream(Role.values())
        .filter(r -> groups.contains(r.group()))
        .map(StartPage::covers)
        .toList());
    return "start";
  }

  /** What a role without a section here covers, in words. */
  private static String covers(Role role) {
    return switch (role) {
      case MONITOR -> "As a process monitor you see monitoring and reports: figures, times and "
          + "case references, never personal details.";
      case MANAGER -> "As a manager you look after processes and forms, reports, monitoring and "
          + "people’s roles.";
      case COORDINATOR -> "As a coordinator you work on every case.";
      case FACILITATOR -> "As a facilitator you work on the cases you are allocated to.";
    };
  }
}
