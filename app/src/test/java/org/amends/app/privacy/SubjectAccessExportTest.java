package org.amends.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amends.app.privacy.PrivacyFixtures.FixtureCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subject access export holds a section for every table that can hold the person. Which
 * tables those are is read from the schema itself, so a table added later without its section
 * makes this test fail.
 */
class SubjectAccessExportTest extends DataProtectionTestSupport {

  /** Where each kind of person is held: their own table, and for a party, their case. */
  private static final Map<PersonKind, Set<String>> ANCHORS = Map.of(
      PersonKind.PARTY, Set.of("party", "case_file"),
      PersonKind.REFERRER, Set.of("referral"),
      PersonKind.FACILITATOR, Set.of("facilitator"));

  /** Columns that hold someone's details, by their names. */
  private static final String DETAIL_COLUMN = "(^|_)(name|email|phone|address|date_of_birth)$";

  @Autowired ObjectMapper json;

  @Test
  void shouldHaveASectionForEveryTableThatReferencesThePersonOrTheirCase() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(2), false);
    Map<PersonKind, Long> ids = Map.of(PersonKind.PARTY, c.harmedId(), PersonKind.REFERRER, c.referralId(),
        PersonKind.FACILITATOR, c.firstFacilitatorId());

    for (PersonKind kind : PersonKind.values()) {
      Set<String> expected = referencing(ANCHORS.get(kind));
      String page = mvc.perform(get("/privacy/people/{kind}/{id}", kind.slug(), ids.get(kind)).with(manager()))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(sections(page)).as("sections of the %s export", kind).containsAll(expected);
    }
  }

  /**
   * The audit log (staff usernames and client addresses, about staff's work) and the retention
   * reports hold nothing about the people in the cases, and staff accounts are staff's own
   * (PersonalData.STAFF_ACCOUNTS); every other table with a column for
   * someone's details is in an export.
   */
  @Test
  void shouldCoverEveryTableWithAColumnForSomeonesDetailsInSomeExport() {
    Set<String> exported = new HashSet<>();
    for (PersonKind kind : PersonKind.values()) {
      exported.addAll(SubjectAccessExport.tables(kind));
    }
    List<String> holding = jdbc.sql("""
            select distinct table_name from information_schema.columns
            where table_schema = 'amends' and column_name ~ ? order by table_name""")
        .param(DETAIL_COLUMN).query(String.class).list().stream()
        .filter(table -> !PersonalData.NOT_PERSONAL.contains(table))
        .filter(table -> !PersonalData.STAFF_ACCOUNTS.contains(table))
        .toList();

    assertThat(holding).contains("party", "referral", "facilitator", "email_record");
    assertThat(exported).containsAll(holding);
  }

  @Test
  void shouldShowAPartysRecordsAndOfferThemAsAFile() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(2), false);

    String page = mvc.perform(get("/privacy/people/party/{id}", c.harmedId()).with(manager()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Everything held about Ava " + c.surname())
        .contains("ava.").contains("Spoke to Ava, happy to go ahead").contains("Fay was wonderful")
        .contains("Ava " + c.surname() + " would like to meet Ben at the library")
        .contains("Redact other people")
        // the other party's own details are not theirs to see
        .doesNotContain("Moving away from Colchester").doesNotContain("PC Jo " + c.surname());

    var response = mvc.perform(get("/privacy/people/party/{id}/export.json", c.harmedId()).with(manager()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"subject-access-party-" + c.harmedId() + ".json\""))
        .andReturn().getResponse();
    JsonNode document = json.readTree(response.getContentAsString());
    assertThat(document.get("caseReference").asText()).isEqualTo(c.reference());
    List<String> tables = new ArrayList<>();
    document.get("tables").fieldNames().forEachRemaining(tables::add);
    assertThat(tables).containsExactlyElementsOf(SubjectAccessExport.tables(PersonKind.PARTY));
    assertThat(document.at("/tables/party/rows/0/name").asText()).isEqualTo("Ava " + c.surname());

    assertThat(jdbc.sql("select count(*) from amends.audit_event where action = 'SUBJECT_ACCESS_EXPORTED'"
            + " and actor = 'manager' and subject_kind = 'PARTY' and subject_id = ? and case_reference = ?")
        .params(String.valueOf(c.harmedId()), c.reference()).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void shouldFindPeopleByNameEmailOrReferenceForManagersOnly() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(2), false);

    String found = mvc.perform(get("/privacy/people").param("q", c.surname()).with(manager()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(found).contains("5 people found").contains("/privacy/people/party/" + c.harmedId())
        .contains("/privacy/people/referrer/" + c.referralId())
        .contains("/privacy/people/facilitator/" + c.secondFacilitatorId());
    assertThat(mvc.perform(get("/privacy/people").param("q", c.reference()).with(manager()))
        .andReturn().getResponse().getContentAsString()).contains("3 people found");
    assertThat(mvc.perform(get("/privacy/people").param("q", " ").with(manager()))
        .andReturn().getResponse().getContentAsString())
        .contains("Enter a name, an email address or a case reference");

    for (String role : List.of("COORDINATOR", "FACILITATOR", "MONITOR")) {
      mvc.perform(get("/privacy/people").param("q", c.surname()).with(as(role))).andExpect(status().isForbidden());
      mvc.perform(get("/privacy/people/party/{id}", c.harmedId()).with(as(role))).andExpect(status().isForbidden());
      mvc.perform(get("/privacy/people/party/{id}/export.json", c.harmedId()).with(as(role)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/privacy/people/party/{id}", Long.MAX_VALUE).with(manager())).andExpect(status().isNotFound());
    mvc.perform(get("/privacy/people/nobody/{id}", c.harmedId()).with(manager())).andExpect(status().isNotFound());
  }

  /**
   * The anchor tables and every table that references one of them, directly or through another
   * table that does (outcome_action → outcome_agreement → case_file), from the schema's foreign keys.
   */
  private Set<String> referencing(Set<String> anchors) {
    List<Map<String, Object>> links = jdbc.sql("""
            select distinct tc.table_name as from_table, ccu.table_name as to_table
            from information_schema.table_constraints tc
            join information_schema.constraint_column_usage ccu
              on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
            where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'amends'""")
        .query().listOfRows();
    Set<String> found = new TreeSet<>(anchors);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map<String, Object> link : links) {
        if (found.contains((String) link.get("to_table")) && found.add((String) link.get("from_table"))) {
          grew = true;
        }
      }
    }
    return found;
  }

  private static Set<String> sections(String page) {
    Set<String> sections = new TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-table=\"([a-z_]+)\"").matcher(page);
    while (m.find()) {
      sections.add(m.group(1));
    }
    return sections;
  }
}
