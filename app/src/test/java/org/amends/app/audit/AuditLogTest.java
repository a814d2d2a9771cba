package org.amends.app.audit;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amends.app.privacy.DataProtectionTestSupport;
import org.amends.app.privacy.PrivacyFixtures.FixtureCase;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;

/** The audit log on the real app: rows for reads and changes, and a table nobody can rewrite. */
class AuditLogTest extends DataProtectionTestSupport {

  @Autowired JourneyStarter journeys;
  @Autowired CamundaClient camunda;
  @LocalServerPort int port;

  @Test
  void shouldRecordWhoReadACaseWhenAndFromWhere() throws Exception {
    FixtureCase c = fixtures.create(null, false);

    mvc.perform(get("/cases/{id}", c.caseId()).with(as("COORDINATOR"))
            .with(r -> { r.setRemoteAddr("203.0.113.7"); return r; }))
        .andExpect(status().isOk());

    assertThat(rows(c.reference())).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("action", "CASE_VIEWED").containsEntry("outcome", "DONE")
          .containsEntry("actor_kind", "STAFF").containsEntry("actor", "coordinator")
          .containsEntry("client_address", "203.0.113.7").containsEntry("case_id", c.caseId());
      assertThat(row.get("occurred_at")).isNotNull();
    });
  }

  @Test
  void shouldRecordWhoListedOrSearchedTheCasesAndTasksButNotWhatTheySearchedFor() throws Exception {
    FixtureCase c = fixtures.create(null, false);

    mvc.perform(get("/cases").param("name", c.surname()).with(as("COORDINATOR"))).andExpect(status().isOk());
    mvc.perform(get("/tasks").with(as("COORDINATOR"))).andExpect(status().isOk());

    List<Map<String, Object>> rows = jdbc.sql("""
            select * from amends.audit_event
            where actor = 'coordinator' and action in ('CASES_LISTED', 'TASKS_LISTED') order by id""")
        .query().listOfRows();
    assertThat(rows).extracting(r -> r.get("action") + " " + r.get("outcome"))
        .endsWith("CASES_LISTED DONE", "TASKS_LISTED DONE");
    // the search term may be someone's name: it is not kept
    assertThat(rows.toString()).doesNotContain(c.surname());
  }

  @Test
  void shouldRecordAChangeAndAChangeThatWasTurnedDownWithoutItsText() throws Exception {
    FixtureCase c = fixtures.create(null, false);

    mvc.perform(post("/cases/{id}/notes", c.caseId()).with(as("COORDINATOR")).with(csrf())
            .param("note", "Ava phoned to say she is moving").param("noteKey", "audit-" + c.caseId()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/cases/{id}/notes", c.caseId()).with(as("COORDINATOR")).with(csrf()).param("note", " "))
        .andExpect(status().isOk());

    List<Map<String, Object>> rows = rows(c.reference());
    assertThat(rows).extracting(r -> r.get("action") + " " + r.get("outcome"))
        .containsExactly("NOTE_ADDED REFUSED", "NOTE_ADDED DONE");
    // references and ids only: nothing typed, no names
    assertThat(rows.toString()).doesNotContain("moving").doesNotContain(c.surname());
  }

  @Test
  void shouldRecordATaskClaimAgainstTheTasksCase() throws Exception {
    StartedCase started = journeys.start(ordinaryCase("Iris Audit" + System.nanoTime() % 100000,
        "Jon Audit" + System.nanoTime() % 100000));
    UserTask task = await().atMost(Duration.ofSeconds(60)).until(() -> camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED)
            .processInstanceVariables(List.of(v -> v.name("caseId").value(String.valueOf(started.caseId())))))
        .send().join().items().stream().findFirst().orElse(null), t -> t != null);

    mvc.perform(post("/tasks/{key}/claim", task.getUserTaskKey()).with(as("COORDINATOR")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(rows(started.reference())).anySatisfy(row -> assertThat(row)
        .containsEntry("action", "TASK_CLAIMED").containsEntry("task_key", task.getUserTaskKey())
        .containsEntry("case_id", started.caseId()));
  }

  @Test
  void shouldRecordAPartnerAgencyAndTheClientAddressItsProxyForwarded() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusDays(3), false);
    jdbc.sql("update amends.referral set referrer_organisation = 'Essex Police (development)' where id = ?")
        .param(c.referralId()).update();

    // from 127.0.0.1, a trusted (internal) proxy: its X-Forwarded-For names the client
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/partner/referrals/" + c.reference()))
        .header("X-API-Key", "dev-police-key").header("X-Forwarded-For", "198.51.100.23").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(rows(c.reference())).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("action", "REFERRAL_STATUS_READ").containsEntry("outcome", "DONE").containsEntry("actor_kind", "PARTNER")
        .containsEntry("actor", "Essex Police (development)").containsEntry("client_address", "198.51.100.23"));
  }

  @Test
  void shouldRefuseToUpdateDeleteOrEmptyTheAuditLog() throws Exception {
    FixtureCase c = fixtures.create(null, false);
    mvc.perform(get("/cases/{id}", c.caseId()).with(as("COORDINATOR"))).andExpect(status().isOk());
    long id = (Long) rows(c.reference()).get(0).get("id");

    assertThatThrownBy(() -> jdbc.sql("update amends.audit_event set actor = 'someone else' where id = ?")
        .param(id).update())
        .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_event is append-only: UPDATE refused");
    assertThatThrownBy(() -> jdbc.sql("delete from amends.audit_event where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_event is append-only: DELETE refused");
    assertThatThrownBy(() -> jdbc.sql("truncate amends.audit_event").update())
        .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_event is append-only: TRUNCATE refused");

    assertThat(rows(c.reference())).singleElement().satisfies(row -> assertThat(row).containsEntry("actor", "coordinator"));
  }

  private List<Map<String, Object>> rows(String reference) {
    return jdbc.sql("select * from amends.audit_event where case_reference = ? order by id desc")
        .param(reference).query().listOfRows();
  }
}
