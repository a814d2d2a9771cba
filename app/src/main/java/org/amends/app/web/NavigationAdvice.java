package org.amends.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.amends.app.security.CurrentStaff;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The service navigation of every staff page: the sections the signed-in member of staff's roles
 * may use, with the current section marked.
 */
@ControllerAdvice
class NavigationAdvice {

  private final CurrentStaff staff;

  NavigationAdvice(CurrentStaff staff) {
    this.staff = staff;
  }

  @ModelAttribute("navigation")
  List<NavigationItem> navigation(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    List<String> groups = staff.groups();
    return Arrays.stream(Section.values())
        .filter(s -> s.openTo(groups))
        .map(s -> new NavigationItem(s.text(), s.href(),
            path.equals(s.href()) || path.startsWith(s.href() + "/")))
        .toList();
  }
}
