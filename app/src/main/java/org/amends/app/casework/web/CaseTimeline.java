package org.amends.app.casework.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.ContactLog;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingService;
import org.amends.app.notification.EmailRecord;
import org.amends.app.notification.NotificationService;
import org.amends.app.security.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A case's timeline: the steps of its process instance and of the instances it called, read from
 * the engine through the Camunda client (so it works on a Camunda 8 cluster too), merged with the
 * app's notes, contact attempts, emails and meetings.
 */
@Component
class CaseTimeline {

  private static final Logger log = LoggerFactory.getLogger(CaseTimeline.class);

  private static final int PAGE = 500;
  /** A journey calls a handful of processes per party; this only stops a runaway loop. */
  private static final int MAX_INSTANCES = 200;
  private static final String PROCESS = "Case process";

  private static final Set<ElementInstanceType> STEPS = Set.of(
      ElementInstanceType.USER_TASK, ElementInstanceType.SERVICE_TASK,
      ElementInstanceType.CALL_ACTIVITY, ElementInstanceType.BUSINESS_RULE_TASK,
      ElementInstanceType.SCRIPT_TASK, ElementInstanceType.SEND_TASK,
      ElementInstanceType.RECEIVE_TASK, ElementInstanceType.MANUAL_TASK, ElementInstanceType.TASK);
  private static final Set<ElementInstanceType> EVENTS = Set.of(
      ElementInstanceType.START_EVENT, ElementInstanceType.END_EVENT,
      ElementInstanceType.INTERMEDIATE_CATCH_EVENT, ElementInstanceType.INTERMEDIATE_THROW_EVENT,
      ElementInstanceType.BOUNDARY_EVENT);
  /** Steps that wait for someone or something: their start is worth a line of its own. */
  private static final Set<ElementInstanceType> WAITING =
      Set.of(ElementInstanceType.USER_TASK, ElementInstanceType.CALL_ACTIVITY,
          ElementInstanceType.RECEIVE_TASK);

  private final CamundaClient camunda;
  private final CaseRecordService records;
  private final NotificationService notifications;
  private final MeetingService meetings;
  private final CurrentStaff staff;

  CaseTimeline(
      CamundaClient camunda,
      CaseRecordService records,
      NotificationService notifications,
      MeetingService meetings,
      CurrentStaff staff) {
    this.camunda = camunda;
    this.records = records;
    this.notifications = notifications;
    this.meetings = meetings;
    this.staff = staff;
  }

  /** {@code partyNames} by party id, {@code facilitatorNames} by facilitator id. */
  Timeline of(Case c, Map<Long, String> partyNames, Map<Long, String> facilitatorNames) {
    List<Timeline.Entry> entries = new ArrayList<>();
    // each member of staff's name once for the page, not once an entry
    Map<String, String> staffNames = new HashMap<>();
    String problem = null;
    if (c.processInstanceKey() != null) {
      try {
        entries.addAll(processSteps(c.processInstanceKey(), partyNames, staffNames));
      } catch (ClientException e) {
        log.warn("Could not read the process history of case {}: {}", c.reference(), e.getMessage());
        problem = "The steps of the case’s process cannot be shown at the moment because the "
            + "process engine did not answer. The case’s own records are shown.";
      }
    }
    entries.addAll(appRecords(c.id(), partyNames, facilitatorNames, staffNames));
    // entries were added oldest first within each source: reversing first keeps things that
    // happened in the same instant (a task completing, the next one starting) newest first too
    Collections.reverse(entries);
    entries.sort(Comparator.comparing(Timeline.Entry::at).reversed());
    return new Timeline(List.copyOf(entries), problem);
  }

  private List<Timeline.Entry> processSteps(long rootKey, Map<Long, String> partyNames,
      Map<String, String> staffNames) {
    Map<Long, String> instanceNames = new HashMap<>();
    Set<Long> read = new LinkedHashSet<>();
    List<ElementInstance> elements = new ArrayList<>();
    // a level of the call tree at a time: the instances it called, and their parties, are one
    // search each for the whole level
    List<Long> level = List.of(rootKey);
    while (!level.isEmpty() && read.size() < MAX_INSTANCES) {
      List<Long> fresh = level.stream().filter(read::add).limit(MAX_INSTANCES).toList();
      fresh.forEach(key -> elements.addAll(elementsOf(key)));
      List<ProcessInstance> children = childrenOf(fresh);
      Map<Long, Long> parties = partyIdsOf(children);
      for (ProcessInstance child : children) {
        instanceNames.put(child.getProcessInstanceKey(),
            childName(child, partyNames.get(parties.get(child.getProcessInstanceKey()))));
      }
      level = children.stream().map(ProcessInstance::getProcessInstanceKey).toList();
    }
    Map<Long, String> assignees = new HashMap<>();
    read.forEach(key -> assignees.putAll(assigneesOf(key, staffNames)));

    List<Timeline.Entry> entries = new ArrayList<>();
    for (ElementInstance e : elements) {
      String detail = instanceNames.get(e.getProcessInstanceKey());
      String name = e.getElementName();
      if (EVENTS.contains(e.getType())) {
        // an unnamed event (the engine reports its id as its name) says nothing to a coordinator
        if (name != null && !name.isBlank() && !name.equals(e.getElementId())) {
          entries.add(new Timeline.Entry(
              instant(e.getEndDate() != null ? e.getEndDate() : e.getStartDate()),
              name, detail, PROCESS));
        }
        continue;
      }
      if (!STEPS.contains(e.getType())) {
        continue;
      }
      if (WAITING.contains(e.getType()) || e.getEndDate() == null) {
        entries.add(new Timeline.Entry(
            instant(e.getStartDate()), "Started: " + name, detail, PROCESS));
      }
      if (e.getEndDate() != null) {
        boolean completed = e.getState() == ElementInstanceState.COMPLETED;
        String by = e.getType() == ElementInstanceType.USER_TASK
            ? assignees.getOrDefault(e.getElementInstanceKey(), PROCESS) : PROCESS;
        entries.add(new Timeline.Entry(instant(e.getEndDate()),
            (completed ? "Completed: " : "Cancelled: ") + name, detail, by));
      }
    }
    return entries;
  }

