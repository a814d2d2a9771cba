package org.amends.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The service navigation of every staff page, with the current section marked. A section with a
 * role is shown only to those who have it (the pages themselves are guarded in
 * SecurityConfiguration).
 */
@ControllerAdvice
class NavigationAdvice {

  private static final List<Section> SECTIONS = List.of(
      new Section("Tasks", "/tasks", null),
      new Section("Cases", "/cases", null),
      new Section("New referral", "/referrals/new", null),
      new Section("Audit log", "/audit", "MANAGER"),
      new Section("Data protection", "/privacy/people", "MANAGER"));

  @ModelAttribute("navigation")
  List<NavigationItem> navigation(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SECTIONS.stream()
        .filter(s -> s.role() == null || request.isUserInRole(s.role()))
        .map(s -> new NavigationItem(s.text(), s.href(), path.equals(s.href()) || path.startsWith(s.href() + "/")
            || s.href().startsWith("/privacy/") && path.startsWith("/privacy/")))
        .toList();
  }

  private record Section(String text, String href, String role) {}
}
