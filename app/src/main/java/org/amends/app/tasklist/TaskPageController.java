package org.amends.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.response.UserTask;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page: its Camunda form (rendered in the browser by form-js, posted back as JSON in an
 * ordinary form) beside the case summary; or, without a form or without JavaScript, its
 * variables.
 */
@Controller
class TaskPageController {

  private final TaskDetails details;
  private final FormDataKeepers keepers;
  private final TaskCompletion completion;
  private final CaseSummaryQuery summaries;
  private final ObjectMapper json;

  TaskPageController(TaskDetails details, FormDataKeepers keepers, TaskCompletion completion,
      CaseSummaryQuery summaries, ObjectMapper json) {
    this.details = details;
    this.keepers = keepers;
    this.completion = completion;
    this.summaries = summaries;
    this.json = json;
  }

  @Audited(AuditAction.TASK_VIEWED)
  @GetMapping("/tasks/{key:\\d+}")
  String show(@PathVariable long key, @RequestParam(required = false) String view, Model model,
      HttpServletResponse response) {
    Optional<TaskPage> task = details.load(key, "open");
    if (task.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "tasklist/not-found";
    }
    return page(task.get(), "details".equals(view), List.of(), Map.of(), Map.of(), model);
  }

  @Audited(AuditAction.TASK_COMPLETED)
  @PostMapping("/tasks/{key:\\d+}/complete")
  String complete(@PathVariable long key, @RequestParam(required = false) String data, Model model,
      RedirectAttributes flash) {
    TaskCompletion.Outcome outcome;
    try {
      outcome = completion.complete(key, data);
    } catch (TaskProblem problem) {
      flash.addFlashAttribute("problem", problem.getMessage());
      return "redirect:/tasks/" + key;
    }
    if (outcome instanceof TaskCompletion.Invalid invalid) {
      TaskPage task = details.load(key, "complete").orElseThrow();
      return page(task, false, invalid.problems(), invalid.fieldErrors(), invalid.submitted(), model);
    }
    flash.addFlashAttribute("success", "Task completed: " + ((TaskCompletion.Completed) outcome).title());
    return "redirect:/tasks";
  }

  private String page(TaskPage task, boolean detailsView, List<PageProblem> problems,
      Map<String, Object> fieldErrors, Map<String, Object> submitted, Model model) {
    // what the process carries, what Amends keeps for the form, and what was typed, which wins
    Map<String, Object> data = new LinkedHashMap<>(task.hasForm()
        ? keepers.formData(FormSchema.of(task.formSchema(), json).id(), task.variables())
        : task.variables());
    data.putAll(submitted);
    model.addAttribute("title", (problems.isEmpty() ? "" : "Error: ") + task.name());
    model.addAttribute("task", task);
    model.addAttribute("showVariables", detailsView || !task.hasForm());
    model.addAttribute("problems", problems);
    model.addAttribute("formData", write(data));
    model.addAttribute("formErrors", write(fieldErrors));
    model.addAttribute("summary", task.caseId() == null ? null : summaries.load(task.caseId()));
    model.addAttribute("back", "/tasks/" + task.key());
    return "tasklist/task";
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Task data cannot be written as JSON", e);
    }
  }

  /** The task, or empty when the engine does not know it. */
  static Optional<UserTask> findTask(CamundaClient camunda, long key) {
    try {
      return Optional.of(camunda.newUserTaskGetRequest(key).send().join());
    } catch (ProblemException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
