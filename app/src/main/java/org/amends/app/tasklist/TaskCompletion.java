package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ProblemException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.security.CurrentStaff;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Service;

/**
 * Completes a task with what its form submitted: checked again here, then what the process must
 * not carry kept in Amends (by the feature that owns the form's data, or else as a case note
 * written by the signed-in member of staff), and only decisions and ids sent to the process.
 */
@Service
class TaskCompletion {

  /** What happened: completed, or the problems to show with what was typed. */
  sealed interface Outcome permits Completed, Invalid {}

  record Completed(String title) implements Outcome {}

  /** The problems for the error summary, the same by field (anchor), and the fields as posted. */
  record Invalid(List<PageProblem> problems, Map<String, FormView.FieldError> fieldErrors,
      Map<String, List<String>> submitted) implements Outcome {}

  private final CamundaClient camunda;
  private final TaskDetails details;
  private final FormDataKeepers keepers;
  private final CaseRecordService records;
  private final CurrentStaff staff;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormCheck check;

  TaskCompletion(CamundaClient camunda, TaskDetails details, FormDataKeepers keepers,
      CaseRecordService records, CurrentStaff staff, ObjectMapper json, Clock clock) {
    this.camunda = camunda;
    this.details = details;
    this.keepers = keepers;
    this.records = records;
    this.staff = staff;
    this.json = json;
    this.clock = clock;
    this.check = new FormCheck(clock);
  }

  /** Completes the task with its form's fields as posted ({@link FormParams}). */
  Outcome complete(long key, Map<String, List<String>> submitted) {
    // a task that does not exist is answered as one that is not theirs to see
    TaskPage task = details.load(key, "complete").orElseThrow(TaskHidden::new);
    if (!task.open()) {
      throw new TaskProblem("‘" + task.name() + "’ has already been completed");
    }
    if (!task.mine()) {
      throw new TaskProblem(task.unassigned()
          ? "Claim ‘" + task.name() + "’ before you complete it"
          : "‘" + task.name() + "’ is assigned to " + task.assigneeName() + ". Only they can complete it.");
    }
    Map<String, Object> variables = Map.of();
    if (task.hasForm()) {
      FormSchema schema = FormSchema.of(task.formSchema(), json);
      Map<String, Object> context = keepers.formData(schema.id(), task.variables());
      FormParams.Read answers = FormParams.read(schema.root(), submitted, context);
      FormCheck.Result result = check.check(schema, answers.data(), context);
      if (!result.valid()) {
        return invalid(result.problems(), answers.dateProblems(), submitted);
      }
      variables = keep(task, schema.id(), result);
    }
    try {
      camunda.newCompleteUserTaskCommand(key).variables(variables).send().join();
    } catch (ClientException e) {
      String detail = e instanceof ProblemException p && p.details() != null ? p.details().getDetail() : e.getMessage();
      throw new TaskProblem("‘" + task.name() + "’ could not be completed: " + detail);
    }
    return new Completed(task.title());
  }

  /**
   * The variables for the process: the decisions, less what the form's feature keeps, plus the ids
   * it gives for them; the rest of the free text goes into a case note first, under a key of its
   * own, so a second press of the button (or a retry after the engine refused) never writes it
   * twice. A task outside any case has nowhere else to keep its text, so there every answer goes
   * to the process, as the form gave it.
   */
  private Map<String, Object> keep(TaskPage task, String formId, FormCheck.Result result) {
    if (task.caseId() == null) {
      return new LinkedHashMap<>(result.answers());
    }
    Optional<TaskFormData> keeper = keepers.forForm(formId);
    Set<String> kept = keeper.map(TaskFormData::keeps).orElse(Set.of());
    Map<String, Object> variables = new LinkedHashMap<>(result.decisions());
    variables.keySet().removeAll(kept);
    note(task, result.freeText().stream().filter(t -> !kept.contains(t.path().get(0))).toList());
    keeper.ifPresent(k -> variables.putAll(k.keep(
        new AnsweredTask(task.key(), formId, task.caseId(), task.variables(), staff.username()),
        result.answers())));
    return variables;
  }

  private void note(TaskPage task, List<FormCheck.FreeText> freeText) {
    if (freeText.isEmpty()) {
      return;
    }
    String text = "From ‘" + task.name() + "’:\n\n" + freeText.stream()
        .map(t -> t.label() + "\n" + t.text())
        .collect(Collectors.joining("\n\n"));
    records.addNote(new CaseNote(null, task.caseId(), text, staff.username(),
        clock.instant().truncatedTo(ChronoUnit.MICROS), "task-" + task.key()));
  }

  /**
   * The form's problems, a date's own (a missing month, a time that is not real) in place of the
   * form's "must be a real date", each linked to its field, or to the box it is about.
   */
  private static Invalid invalid(List<FormCheck.Problem> problems, Map<String, FormDates.Read> dates,
      Map<String, List<String>> submitted) {
    List<PageProblem> summary = new java.util.ArrayList<>();
    Map<String, FormView.FieldError> byField = new LinkedHashMap<>();
    for (FormCheck.Problem problem : problems) {
      FormDates.Read date = dates.get(problem.anchor());
      String message = date == null ? problem.message() : date.problem();
      String part = date == null ? null : date.part();
      String target = part == null || part.equals("day") ? problem.anchor() : problem.anchor() + "-" + part;
      summary.add(new PageProblem("#" + target, message));
      byField.put(problem.anchor(), new FormView.FieldError(message, part));
    }
    return new Invalid(List.copyOf(summary), byField, submitted);
  }
}