  private List<ElementInstance> elementsOf(long processInstanceKey) {
    List<ElementInstance> all = new ArrayList<>();
    int from = 0;
    while (true) {
      int offset = from;
      List<ElementInstance> page = camunda.newElementInstanceSearchRequest()
          .filter(f -> f.processInstanceKey(processInstanceKey))
          .sort(s -> s.elementInstanceKey().asc())
          .page(p -> p.from(offset).limit(PAGE))
          .send().join().items();
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
      from += PAGE;
    }
  }

  private List<ProcessInstance> childrenOf(List<Long> parents) {
    if (parents.isEmpty()) {
      return List.of();
    }
    return camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.parentProcessInstanceKey(k -> k.in(parents)))
        .sort(s -> s.processInstanceKey().asc())
        .page(p -> p.limit(PAGE))
        .send().join().items();
  }

  /** Who completed each user task of the instance, by element instance key. */
  private Map<Long, String> assigneesOf(long processInstanceKey, Map<String, String> staffNames) {
    Map<Long, String> assignees = new HashMap<>();
    for (UserTask task : camunda.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .page(p -> p.limit(PAGE))
        .send().join().items()) {
      if (task.getAssignee() != null && task.getElementInstanceKey() != null) {
        assignees.put(task.getElementInstanceKey(), staffNames.computeIfAbsent(task.getAssignee(), staff::displayName));
      }
    }
    return assignees;
  }

  /** The partyId of each called instance that is about one party, in one variable search. */
  private Map<Long, Long> partyIdsOf(List<ProcessInstance> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    List<Long> keys = instances.stream().map(ProcessInstance::getProcessInstanceKey).toList();
    Map<Long, Long> parties = new HashMap<>();
    for (Variable variable : camunda.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(k -> k.in(keys)).name("partyId"))
        .page(p -> p.limit(PAGE))
        .send().join().items()) {
      Long party = parseId(variable.getValue());
      if (party == null) {
        continue;
      }
      // the instance's own partyId before one of a scope inside it
      if (variable.getScopeKey().equals(variable.getProcessInstanceKey())) {
        parties.put(variable.getProcessInstanceKey(), party);
      } else {
        parties.putIfAbsent(variable.getProcessInstanceKey(), party);
      }
    }
    return parties;
  }

  /** A called process by its name, and the party it is about when it is one per party. */
  private static String childName(ProcessInstance child, String party) {
    String name = child.getProcessDefinitionName() != null
        ? child.getProcessDefinitionName() : child.getProcessDefinitionId();
    return party == null ? name : name + ": " + party;
  }

  private static Long parseId(String json) {
    String digits = json == null ? "" : json.replace("\"", "").trim();
    return digits.matches("\\d+") ? Long.valueOf(digits) : null;
  }

  private List<Timeline.Entry> appRecords(long caseId, Map<Long, String> partyNames,
      Map<Long, String> facilitatorNames, Map<String, String> staffNames) {
    List<Timeline.Entry> entries = new ArrayList<>();
    for (CaseNote note : records.notes(caseId)) {
      entries.add(new Timeline.Entry(note.writtenAt(), "Note", note.text(), who(note.writtenBy(), staffNames)));
    }
    for (ContactLog contact : records.contactLog(caseId)) {
      String party = partyNames.getOrDefault(contact.partyId(), "a party");
      entries.add(new Timeline.Entry(contact.contactedAt(),
          "Contact with " + party + (contact.method() == null ? "" : " by " + Labels.sentence(contact.method()).toLowerCase())
              + ": " + Labels.sentence(contact.outcome()).toLowerCase(),
          contact.notes(), who(contact.contactedBy(), staffNames)));
    }
    for (EmailRecord email : notifications.sentFor(caseId)) {
      String to = switch (email.recipientKind()) {
        case PARTY -> partyNames.getOrDefault(email.partyId(), "a party");
        case FACILITATOR -> facilitatorNames.getOrDefault(email.facilitatorId(), "a facilitator");
        case REFERRER -> "the referrer";
      };
      entries.add(new Timeline.Entry(email.sentAt(), "Email sent to " + to + ": " + email.subject(),
          "To " + email.recipientAddress(), "System"));
    }
    for (Meeting meeting : meetings.forCase(caseId)) {
      String with = meeting.partyId() == null ? "" : " with " + partyNames.get(meeting.partyId());
      // a meeting's people are its attendees, once its record says who came
      entries.add(new Timeline.Entry(meeting.startsAt(), Labels.meeting(meeting.kind()) + with,
          meeting.venue() == null ? null : "At " + meeting.venue(),
          meeting.attendees() == null ? "Attendees not recorded yet" : meeting.attendees()));
    }
    return entries;
  }

  /** Workers write "system"; people are shown by name. */
  private String who(String username, Map<String, String> staffNames) {
    if (username == null || username.isBlank()) {
      return "Not recorded";
    }
    return "system".equals(username) ? "System" : staffNames.computeIfAbsent(username, staff::displayName);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? Instant.EPOCH : time.toInstant();
  }
}
