package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskAssignmentRequest;
import io.camunda.client.protocol.rest.UserTaskCompletionRequest;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.api.UserTaskChanges;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.query.Where;
import org.amends.engine.state.Form;
import org.amends.engine.state.UserTask;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Camunda user tasks: search, get, form, assignment, update, completion and their variables. */
@RestController
class UserTaskController {

  private final Engine engine;
  private final Searcher searcher;

  UserTaskController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  @PostMapping("/v2/user-tasks/search")
  UserTaskSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.USER_TASKS, SearchRequest.of(body));
    return new UserTaskSearchQueryResult()
        .items(page.hits().stream().map(UserTaskController::toResult).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/user-tasks/{userTaskKey}")
  UserTaskResult get(@PathVariable long userTaskKey) {
    return toResult(task(userTaskKey));
  }

  /** The task's linked form; 204 when it has none (an external or no form), as Camunda answers. */
  @GetMapping("/v2/user-tasks/{userTaskKey}/form")
  ResponseEntity<FormResult> form(@PathVariable long userTaskKey) {
    UserTask task = task(userTaskKey).row(UserTask.class);
    Form form = task.formKey < 0 ? null : engine.read(state -> state.forms.get(task.formKey));
    return form == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(Forms.toResult(form));
  }

  @PostMapping("/v2/user-tasks/{userTaskKey}/assignment")
  ResponseEntity<Void> assign(@PathVariable long userTaskKey, @RequestBody UserTaskAssignmentRequest request) {
    Rest.require("assignee", request.getAssignee());
    engine.assignUserTask(userTaskKey, request.getAssignee(), !Boolean.FALSE.equals(request.getAllowOverride()));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/v2/user-tasks/{userTaskKey}/assignee")
  ResponseEntity<Void> unassign(@PathVariable long userTaskKey) {
    engine.unassignUserTask(userTaskKey);
    return ResponseEntity.noContent().build();
  }

  /**
   * Only the attributes present in the changeset change; an empty date or list clears it. Read as
   * JSON because "absent" and "cleared" differ.
   */
  @PatchMapping("/v2/user-tasks/{userTaskKey}")
  ResponseEntity<Void> update(@PathVariable long userTaskKey, @RequestBody(required = false) JsonNode body) {
    JsonNode changeset = body == null ? null : body.get("changeset");
    if (changeset != null && !changeset.isNull() && !changeset.isObject()) {
      throw EngineException.invalidArgument("The property 'changeset' must be an object.");
    }
    boolean has = changeset != null && changeset.isObject();
    JsonNode dueDate = has ? changeset.get("dueDate") : null;
    JsonNode followUpDate = has ? changeset.get("followUpDate") : null;
    JsonNode priority = has ? changeset.get("priority") : null;
    if (priority != null && !priority.isNull() && !priority.isInt()) {
      throw EngineException.invalidArgument("The value of 'changeset.priority' must be a whole number, but was " + priority);
    }
    UserTaskChanges changes = new UserTaskChanges(
        date("dueDate", dueDate), isCleared(dueDate),
        date("followUpDate", followUpDate), isCleared(followUpDate),
        list("candidateGroups", has ? changeset.get("candidateGroups") : null),
        list("candidateUsers", has ? changeset.get("candidateUsers") : null),
        priority == null || priority.isNull() ? null : priority.intValue());
    engine.updateUserTask(userTaskKey, changes);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/user-tasks/{userTaskKey}/completion")
  ResponseEntity<Void> complete(
      @PathVariable long userTaskKey, @RequestBody(required = false) UserTaskCompletionRequest request) {
    engine.completeUserTask(userTaskKey, request == null ? null : request.getVariables());
    return ResponseEntity.noContent().build();
  }

  /** The variables the task sees: its own scope's and its ancestors', the nearest of a name winning. */
  @PostMapping("/v2/user-tasks/{userTaskKey}/variables/search")
  VariableSearchQueryResult variables(
      @PathVariable long userTaskKey,
      @RequestBody(required = false) JsonNode body,
      @RequestParam(value = "truncateValues", defaultValue = "true") boolean truncateValues) {
    UserTask task = task(userTaskKey).row(UserTask.class);
    List<Long> scopes = scopesOf(task.elementInstanceKey);
    String placeholders = String.join(", ", Collections.nCopies(scopes.size(), "?"));
    StringBuilder depth = new StringBuilder("(case %s.scope_key");
    for (int i = 0; i < scopes.size(); i++) {
      depth.append(" when ? then ").append(i);
    }
    depth.append(" end)");
    List<Object> params = new ArrayList<>(scopes);
    params.addAll(scopes);
    params.addAll(scopes);
    params.addAll(scopes);
    Where visible = new Where().add(
        "t.scope_key in (" + placeholders + ") and not exists (select 1 from {s}.variable n"
            + " where n.name = t.name and n.scope_key in (" + placeholders + ")"
            + " and " + depth.toString().formatted("n") + " < " + depth.toString().formatted("t") + ")",
        params.toArray());
    SearchPage page = searcher.search(Searches.VARIABLES, SearchRequest.of(body), visible);
    return VariableController.toSearchResult(page, truncateValues);
  }

  /** The element instance and its flow scopes up to the process instance, nearest first. */
  private List<Long> scopesOf(long elementInstanceKey) {
    List<Long> scopes = new ArrayList<>();
    List<Object[]> rows = searcher.rows(
        "with recursive chain(k, depth) as (select ?::bigint, 0 union all"
            + " select (e.data->>'flowScopeKey')::bigint, c.depth + 1 from {s}.element_instance e"
            + " join chain c on e.key = c.k where (e.data->>'flowScopeKey')::bigint <> -1 and c.depth < 1000)"
            + " select k from chain order by depth",
        elementInstanceKey);
    rows.forEach(row -> scopes.add(((Number) row[0]).longValue()));
    return scopes;
  }

  private SearchHit task(long key) {
    return searcher.find(Searches.USER_TASKS, "userTaskKey", key)
        .orElseThrow(() -> EngineException.notFound("User task with key '" + key + "' not found"));
  }

  private static boolean isCleared(JsonNode value) {
    return value != null && value.isTextual() && value.textValue().isEmpty();
  }

  private static OffsetDateTime date(String field, JsonNode value) {
    if (value == null || value.isNull() || isCleared(value)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw EngineException.invalidArgument(
          "The value of 'changeset." + field + "' must be an ISO-8601 date-time such as '2025-01-31T10:15:30+01:00', but was '"
              + value.asText() + "'");
    }
  }

  private static List<String> list(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw EngineException.invalidArgument("The value of 'changeset." + field + "' must be a list of strings");
    }
    List<String> result = new ArrayList<>();
    value.forEach(v -> result.add(v.asText()));
    return result;
  }

  static UserTaskResult toResult(SearchHit hit) {
    UserTask task = hit.row(UserTask.class);
    return new UserTaskResult()
        .userTaskKey(Rest.key(task.key))
        .name(task.name != null ? task.name : task.elementId)
        .state(UserTaskStateEnum.fromValue(task.state.name()))
        .assignee(task.assignee)
        .elementId(task.elementId)
        .candidateGroups(new ArrayList<>(task.candidateGroups == null ? List.of() : task.candidateGroups))
        .candidateUsers(new ArrayList<>(task.candidateUsers == null ? List.of() : task.candidateUsers))
        .processDefinitionId(task.bpmnProcessId)
        .processDefinitionVersion(task.processDefinitionVersion)
        .processName(hit.string("processName"))
        .creationDate(Rest.date(task.creationDate))
        .completionDate(Rest.date(task.completionDate))
        .dueDate(Rest.date(task.dueDate))
        .followUpDate(Rest.date(task.followUpDate))
        .priority(task.priority)
        .formKey(Rest.keyOrNull(task.formKey))
        .externalFormReference(task.externalFormReference)
        .customHeaders(task.customHeaders == null ? new LinkedHashMap<>() : task.customHeaders)
        .tenantId(task.tenantId)
        .elementInstanceKey(Rest.key(task.elementInstanceKey))
        .processDefinitionKey(Rest.key(task.processDefinitionKey))
        .processInstanceKey(Rest.key(task.processInstanceKey));
  }
}
