package org.amends.app.tasklist;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.security.CurrentStaff;
import org.amends.app.security.Role;
import org.amends.app.web.Option;
import org.amends.app.web.PageLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tasklist: the tasks of the signed-in member of staff's groups (a facilitator's: on the cases
 * allocated to them), with tabs with counts, filters, order, pages; claim, unclaim, assign.
 */
@Controller
class TaskListController {

  private static final String REFERENCE = "^RJ-\\d{4}-\\d+$";

  private final TaskSearch search;
  private final TaskAssignments assignments;
  private final JourneySteps steps;
  private final CurrentStaff staff;
  private final ServiceChoices choices;

  TaskListController(TaskSearch search, TaskAssignments assignments, JourneySteps steps, CurrentStaff staff,
      ServiceChoices choices) {
    this.choices = choices;
    this.search = search;
    this.assignments = assignments;
    this.steps = steps;
    this.staff = staff;
  }

  @GetMapping("/tasks")
  @Audited(AuditAction.TASKS_LISTED)
  String list(@ModelAttribute("filters") TaskFilters filters, BindingResult binding, Model model) {
    BindingResult shown = explainBadFilters(filters, binding);
    // a retired area still finds its cases' tasks; one the service never had is a wrong filter
    if (filters.getArea() != null && !shown.hasFieldErrors("area")
        && choices.find(ChoiceList.AREAS, filters.getArea().code()).isEmpty()) {
      shown.rejectValue("area", "invalid", "Select an area from the list");
    }
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filters", shown);
    // the engine searches while the rest of the page is put together
    Supplier<TaskSearch.Result> pending = shown.hasErrors() ? null : search.send(filters);
    model.addAttribute("pageTitle", shown.hasErrors() ? "Error: Tasks" : "Tasks");
    model.addAttribute("problems", flashedProblem(model));
    TaskView view = filters.taskView();
    model.addAttribute("view", view.param());
    model.addAttribute("viewLabel", view.label());
    model.addAttribute("completedView", view == TaskView.COMPLETED);
    model.addAttribute("here", filters.here());
    model.addAttribute("stepOptions", steps.options());
    model.addAttribute("dueOptions", options(DueFilter.values(), DueFilter::label));
    model.addAttribute("areaOptions", choices.filterOptions(ChoiceList.AREAS));
    model.addAttribute("priorityOptions", options(PriorityBand.values(), PriorityBand::label));
    model.addAttribute("sortOptions", options(TaskSort.values(), TaskSort::label));
    // the tasks listed are for my groups, so only colleagues in one of them could take one
    List<String> myGroups = staff.groups();
    model.addAttribute("colleagues", staff.colleagues().stream()
        .filter(c -> !c.username().equals(staff.username()))
        .filter(c -> c.roles().stream().map(Role::group).anyMatch(myGroups::contains))
        .map(c -> Option.of(c.username(), c.name()))
        .toList());
    if (shown.hasErrors()) {
      model.addAttribute("rows", List.of());
      model.addAttribute("tabs", List.of());
      return "tasklist/list";
    }
    TaskSearch.Result result = pending.get();
    model.addAttribute("rows", result.rows());
    model.addAttribute("tabs", Arrays.stream(TaskView.values())
        .map(v -> new TaskTab(v.label(), filters.hrefFor(v), result.counts().get(v).text(), v == view))
        .toList());
    model.addAttribute("page", new PageLinks(filters.pageNumber(), search.pageSize(), result.total(), filters.query()));
    return "tasklist/list";
  }

  /**
   * A value that is not one of the choices (an old bookmark, a typing slip) or a reference in the
   * wrong shape gets a GOV.UK message; the binder's own messages are for developers, so the page
   * gets a binding result of its own. A page number that is not a number just means page 1.
   */
  private static BindingResult explainBadFilters(TaskFilters filters, BindingResult binding) {
    BindingResult shown = new BeanPropertyBindingResult(filters, "filters");
    for (FieldError error : binding.getFieldErrors()) {
      String message = switch (error.getField()) {
        case "due" -> "Select when the tasks are due from the list";
        case "area" -> "Select an area from the list";
        case "priority" -> "Select a priority from the list";
        case "sort" -> "Select an order from the list";
        default -> null;
      };
      if (message != null) {
        shown.rejectValue(error.getField(), "invalid", message);
      }
    }
    String reference = filters.normalisedReference();
    if (reference != null && !reference.matches(REFERENCE)) {
      shown.rejectValue("reference", "format", "Enter a case reference like RJ-2026-00001");
    }
    return shown;
  }

  /** A claim or assignment that failed comes back as a flash message; it links to the task's row. */
  private static List<PageProblem> flashedProblem(Model model) {
    Object problem = model.getAttribute("problem");
    if (problem == null) {
      return List.of();
    }
    Object key = model.getAttribute("problemTask");
    return List.of(new PageProblem(key == null ? "#main-content" : "#task-" + key, problem.toString()));
  }

  private static <E> List<Option> options(E[] values, java.util.function.Function<E, String> label) {
    return Arrays.stream(values).map(v -> Option.of(((Enum<?>) v).name(), label.apply(v))).toList();
  }

  @Audited(AuditAction.TASK_CLAIMED)
  @PostMapping("/tasks/{key:\\d+}/claim")
  String claim(@PathVariable long key, @RequestParam(required = false) String back, RedirectAttributes flash) {
    try {
      flash.addFlashAttribute("success", "You claimed ‘" + assignments.claim(key).getName() + "’");
    } catch (TaskProblem problem) {
      flash.addFlashAttribute("problem", problem.getMessage());
      flash.addFlashAttribute("problemTask", key);
    }
    return "redirect:" + safeBack(back);
  }

  @Audited(AuditAction.TASK_UNCLAIMED)
  @PostMapping("/tasks/{key:\\d+}/unclaim")
  String unclaim(@PathVariable long key, @RequestParam(required = false) String back, RedirectAttributes flash) {
    try {
      flash.addFlashAttribute("success", "You unassigned yourself from ‘" + assignments.unclaim(key).getName() + "’");
    } catch (TaskProblem problem) {
      flash.addFlashAttribute("problem", problem.getMessage());
      flash.addFlashAttribute("problemTask", key);
    }
    return "redirect:" + safeBack(back);
  }

  @Audited(AuditAction.TASK_ASSIGNED)
  @PostMapping("/tasks/{key:\\d+}/assign")
  String assign(@PathVariable long key, @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String back, RedirectAttributes flash) {
    try {
      String name = assignments.assignTo(key, assignee == null || assignee.isBlank() ? null : assignee).getName();
      flash.addFlashAttribute("success", "You assigned ‘" + name + "’ to " + staff.displayName(assignee));
    } catch (TaskProblem problem) {
      flash.addFlashAttribute("problem", problem.getMessage());
      flash.addFlashAttribute("problemTask", key);
    }
    return "redirect:" + safeBack(back);
  }

  /** Only back to a tasklist page of this app: never to another site. */
  static String safeBack(String back) {
    return back != null && back.startsWith("/tasks") && !back.contains("//") && !back.contains("\\") ? back : "/tasks";
  }
}
