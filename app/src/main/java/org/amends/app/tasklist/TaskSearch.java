package org.amends.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.client.api.search.sort.UserTaskSort;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.amends.app.casework.ProcessIds;
import org.amends.app.security.CaseAccess;
import org.amends.app.security.CurrentStaff;
import org.amends.app.tasklist.TaskCases.CaseLine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The tasklist's searches: user tasks through the Camunda client (filter, sort, page), with each
 * row's case and party from the app's tables. A filter on area or case reference finds the cases
 * here first and then asks for tasks whose process carries one of their ids in {@code caseId}; that
 * also finds the tasks of called processes (contact, consent, meeting), which run in process
 * instances of their own.
 */
@Service
class TaskSearch {

  private static final int VARIABLES_PER_REQUEST = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  record Result(List<TaskRow> rows, long total, Map<TaskView, TabCount> counts) {}

  private final CamundaClient camunda;
  private final TaskCases cases;
  private final CurrentStaff staff;
  private final CaseAccess access;
  private final ObjectMapper json;
  private final Clock clock;
  private final int pageSize;

  TaskSearch(CamundaClient camunda, TaskCases cases, CurrentStaff staff, CaseAccess access,
      ObjectMapper json, Clock clock, @Value("${amends.tasklist.page-size:20}") int pageSize) {
    this.camunda = camunda;
    this.cases = cases;
    this.staff = staff;
    this.access = access;
    this.json = json;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  int pageSize() {
    return pageSize;
  }

  /**
   * Sends the page's search and the other tabs' counts (each capped by the engine, as Camunda's
   * searches are) at once, not one after the other, and answers at once: the caller builds the
   * rest of its page while the engine works, then asks the supplier for the result.
   */
  Supplier<Result> send(TaskFilters filters) {
    String me = staff.username();
    List<String> groups = staff.groups();
    List<Long> caseScope = caseScope(filters);
    if (caseScope != null && caseScope.isEmpty()) {
      Map<TaskView, TabCount> none = new EnumMap<>(TaskView.class);
      for (TaskView view : TaskView.values()) {
        none.put(view, new TabCount(0, false));
      }
      return () -> new Result(List.of(), 0, none);
    }
    TaskView current = filters.taskView();
    CamundaFuture<SearchResponse<UserTask>> pageRequest = camunda.newUserTaskSearchRequest()
        .filter(filter(current, filters, caseScope, me, groups))
        .sort(sort(filters.order()))
        .page(p -> p.from((filters.pageNumber() - 1) * pageSize).limit(pageSize))
        .send();
    Map<TaskView, CamundaFuture<SearchResponse<UserTask>>> others = new EnumMap<>(TaskView.class);
    for (TaskView view : TaskView.values()) {
      if (view != current) {
        others.put(view, camunda.newUserTaskSearchRequest()
            .filter(filter(view, filters, caseScope, me, groups))
            .page(p -> p.limit(1))
            .send());
      }
    }
    return () -> {
      SearchResponse<UserTask> page = pageRequest.join();
      // the rows' cases and parties are read while the engine is still counting the other tabs
      List<TaskRow> rows = rows(page.items(), me);
      Map<TaskView, TabCount> counts = new EnumMap<>(TaskView.class);
      counts.put(current, TabCount.of(page.page()));
      others.forEach((view, request) -> counts.put(view, TabCount.of(request.join().page())));
      return new Result(rows, page.page().totalItems(), counts);
    };
  }

  /**
   * Ids of the cases the area and reference filters allow, within the cases the signed-in member
   * of staff may see (a facilitator: those allocated to them); null when nothing limits them.
   */
  private List<Long> caseScope(TaskFilters filters) {
    List<Long> scope = access.visibleCaseIds().orElse(null);
    if (filters.normalisedReference() != null) {
      List<Long> found = cases.idOfReference(filters.normalisedReference()).map(List::of).orElse(List.of());
      scope = scope == null ? found : scope.stream().filter(found::contains).toList();
    }
    if (filters.getArea() != null) {
      List<Long> inArea = cases.idsInArea(filters.getArea());
      scope = scope == null ? inArea : scope.stream().filter(inArea::contains).toList();
    }
    return scope;
  }

  private Consumer<UserTaskFilter> filter(
      TaskView view, TaskFilters filters, List<Long> caseScope, String me, List<String> groups) {
    return f -> {
      switch (view) {
        case MINE -> f.state(UserTaskState.CREATED).assignee(me);
        case UNASSIGNED -> f.state(UserTaskState.CREATED)
            .assignee(a -> a.exists(false))
            .candidateGroup(g -> g.in(orNone(groups)));
        // the tasks of the member of staff's own groups: coordinators see the coordinators' tasks
        case OPEN -> f.state(UserTaskState.CREATED).candidateGroup(g -> g.in(orNone(groups)));
        case COMPLETED -> f.state(UserTaskState.COMPLETED).candidateGroup(g -> g.in(orNone(groups)));
      }
      if (filters.getStep() != null && !filters.getStep().isBlank()) {
        f.elementId(filters.getStep().trim());
      }
      if (filters.getPriority() != null) {
        PriorityBand band = filters.getPriority();
        f.priority(p -> p.gte(band.min()).lte(band.max()));
      }
      if (filters.getDue() != null) {
        LocalDate today = LocalDate.now(clock.withZone(DueWording.ZONE));
        OffsetDateTime startOfToday = startOf(today);
        switch (filters.getDue()) {
          case TODAY -> f.dueDate(d -> d.gte(startOfToday).lt(startOf(today.plusDays(1))));
          case OVERDUE -> f.dueDate(d -> d.lt(startOfToday));
          case THIS_WEEK -> f.dueDate(d -> d.gte(startOfToday)
              .lt(startOf(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)))));
        }
      }
      if (caseScope != null) {
        List<String> ids = caseScope.stream().map(String::valueOf).toList();
        f.processInstanceVariables(List.of(v -> v.name("caseId").value(s -> s.in(ids))));
      }
    };
  }

  /** Nobody is in a group called "none": someone without groups sees no group's tasks. */
  private static List<String> orNone(List<String> groups) {
    return groups.isEmpty() ? List.of("none") : groups;
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(DueWording.ZONE).toOffsetDateTime();
  }

  private static Consumer<UserTaskSort> sort(TaskSort order) {
    return s -> {
      switch (order) {
        case DUE_ASC -> s.dueDate().asc();
        case DUE_DESC -> s.dueDate().desc();
        case CREATED_ASC -> s.creationDate().asc();
        case CREATED_DESC -> s.creationDate().desc();
        case PRIORITY_ASC -> s.priority().asc();
        case PRIORITY_DESC -> s.priority().desc();
      }
      if (order != TaskSort.CREATED_ASC && order != TaskSort.CREATED_DESC) {
        s.creationDate().asc(); // tasks that tie keep one order from page to page
      }
    };
  }

  private List<TaskRow> rows(List<UserTask> tasks, String me) {
    Map<Long, Map<String, Object>> variables = caseVariables(tasks);
    Set<Long> caseIds = new HashSet<>();
    Set<Long> partyIds = new HashSet<>();
    variables.values().forEach(v -> {
      if (v.get("caseId") != null) {
        caseIds.add(ProcessIds.id("caseId", v.get("caseId")));
      }
      if (v.get("partyId") != null) {
        partyIds.add(ProcessIds.id("partyId", v.get("partyId")));
      }
    });
    Map<Long, CaseLine> caseLines = cases.cases(caseIds);
    Map<Long, String> partyNames = cases.partyNames(partyIds);
    LocalDate today = LocalDate.now(clock.withZone(DueWording.ZONE));
    // each assignee's name once for the page, not once a row
    Map<String, String> assigneeNames = new HashMap<>();
    List<TaskRow> rows = new ArrayList<>();
    for (UserTask task : tasks) {
      Map<String, Object> v = variables.getOrDefault(task.getUserTaskKey(), Map.of());
      Long caseId = v.get("caseId") == null ? null : ProcessIds.id("caseId", v.get("caseId"));
      CaseLine line = caseId == null ? null : caseLines.get(caseId);
      String party = v.get("partyId") == null ? null : partyNames.get(ProcessIds.id("partyId", v.get("partyId")));
      boolean open = task.getState() == UserTaskState.CREATED;
      DueWording.Due due = DueWording.describe(task.getDueDate(), today);
      String assignee = task.getAssignee();
      rows.add(new TaskRow(
          task.getUserTaskKey(),
          task.getName(),
          caseId,
          line == null ? null : line.reference(),
          line == null ? null : line.areaName(),
          party,
          assignee,
          assignee == null || assignee.isBlank() ? null : assigneeNames.computeIfAbsent(assignee, staff::displayName),
          me.equals(assignee),
          open,
          PriorityBand.of(task.getPriority()).label(),
          open ? due.text() : null,
          open && due.overdue(),
          task.getCompletionDate() == null ? null
              : task.getCompletionDate().atZoneSameInstant(DueWording.ZONE).format(DAY)));
    }
    return rows;
  }

  /**
   * caseId and partyId as each task sees them, for the whole page in one variable search over
   * the page's process instances (not one request per row). A task sees a variable of its own
   * element instance first (a multi-instance task's partyId), else its process instance's (a
   * called process gets caseId and partyId as its own variables): where the journey's processes
   * keep them. A scope between the two (a subprocess's own partyId) is not looked at.
   */
  private Map<Long, Map<String, Object>> caseVariables(List<UserTask> tasks) {
    if (tasks.isEmpty()) {
      return Map.of();
    }
    List<Long> instances = tasks.stream().map(UserTask::getProcessInstanceKey).distinct().toList();
    Map<Long, Map<String, Object>> byScope = new HashMap<>();
    int from = 0;
    while (true) {
      int offset = from;
      SearchResponse<Variable> page = camunda.newVariableSearchRequest()
          .filter(f -> f.processInstanceKey(k -> k.in(instances)).name(n -> n.in("caseId", "partyId")))
          .page(p -> p.from(offset).limit(VARIABLES_PER_REQUEST))
          .send().join();
      for (Variable variable : page.items()) {
        byScope.computeIfAbsent(variable.getScopeKey(), k -> new HashMap<>())
            .put(variable.getName(), parse(variable.getValue()));
      }
      from += page.items().size();
      if (page.items().isEmpty() || from >= page.page().totalItems()) {
        break;
      }
    }
    Map<Long, Map<String, Object>> result = new HashMap<>();
    for (UserTask task : tasks) {
      Map<String, Object> values = new HashMap<>(byScope.getOrDefault(task.getProcessInstanceKey(), Map.of()));
      values.putAll(byScope.getOrDefault(task.getElementInstanceKey(), Map.of()));
      result.put(task.getUserTaskKey(), values);
    }
    return result;
  }

  private Object parse(String value) {
    try {
      return value == null ? null : json.readValue(value, Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }
}
