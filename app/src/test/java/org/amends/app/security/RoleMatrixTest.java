package org.amends.app.security;

import static org.amends.app.security.RoleFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.meeting.MeetingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the running app, and what each kind of caller gets from it: real
 * requests through MockMvc against the real app (PostgreSQL, the engine in-process). A mapping
 * without a row fails the build, so a new endpoint cannot arrive without its rule.
 *
 * <p>Columns: anonymous, COORDINATOR, FACILITATOR allocated to the case, FACILITATOR not
 * allocated to it, MANAGER, MONITOR, a partner agency's API key. Answers: a status ("200"),
 * "login" (redirected to the sign-in page), or "→/path" (redirected there, the action done or
 * refused with a message). The task is a facilitators' task on the case. Forms are sent empty,
 * so an allowed POST is answered with its error messages and changes nothing; rows run in order
 * (claim before unclaim).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends EngineAndMailTestSupport {

  private static final List<Row> ROWS = List.of(
      //  mapping                                          request                             anon     coord    fac-in   fac-out  manager  monitor  partner
      row("GET /",                                         "/",                                "login", "→/tasks", "→/tasks", "→/tasks", "→/cases", "→/monitoring", "login"),
      row("GET /login",                                    "/login",                           "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      row("* /error",                                      "/error",                           "500",   "500",   "500",   "500",   "500",   "500",   "500"),
      row("GET /cases",                                    "/cases",                           "login", "200",   "200",   "200",   "200",   "403",   "login"),
      row("GET /cases/{id:\\d+}",                          "/cases/{case}",                    "login", "200",   "200",   "404",   "200",   "403",   "login"),
      row("POST /cases/{id:\\d+}/notes",                   "/cases/{case}/notes",              "login", "200",   "200",   "404",   "403",   "403",   "login"),
      row("POST /cases/{id:\\d+}/volunteer-hours",         "/cases/{case}/volunteer-hours",    "login", "200",   "200",   "404",   "403",   "403",   "login"),
      row("POST /cases/{id:\\d+}/withdrawals",             "/cases/{case}/withdrawals",        "login", "200",   "403",   "403",   "403",   "403",   "login"),
      row("POST /cases/{id:\\d+}/closure",                 "/cases/{case}/closure",            "login", "200",   "403",   "403",   "403",   "403",   "login"),
      row("GET /tasks",                                    "/tasks",                           "login", "200",   "200",   "200",   "403",   "403",   "login"),
      row("GET /tasks/{key:\\d+}",                         "/tasks/{task}",                    "login", "403",   "200",   "404",   "403",   "403",   "login"),
      row("POST /tasks/{key:\\d+}/claim",                  "/tasks/{task}/claim",              "login", "403",   "→/tasks", "404", "403",   "403",   "login"),
      row("POST /tasks/{key:\\d+}/unclaim",                "/tasks/{task}/unclaim",            "login", "403",   "→/tasks", "404", "403",   "403",   "login"),
      row("POST /tasks/{key:\\d+}/assign",                 "/tasks/{task}/assign",             "login", "403",   "→/tasks", "404", "403",   "403",   "login"),
      row("POST /tasks/{key:\\d+}/complete",               "/tasks/{task}/complete",           "login", "403",   "→/tasks/", "404", "403",  "403",   "login"),
      row("POST /tasks/{key:\\d+}/form",                   "/tasks/{task}/form",               "login", "403",   "200",   "404",   "403",   "403",   "login"),
      row("GET /referrals/new",                            "/referrals/new",                   "login", "200",   "403",   "403",   "403",   "403",   "login"),
      row("POST /referrals/new",                           "/referrals/new",                   "login", "200",   "403",   "403",   "403",   "403",   "login"),
      row("GET /referrals/{caseId}/confirmation",          "/referrals/{case}/confirmation",   "login", "200",   "403",   "403",   "403",   "403",   "login"),
      row("GET /self-referral",                            "/self-referral",                   "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      row("GET /self-referral/{slug}",                     "/self-referral/who",               "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      row("POST /self-referral/{slug}",                    "/self-referral/who",               "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      row("GET /self-referral/check-answers",              "/self-referral/check-answers",     "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who"),
      row("POST /self-referral/check-answers",             "/self-referral/check-answers",     "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who", "→/self-referral/who"),
      row("GET /self-referral/confirmation",               "/self-referral/confirmation",      "→/self-referral", "→/self-referral", "→/self-referral", "→/self-referral", "→/self-referral", "→/self-referral", "→/self-referral"),
      row("POST /api/partner/referrals",                   "/api/partner/referrals",           "401",   "401",   "401",   "401",   "401",   "401",   "400"),
      row("GET /api/partner/referrals/{reference}",        "/api/partner/referrals/{reference}", "401", "401",   "401",   "401",   "401",   "401",   "404"),
      row("GET /audit",                                    "/audit",                           "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /privacy/people",                           "/privacy/people",                  "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /privacy/people/{kind:[a-z]+}/{personId:\\d{1,18}}", "/privacy/people/facilitator/{facilitator}", "login", "403", "403", "403", "200", "403", "login"),
      row("GET /privacy/people/{kind:[a-z]+}/{personId:\\d{1,18}}/export.json", "/privacy/people/facilitator/{facilitator}/export.json", "login", "403", "403", "403", "200", "403", "login"),
      row("GET /privacy/people/{kind:[a-z]+}/{personId:\\d{1,18}}/erasure", "/privacy/people/facilitator/{facilitator}/erasure", "login", "403", "403", "403", "200", "403", "login"),
      // the facilitator is allocated to an open case, so the manager's erasure is refused
      row("POST /privacy/people/{kind:[a-z]+}/{personId:\\d{1,18}}/erasure", "/privacy/people/facilitator/{facilitator}/erasure", "login", "403", "403", "403", "→/privacy/people/facilitator/{facilitator}/erasure", "403", "login"),
      // the first-run set-up is open only while no manager can sign in (none in these tests)
      row("GET /setup",                                    "/setup",                           "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("POST /setup",                                   "/setup",                           "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("GET /users",                                    "/users",                           "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /users/new",                                "/users/new",                       "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("POST /users/new",                               "/users/new",                       "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /users/{username}",                         "/users/coordinator",               "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("POST /users/{username}/roles",                  "/users/coordinator/roles",         "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("POST /users/{username}/active",                 "/users/coordinator/active",        "login", "403",   "403",   "403",   "400",   "403",   "login"),
      row("GET /service-lists",                            "/service-lists",                   "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /service-lists/{slug}/new",                 "/service-lists/areas/new",         "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("POST /service-lists/{slug}/new",                "/service-lists/sources/new",       "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /service-lists/{slug}/{code}",              "/service-lists/areas/COLCHESTER",  "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("POST /service-lists/{slug}/{code}",             "/service-lists/areas/COLCHESTER",  "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("POST /service-lists/{slug}/{code}/retired",     "/service-lists/areas/COLCHESTER/retired", "login", "403", "403", "403", "400",  "403",   "login"),
      row("GET /privacy/retention",                        "/privacy/retention",               "login", "403",   "403",   "403",   "200",   "403",   "login"),
      // volunteer hours outside cases: facilitators their own, coordinators anyone's (an empty form shows its errors)
      row("GET /volunteer-hours",                          "/volunteer-hours",                 "login", "200",   "200",   "200",   "403",   "403",   "login"),
      row("POST /volunteer-hours",                         "/volunteer-hours",                 "login", "200",   "200",   "200",   "403",   "403",   "login"),
      // a facilitator's own work: their cases, meetings (a meeting of a case they are not allocated to is 404) and details
      row("GET /my/cases",                                 "/my/cases",                        "login", "403",   "200",   "200",   "403",   "403",   "login"),
      row("GET /my/meetings",                              "/my/meetings",                     "login", "403",   "200",   "200",   "403",   "403",   "login"),
      row("GET /my/meetings/{meetingId:\\d{1,18}}.ics",    "/my/meetings/{meeting}.ics",       "login", "403",   "200",   "404",   "403",   "403",   "login"),
      row("GET /my/details",                               "/my/details",                      "login", "403",   "200",   "200",   "403",   "403",   "login"),
      // the volunteer register: coordinators and managers (empty forms come back with their errors;
      // a change of status without saying which is a bad request)
      row("GET /volunteers",                               "/volunteers",                      "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("GET /volunteers/new",                           "/volunteers/new",                  "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("POST /volunteers/new",                          "/volunteers/new",                  "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("GET /volunteers/{facilitatorId:\\d{1,18}}",     "/volunteers/{facilitator}",        "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("GET /volunteers/{facilitatorId:\\d{1,18}}/edit", "/volunteers/{facilitator}/edit",  "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("POST /volunteers/{facilitatorId:\\d{1,18}}/edit", "/volunteers/{facilitator}/edit", "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("POST /volunteers/{facilitatorId:\\d{1,18}}/active", "/volunteers/{facilitator}/active", "login", "400", "403",   "403",   "400",   "403",   "login"),
      row("POST /volunteers/{facilitatorId:\\d{1,18}}/courses", "/volunteers/{facilitator}/courses", "login", "200", "403", "403",   "200",   "403",   "login"),
      row("POST /volunteers/{facilitatorId:\\d{1,18}}/supervisions", "/volunteers/{facilitator}/supervisions", "login", "200", "403", "403", "200", "403", "login"),
      row("POST /volunteers/{facilitatorId:\\d{1,18}}/away", "/volunteers/{facilitator}/away",  "login", "200",   "403",   "403",   "200",   "403",   "login"),
      row("POST /volunteers/{facilitatorId:\\d{1,18}}/conflicts", "/volunteers/{facilitator}/conflicts", "login", "200", "403", "403", "200", "403", "login"),
      // the public survey pages: a link that was never made is answered 404 for everyone
      row("GET /survey/{token}",                           "/survey/no-such-link",             "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("POST /survey/{token}",                          "/survey/no-such-link",             "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("GET /survey/{token}/check",                     "/survey/no-such-link/check",       "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("GET /survey/{token}/{slug}",                    "/survey/no-such-link/recommend",   "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("POST /survey/{token}/{slug}",                   "/survey/no-such-link/recommend",   "404",   "404",   "404",   "404",   "404",   "404",   "404"),
      row("GET /survey/thank-you",                         "/survey/thank-you",                "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      // the annual report: managers and monitors
      row("GET /reports",                                  "/reports",                         "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /reports/cases",                            "/reports/cases?figure=referrals",  "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /reports/{table:[a-z-]{1,40}}.csv",         "/reports/referrals-by-source.csv", "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /reports/report.pdf",                       "/reports/report.pdf",              "login", "403",   "403",   "403",   "200",   "200",   "login"),
      // process monitoring: monitors and managers only
      row("GET /monitoring",                               "/monitoring",                      "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /monitoring/processes/{processId}",         "/monitoring/processes/restorative-justice-case", "login", "403", "403", "403", "200", "200", "login"),
      row("GET /monitoring/processes/{processId}/elements/{elementId}", "/monitoring/processes/restorative-justice-case/elements/UserTask_AssessRisk", "login", "403", "403", "403", "200", "200", "login"),
      row("GET /monitoring/diagrams/{definitionKey}/diagram.bpmn", "/monitoring/diagrams/{definition}/diagram.bpmn", "login", "403", "403", "403", "200", "200", "login"),
      row("GET /monitoring/bottlenecks",                   "/monitoring/bottlenecks",          "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /monitoring/ageing",                        "/monitoring/ageing",               "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /monitoring/cases/{reference}",             "/monitoring/cases/{reference}",    "login", "403",   "403",   "403",   "200",   "200",   "login"),
      row("GET /monitoring/incidents",                     "/monitoring/incidents",            "login", "403",   "403",   "403",   "200",   "200",   "login"),
      // no such incident is open: the retry is refused with a message on the incidents page
      row("POST /monitoring/incidents/{incidentKey}/retry", "/monitoring/incidents/1/retry",   "login", "403",   "403",   "403",   "→/monitoring/incidents", "→/monitoring/incidents", "login"),
      // the processes and the modeler (org.amends.app.modeler): managers only. Empty forms: a
      // draft without a diagram is a bad request; a deploy without a draft and a migration without
      // an older version with open cases are refused with a message
      row("GET /processes",                                "/processes",                       "login", "403",   "403",   "403",   "200",   "403",   "login"),
      row("GET /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}", "/processes/case-closure", "login", "403", "403", "403", "200", "403", "login"),
      row("GET /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/edit", "/processes/case-closure/edit", "login", "403", "403", "403", "200", "403", "login"),
      row("POST /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/draft", "/processes/case-closure/draft", "login", "403", "403", "403", "400", "403", "login"),
      row("GET /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/compare", "/processes/case-closure/compare", "login", "403", "403", "403", "200", "403", "login"),
      row("GET /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/deploy", "/processes/case-closure/deploy", "login", "403", "403", "403", "200", "403", "login"),
      row("POST /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/deploy", "/processes/case-closure/deploy", "login", "403", "403", "403", "200", "403", "login"),
      row("GET /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/migrate", "/processes/case-closure/migrate", "login", "403", "403", "403", "200", "403", "login"),
      row("POST /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/migrate", "/processes/case-closure/migrate", "login", "403", "403", "403", "200", "403", "login"),
      row("GET /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/forms/{formId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}", "/processes/restorative-justice-case/forms/assess-risk", "login", "403", "403", "403", "200", "403", "login"),
      row("POST /processes/{processId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/forms/{formId:[A-Za-z_][A-Za-z0-9_.-]{0,99}}/draft", "/processes/restorative-justice-case/forms/assess-risk/draft", "login", "403", "403", "403", "400", "403", "login"));

  /** Served outside the request mappings (filters, resources, actuator): checked, not required. */
  private static final List<Row> OTHER_ROWS = List.of(
      row("GET /actuator/health",                          "/actuator/health",                 "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      row("GET /actuator/info",                            "/actuator/info",                   "login", "403",   "403",   "403",   "403",   "403",   "login"),
      row("GET /assets/amends.css",                        "/assets/amends.css",               "200",   "200",   "200",   "200",   "200",   "200",   "200"),
      row("GET /a-page-nobody-made",                       "/a-page-nobody-made",              "login", "403",   "403",   "403",   "403",   "403",   "login"),
      row("POST /logout",                                  "/logout",                          "→/login?signedOut", "→/login?signedOut", "→/login?signedOut", "→/login?signedOut", "→/login?signedOut", "→/login?signedOut", "→/login?signedOut"));

  private static final String PARTNER_KEY = "dev-police-key";

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired FacilitatorService facilitators;
  @Autowired CamundaClient camunda;
  @Autowired MeetingService meetings;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<String, String> values = new LinkedHashMap<>();

  @BeforeAll
  void fixtures() {
    RoleFixtures fixtures = new RoleFixtures(cases, facilitators, camunda);
    CaseCreated allocated = fixtures.openCase("Matrix");
    CaseCreated elsewhere = fixtures.openCase("Elsewhere");
    Facilitator in = fixtures.facilitator("matrix-fac-in");
    Facilitator out = fixtures.facilitator("matrix-fac-out");
    Facilitator partner = fixtures.facilitator(null);
    fixtures.allocate(allocated.caseId(), in, partner);
    fixtures.allocate(elsewhere.caseId(), out, partner);
    UserTask task = fixtures.task(allocated.caseId(), Role.FACILITATOR.group());
    values.put("{case}", String.valueOf(allocated.caseId()));
    values.put("{reference}", allocated.reference());
    values.put("{task}", String.valueOf(task.getUserTaskKey()));
    values.put("{facilitator}", String.valueOf(in.id()));
    values.put("{meeting}", String.valueOf(meetings.schedule(Meeting.scheduled(allocated.caseId(),
        MeetingKind.CONFERENCE, null, Instant.now().plus(Duration.ofDays(7)), "Matrix Hall", null)).id()));
    values.put("{definition}", String.valueOf(camunda.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId("restorative-justice-case")).send().join().items().get(0)
        .getProcessDefinitionKey()));
  }

  @Test
  void shouldHaveARowForEveryRequestMapping() {
    Set<String> rows = new TreeSet<>(ROWS.stream().map(Row::mapping).toList());
    Set<String> missing = new TreeSet<>(mappingKeys());
    missing.removeAll(rows);
    assertThat(missing)
        .as("request mappings without a row in RoleMatrixTest (add one, with a rule in SecurityConfiguration)")
        .isEmpty();
    Set<String> stale = new TreeSet<>(rows);
    stale.removeAll(mappingKeys());
    assertThat(stale).as("rows in RoleMatrixTest for mappings the app no longer has").isEmpty();
  }

  @Test
  void shouldAnswerEachCallerAsTheRowSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<String> table = new ArrayList<>();
    for (Row row : concat(ROWS, OTHER_ROWS)) {
      List<String> actual = new ArrayList<>();
      for (Caller caller : Caller.values()) {
        String expected = row.expected().get(caller.ordinal());
        String answer = answer(perform(row, caller));
        actual.add(answer);
        if (!matches(expected, answer)) {
          wrong.add(row.mapping() + " as " + caller + ": expected " + expected + " but got " + answer);
        }
      }
      table.add(String.format("%-45s %s", row.mapping(), String.join(" | ", actual)));
    }
    System.out.println("Role matrix (" + String.join(" | ", Arrays.stream(Caller.values()).map(Enum::name).toList())
        + "):\n" + String.join("\n", table));
    assertThat(wrong).as("answers that differ from the matrix").isEmpty();
  }

  private MockHttpServletResponse perform(Row row, Caller caller) throws Exception {
    String method = row.mapping().substring(0, row.mapping().indexOf(' '));
    String url = row.request();
    for (Map.Entry<String, String> value : values.entrySet()) {
      url = url.replace(value.getKey(), value.getValue());
    }
    MockHttpServletRequestBuilder request =
        request(HttpMethod.valueOf("*".equals(method) ? "GET" : method), url);
    if (method.equals("POST")) {
      request.with(csrf());
      if (url.startsWith("/api/")) {
        request.contentType(MediaType.APPLICATION_JSON).content("{}");
      }
    }
    RequestPostProcessor who = caller.who();
    if (who != null) {
      request.with(who);
    }
    if (caller == Caller.PARTNER) {
      request.header("X-API-Key", PARTNER_KEY);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String answer(MockHttpServletResponse response) {
    int status = response.getStatus();
    if (status == 302) {
      String location = response.getRedirectedUrl();
      String path = location == null ? "" : location.replaceFirst("^https?://[^/]+", "");
      return path.equals("/login") ? "login" : "→" + path;
    }
    return String.valueOf(status);
  }

  /** "→/tasks" matches a redirect to /tasks and to /tasks?view=…; the rest match exactly. */
  private boolean matches(String expected, String answer) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      expected = expected.replace(value.getKey(), value.getValue());
    }
    if (expected.startsWith("→")) {
      return answer.equals(expected) || answer.startsWith(expected + "?")
          || (expected.endsWith("/") && answer.startsWith(expected));
    }
    return answer.equals(expected);
  }

  private Set<String> mappingKeys() {
    Set<String> keys = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<String> methods = new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(Enum::name).toList());
      for (String pattern : info.getPatternValues()) {
        if (methods.isEmpty()) {
          keys.add("* " + pattern);
        }
        methods.forEach(m -> keys.add(m + " " + pattern));
      }
    }
    return keys;
  }

  private static List<Row> concat(List<Row> first, List<Row> second) {
    List<Row> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static Row row(String mapping, String request, String... expected) {
    if (expected.length != Caller.values().length) {
      throw new IllegalArgumentException(mapping + " needs an answer for each of " + Arrays.toString(Caller.values()));
    }
    return new Row(mapping, request, List.of(expected));
  }

  private record Row(String mapping, String request, List<String> expected) {}

  /** Who calls, in the order of the columns. */
  private enum Caller {
    ANONYMOUS(null),
    COORDINATOR(as("matrix-coordinator", Role.COORDINATOR)),
    FACILITATOR_ALLOCATED(as("matrix-fac-in", Role.FACILITATOR)),
    FACILITATOR_NOT_ALLOCATED(as("matrix-fac-out", Role.FACILITATOR)),
    MANAGER(as("matrix-manager", Role.MANAGER)),
    MONITOR(as("matrix-monitor", Role.MONITOR)),
    PARTNER(null);

    private final RequestPostProcessor who;

    Caller(RequestPostProcessor who) {
      this.who = who;
    }

    RequestPostProcessor who() {
      return who;
    }
  }
}
