package org.amends.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The service navigation of every staff page, with the current section marked. */
@ControllerAdvice
class NavigationAdvice {

  private static final List<String[]> SECTIONS = List.of(
      new String[] {"Tasks", "/tasks"},
      new String[] {"Cases", "/cases"},
      new String[] {"New referral", "/referrals/new"});
  private static final String[] USERS = {"Users", "/users"};

  @ModelAttribute("navigation")
  List<NavigationItem> navigation(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // managers only: the users page answers 403 to everyone else
    return Stream.concat(SECTIONS.stream(), request.isUserInRole("MANAGER") ? Stream.<String[]>of(USERS) : Stream.empty())
        .map(s -> new NavigationItem(s[0], s[1], path.equals(s[1]) || path.startsWith(s[1] + "/")))
        .toList();
  }
}
