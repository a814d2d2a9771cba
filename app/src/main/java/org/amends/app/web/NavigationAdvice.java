package org.amends.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The service navigation of every staff page, with the current section marked. */
@ControllerAdvice
class NavigationAdvice {

  private static final List<String[]> SECTIONS = List.of(
      new String[] {"Tasks", "/tasks"},
      new String[] {"Cases", "/cases"},
      new String[] {"New referral", "/referrals/new"});

  @ModelAttribute("navigation")
  List<NavigationItem> navigation(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SECTIONS.stream()
        .map(s -> new NavigationItem(s[0], s[1], path.equals(s[1]) || path.startsWith(s[1] + "/")))
        .toList();
  }
}
