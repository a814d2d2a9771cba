package org.amends.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.facilitation.Allocation;
import org.amends.app.facilitation.FacilitatorService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff working a case through the app's own pages, as the browser would post them: a task is
 * claimed and its form's answers posted as the page's fields (a date as day, month and year boxes,
 * a time in its own box, a list's items numbered) to the tasklist (which keeps what the process
 * must not carry), a withdrawal recorded on the case page. Coordinators' tasks are done by a
 * coordinator, facilitators' by a facilitator.
 */
public final class StaffHands {

  public static final Duration WAIT = Duration.ofSeconds(30);

  private final MockMvc mvc;
  private final CamundaClient camunda;
  private final FacilitatorService facilitators;

  public StaffHands(MockMvc mvc, CamundaClient camunda, FacilitatorService facilitators) {
    this.mvc = mvc;
    this.camunda = camunda;
    this.facilitators = facilitators;
  }

  /** Completes the open task at {@code elementId} of the case (the first one, for a task per party). */
  public void complete(long caseId, String elementId, Map<String, Object> answers) throws Exception {
    complete(caseId, open(Map.of("caseId", caseId), elementId), elementId, answers);
  }

  /** Completes the party's own open task at {@code elementId} (a task per party, as contact is). */
  public void completeFor(long caseId, long partyId, String elementId, Map<String, Object> answers)
      throws Exception {
    complete(caseId, open(Map.of("caseId", caseId, "partyId", partyId), elementId), elementId, answers);
  }

  private void complete(long caseId, UserTask task, String elementId, Map<String, Object> answers) throws Exception {
    RequestPostProcessor who = who(caseId, task);
    mvc.perform(post("/tasks/{key}/claim", task.getUserTaskKey()).with(who).with(csrf()));
    MockHttpServletRequestBuilder request = post("/tasks/{key}/complete", task.getUserTaskKey()).with(who).with(csrf());
    fields("", answers, request);
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getRedirectedUrl())
        .as("completing %s with %s (the page said: %s)", elementId, answers, response.getContentAsString())
        .isEqualTo("/tasks");
  }

  /** The answers as the task page's fields name them (see the tasklist's FormParams). */
  private static void fields(String prefix, Map<?, ?> answers, MockHttpServletRequestBuilder request) {
    answers.forEach((key, value) -> {
      String name = prefix + key;
      if (value instanceof Map<?, ?> nested) {
        fields(name + ".", nested, request);
      } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
        request.param("_items." + name, String.valueOf(list.size()));
        for (int i = 0; i < list.size(); i++) {
          fields(name + "[" + i + "].", (Map<?, ?>) list.get(i), request);
        }
      } else if (value instanceof List<?> list) {
        list.forEach(item -> request.param(name, String.valueOf(item)));
      } else if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        date(name, LocalDate.parse(text).atStartOfDay(), false, request);
      } else if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
        LocalDateTime local = text.matches(".*(Z|[+-]\\d{2}:\\d{2})$")
            ? OffsetDateTime.parse(text).atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDateTime()
            : LocalDateTime.parse(text);
        date(name, local, true, request);
      } else {
        request.param(name, String.valueOf(value));
      }
    });
  }

  private static void date(String name, LocalDateTime at, boolean time, MockHttpServletRequestBuilder request) {
    request.param(name + "-day", String.valueOf(at.getDayOfMonth()))
        .param(name + "-month", String.valueOf(at.getMonthValue()))
        .param(name + "-year", String.valueOf(at.getYear()));
    if (time) {
      request.param(name + "-time", at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
    }
  }

  /** The page of the open task at {@code elementId} with its form, claimed by the one who may do it. */
  public String show(long caseId, String elementId) throws Exception {
    UserTask task = open(Map.of("caseId", caseId), elementId);
    RequestPostProcessor who = who(caseId, task);
    mvc.perform(post("/tasks/{key}/claim", task.getUserTaskKey()).with(who).with(csrf()));
    return mvc.perform(get("/tasks/{key}", task.getUserTaskKey()).with(who))
        .andReturn().getResponse().getContentAsString();
  }

  /**
   * A coordinator for coordinators' tasks; for facilitators' tasks, the first facilitator
   * allocated to the case, signed in through a staff user linked to them (a facilitator sees only
   * the cases they are allocated to).
   */
  private RequestPostProcessor who(long caseId, UserTask task) {
    if (!task.getCandidateGroups().contains("facilitators")) {
      return user("coordinator").roles("COORDINATOR");
    }
    Allocation allocation = facilitators.currentAllocation(caseId)
        .orElseThrow(() -> new AssertionError("no facilitator is allocated to case " + caseId));
    long facilitatorId = allocation.firstFacilitatorId();
    String username = "facilitator-" + facilitatorId;
    facilitators.linkStaffUser(facilitatorId, username);
    return user(username).roles("FACILITATOR");
  }

  /** Completes each party's open task at {@code elementId}, one after the other. */
  public void completeEach(long caseId, String elementId, int parties, Map<String, Object> answers) throws Exception {
    for (int i = 0; i < parties; i++) {
      complete(caseId, elementId, answers);
    }
  }

  /** Records on the case page that the party withdrew, for the reason given. */
  void withdraw(long caseId, long partyId, String reason) throws Exception {
    String redirect = mvc.perform(post("/cases/{id}/withdrawals", caseId)
            .with(user("coordinator").roles("COORDINATOR")).with(csrf())
            .param("partyId", String.valueOf(partyId))
            .param("withdrawalReason", reason))
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(redirect).as("the withdrawal was sent").isEqualTo("/cases/" + caseId);
  }

  private UserTask open(Map<String, Object> variables, String elementId) {
    Map<String, Object> ofCase = new HashMap<>(variables);
    return await().atMost(WAIT).until(() -> first(camunda.newUserTaskSearchRequest()
        .filter(f -> f.elementId(elementId).state(UserTaskState.CREATED).processInstanceVariables(ofCase))
        .send().join().items()), t -> t != null);
  }

  private static UserTask first(List<UserTask> tasks) {
    return tasks.stream().min((a, b) -> Long.compare(a.getUserTaskKey(), b.getUserTaskKey())).orElse(null);
  }
}
