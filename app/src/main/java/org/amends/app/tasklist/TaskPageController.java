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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page: its Camunda form drawn on the server as GOV.UK components and completed by an
 * ordinary form post, beside the case summary; or, without a form, its variables.
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
    return page(task.get(), "details".equals(view), List.of(), Map.of(), null, model);
  }

  /**
   * A dynamic list's "Add another" or "Remove" button: the same page again with the answers as
   * posted and one item more or less. Nothing is completed or checked.
   */
  @Audited(AuditAction.TASK_VIEWED)
  @PostMapping("/tasks/{key:\\d+}/form")
  String changeList(@PathVariable long key, @RequestParam MultiValueMap<String, String> posted, Model model,
      HttpServletResponse response) {
    Optional<TaskPage> task = details.load(key, "open");
    if (task.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "tasklist/not-found";
    }
    Map<String, List<String>> fields = fields(posted);
    Map<String, List<String>> changed = FormListActions.apply(posted.getFirst(FormListActions.PARAM), fields);
    return page(task.get(), false, List.of(), Map.of(), changed == null ? fields : changed, model);
  }

  @Audited(AuditAction.TASK_COMPLETED)
  @PostMapping("/tasks/{key:\\d+}/complete")
  String complete(@PathVariable long key, @RequestParam MultiValueMap<String, String> posted, Model model,
      RedirectAttributes flash) {
    TaskCompletion.Outcome outcome;
    try {
      outcome = completion.complete(key, fields(posted));
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

  /**
   * {@code submitted}: the form's fields as posted (they win over what the task holds), or null to
   * show what the process carries and Amends keeps for the form.
   */
  private String page(TaskPage task, boolean detailsView, List<PageProblem> problems,
      Map<String, FormView.FieldError> fieldErrors, Map<String, List<String>> submitted, Model model) {
    model.addAttribute("title", (problems.isEmpty() ? "" : "Error: ") + task.name());
    model.addAttribute("task", task);
    model.addAttribute("showVariables", detailsView || !task.hasForm());
    model.addAttribute("problems", problems);
    if (task.hasForm()) {
      FormSchema schema = FormSchema.of(task.formSchema(), json);
      Map<String, Object> data = keepers.formData(schema.id(), task.variables());
      Map<String, List<String>> fields = submitted == null ? FormParams.write(schema.root(), data) : submitted;
      model.addAttribute("controls", FormView.build(schema.root(), fields, fieldErrors, data));
      model.addAttribute("formContext", write(data));
      model.addAttribute("formAction", "/tasks/" + task.key() + "/form");
    }
    model.addAttribute("summary", task.caseId() == null ? null : summaries.load(task.caseId()));
    model.addAttribute("back", "/tasks/" + task.key());
    return "tasklist/task";
  }

  /** The posted fields without the page's own (the CSRF token, the button pressed). */
  private static Map<String, List<String>> fields(MultiValueMap<String, String> posted) {
    Map<String, List<String>> fields = new LinkedHashMap<>(posted);
    fields.remove("_csrf");
    fields.remove(FormListActions.PARAM);
    return fields;
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
