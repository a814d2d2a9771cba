package org.amends.app.tasklist;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The tasklist's answers to a task that is not someone's to see (404, as if it did not exist)
 * or not theirs to do (403, with the reason), as GOV.UK pages.
 */
@ControllerAdvice(assignableTypes = {TaskListController.class, TaskPageController.class})
class TaskRefusals {

  @ExceptionHandler(TaskHidden.class)
  String hidden(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "tasklist/not-found";
  }

  @ExceptionHandler(TaskRefused.class)
  String refused(TaskRefused refusal, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("reason", refusal.getMessage());
    return "tasklist/refused";
  }
}
