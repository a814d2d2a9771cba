package org.amends.app.tasklist;

import org.amends.app.areas.ServiceChoices;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.security.CurrentStaff;
import org.amends.app.tasklist.CaseSummary.ContactLine;
import org.amends.app.tasklist.CaseSummary.HistoryStep;
import org.amends.app.tasklist.CaseSummary.NoteLine;
import org.amends.app.tasklist.CaseSummary.PartyLine;
import org.springframework.stereotype.Component;

/**
 * Reads a case for its summary: the case and its parties, contacts and notes from the app's
 * tables; the history of finished steps from the engine (the case's process instance and the
 * processes it called), through the Camunda client.
 */
@Component
public class CaseSummaryQuery {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
  private static final Set<ElementInstanceType> STEPS =
      Set.of(ElementInstanceType.USER_TASK, ElementInstanceType.SERVICE_TASK);
  /** Called processes can call others (a meeting's closure); deeper than this is not the journey. */
  private static final int CALL_DEPTH = 3;

  private final CaseService cases;
  private final CaseRecordService records;
  private final CamundaClient camunda;
  private final CurrentStaff staff;
  private final ServiceChoices choices;

  CaseSummaryQuery(CaseService cases, CaseRecordService records, CamundaClient camunda, CurrentStaff staff,
      ServiceChoices choices) {
    this.choices = choices;
    this.cases = cases;
    this.records = records;
    this.camunda = camunda;
    this.staff = staff;
  }

  public CaseSummary load(long caseId) {
    Case c = cases.get(caseId);
    List<Party> parties = cases.parties(caseId);
    Map<Long, String> partyNames = parties.stream().collect(Collectors.toMap(Party::id, Party::name));
    return new CaseSummary(
        c.id(),
        c.reference(),
        words(c.status().name()),
        words(c.stage().name()),
        choices.areaName(c.area()),
        c.offenceType(),
        parties.stream().map(p -> new PartyLine(role(p.role()), p.name(), words(p.status().name()))).toList(),
        c.processInstanceKey() == null ? List.of() : history(c.processInstanceKey()),
        records.contactLog(caseId).stream()
            .map(l -> new ContactLine(when(l.contactedAt()), partyNames.getOrDefault(l.partyId(), "Unknown"),
                l.method() == null ? "Not recorded" : words(l.method().name()), words(l.outcome().name()), staff.displayName(l.contactedBy()), l.notes()))
            .toList(),
        records.notes(caseId).stream()
            .map(n -> new NoteLine(when(n.writtenAt()), staff.displayName(n.writtenBy()), n.text()))
            .toList());
  }

  private List<HistoryStep> history(long rootProcessInstanceKey) {
    List<Long> processInstances = new ArrayList<>(List.of(rootProcessInstanceKey));
    List<Long> level = List.of(rootProcessInstanceKey);
    for (int depth = 0; depth < CALL_DEPTH && !level.isEmpty(); depth++) {
      // the instances the whole level called, in one search
      List<Long> parents = level;
      List<Long> children = camunda.newProcessInstanceSearchRequest()
          .filter(f -> f.parentProcessInstanceKey(k -> k.in(parents)))
          .page(p -> p.limit(1000))
          .send().join().items().stream()
          .map(ProcessInstance::getProcessInstanceKey)
          .toList();
      processInstances.addAll(children);
      level = children;
    }
    List<ElementInstance> finished = new ArrayList<>();
    for (long processInstanceKey : processInstances) {
      camunda.newElementInstanceSearchRequest()
          .filter(f -> f.processInstanceKey(processInstanceKey).state(ElementInstanceState.COMPLETED))
          .page(p -> p.limit(1000))
          .send().join().items().stream()
          .filter(e -> STEPS.contains(e.getType()) && e.getEndDate() != null)
          .forEach(finished::add);
    }
    return finished.stream()
        .sorted(Comparator.comparing(ElementInstance::getEndDate))
        .map(e -> new HistoryStep(
            e.getElementName() == null || e.getElementName().isBlank() ? e.getElementId() : e.getElementName(),
            e.getType() == ElementInstanceType.USER_TASK ? "Task" : "Automatic step",
            when(e.getEndDate())))
        .toList();
  }

  private static String role(PartyRole role) {
    return switch (role) {
      case HARMED -> "Harmed person";
      case HARMER -> "Person who caused harm";
      case OTHER_AFFECTED -> "Other affected person";
      case SUPPORTER -> "Supporter";
    };
  }

  /** FOLLOW_UP → "Follow up". */
  static String words(String constant) {
    String text = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(DueWording.ZONE));
  }

  private static String when(OffsetDateTime time) {
    return time == null ? "" : WHEN.format(time.atZoneSameInstant(DueWording.ZONE));
  }
}
