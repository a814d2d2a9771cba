package org.amends.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's second check of a form submission, against the real forms in {@code forms/}. */
class FormCheckTest {

  private final ObjectMapper json = new ObjectMapper();
  /** "Today" for the forms' dates that may not be in the past. */
  private final FormCheck check = new FormCheck(
      java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T12:00:00Z"), java.time.ZoneOffset.UTC));

  private FormSchema form(String id) throws IOException {
    return FormSchema.of(Files.readString(Path.of("..", "forms", id + ".form")), json);
  }

  @Test
  void shouldNameEveryMissingRequiredFieldTheGovUkWay() throws IOException {
    FormCheck.Result result = check.check(form("record-contact"), Map.of("contactMethod", "PHONE"), Map.of());

    assertThat(result.valid()).isFalse();
    assertThat(result.problems()).containsExactly(
        new FormCheck.Problem("Field_contactOutcome", null, "Select what happened when you contacted them"),
        new FormCheck.Problem("Field_contactedOn", null, "Enter a date for “When did you contact them?”"));
  }

  @Test
  void shouldKeepDecisionsForTheProcessAndFreeTextForTheNotes() throws IOException {
    FormCheck.Result result = check.check(form("record-contact"), Map.of(
        "contactOutcome", "AGREED", "contactMethod", "PHONE", "contactedOn", "2026-03-02",
        "notes", "Call after 6pm", "caseId", 999), Map.of("caseId", 42, "partyRole", "HARMED"));

    assertThat(result.valid()).isTrue();
    // only the form's own fields, and not the free text: a submission cannot set caseId
    assertThat(result.decisions()).containsExactly(
        Map.entry("contactOutcome", "AGREED"), Map.entry("contactMethod", "PHONE"),
        Map.entry("contactedOn", "2026-03-02"));
    assertThat(result.freeText()).containsExactly(new FormCheck.FreeText(List.of("notes"), "Notes", "Call after 6pm"));
  }

  @Test
  void shouldRefuseAValueThatIsNotAnOptionOrNotARealDate() throws IOException {
    FormCheck.Result result = check.check(form("record-contact"),
        Map.of("contactOutcome", "MAYBE", "contactedOn", "2026-02-30"), Map.of());

    assertThat(result.problems()).extracting(FormCheck.Problem::message).containsExactly(
        "Select one of the options for “What happened when you contacted them?”",
        "The date for “When did you contact them?” must be a real date");
  }

  @Test
  void shouldCheckOptionsGivenByAFeelExpressionAndSkipHiddenFields() throws IOException {
    // acceptsResponsibility shows only for the harmer; its options are =[{value: true}, {value: false}]
    Map<String, Object> answers = Map.of(
        "contactOutcome", "AGREED", "contactedOn", "2026-03-02", "acceptsResponsibility", "perhaps");

    assertThat(check.check(form("record-contact"), answers, Map.of("partyRole", "HARMER")).problems())
        .extracting(FormCheck.Problem::fieldId).containsExactly("Field_acceptsResponsibility");
    FormCheck.Result forHarmed = check.check(form("record-contact"), answers, Map.of("partyRole", "HARMED"));
    assertThat(forHarmed.valid()).isTrue();
    assertThat(forHarmed.decisions()).doesNotContainKey("acceptsResponsibility");
  }

  @Test
  void shouldRequireAConditionalFieldOnlyWhenItShows() throws IOException {
    Map<String, Object> proceed = Map.of("riskOfFurtherHarm", "LOW", "safeguardingConcerns", false, "riskOutcome", "PROCEED");
    Map<String, Object> conditions = Map.of("riskOfFurtherHarm", "LOW", "safeguardingConcerns", false,
        "riskOutcome", "PROCEED_WITH_CONDITIONS");

    assertThat(check.check(form("assess-risk"), proceed, Map.of()).valid()).isTrue();
    assertThat(check.check(form("assess-risk"), conditions, Map.of()).problems())
        .extracting(FormCheck.Problem::fieldId).containsExactly("Field_conditions");
  }

  @Test
  void shouldLimitTheLengthOfText() throws IOException {
    FormCheck.Result result = check.check(form("record-contact"), Map.of(
        "contactOutcome", "AGREED", "contactedOn", "2026-03-02", "notes", "x".repeat(2001)), Map.of());

    assertThat(result.problems()).extracting(FormCheck.Problem::message)
        .containsExactly("The answer to “Notes” must be 2,000 characters or fewer");
  }

  @Test
  void shouldCheckEachItemOfADynamicListAndKeepItsTextOutOfTheDecisions() throws IOException {
    FormCheck.Result result = check.check(form("record-outcome-agreement"), Map.of("actions", List.of(
        Map.of("description", "Write a letter of apology", "owner", "Sam", "dueAt", "2026-05-01"),
        Map.of("description", "Repair the fence", "dueAt", "2026-05-01"))), Map.of());

    assertThat(result.problems()).containsExactly(
        new FormCheck.Problem("Field_owner", 1, "Enter an answer to “Who will do it?”"));
    assertThat(result.problems().get(0).anchor()).isEqualTo("Field_owner_1");

    FormCheck.Result valid = check.check(form("record-outcome-agreement"), Map.of("actions", List.of(
        Map.of("description", "Write a letter of apology", "owner", "Sam", "dueAt", "2026-05-01"))), Map.of());
    assertThat(valid.decisions()).containsEntry("actions", List.of(Map.of("dueAt", "2026-05-01")));
    assertThat(valid.freeText()).extracting(FormCheck.FreeText::label, FormCheck.FreeText::text).containsExactly(
        tuple("What did people agree to do? (1): What will they do?", "Write a letter of apology"),
        tuple("What did people agree to do? (1): Who will do it?", "Sam"));
    assertThat(valid.answers()).containsEntry("actions",
        List.of(Map.of("description", "Write a letter of apology", "owner", "Sam", "dueAt", "2026-05-01")));
  }

  @Test
  void shouldTreatATextFieldAsFreeTextNotADecision() throws IOException {
    FormCheck.Result result = check.check(form("arrange-meeting"), Map.of(
        "meetingAt", "2026-05-01T10:00", "venue", "Harlow Civic Centre"), Map.of());

    assertThat(result.valid()).isTrue();
    assertThat(result.decisions()).containsExactly(Map.entry("meetingAt", "2026-05-01T10:00"));
    assertThat(result.freeText()).containsExactly(
        new FormCheck.FreeText(List.of("venue"), "Where is the meeting?", "Harlow Civic Centre"));
    assertThat(result.answers()).containsEntry("venue", "Harlow Civic Centre");
  }

  /** No form of the journey, answered in full, gives the process any of its typed text. */
  @Test
  void shouldGiveTheProcessNoTextTypedIntoAnyForm() throws IOException {
    for (String formId : List.of("assess-risk", "second-risk-assessment", "record-consent", "record-contact",
        "arrange-meeting", "record-meeting", "record-preparation-meeting", "record-indirect-exchange",
        "choose-route", "check-action", "allocate-facilitators", "record-outcome-agreement")) {
      FormSchema schema = form(formId);
      Map<String, Object> typed = new java.util.HashMap<>();
      for (FormSchema.Field field : schema.fields()) {
        if (field.freeText()) {
          FormCheck.put(typed, field.path(), "Typed by staff");
        } else if (field.type().equals("dynamiclist")) {
          Map<String, Object> item = new java.util.HashMap<>();
          field.children().stream().filter(FormSchema.Field::freeText)
              .forEach(child -> FormCheck.put(item, child.path(), "Typed by staff"));
          FormCheck.put(typed, field.path(), List.of(item));
        }
      }

      FormCheck.Result result = check.check(schema, typed, Map.of());

      assertThat(String.valueOf(result.decisions())).as(formId).doesNotContain("Typed by staff");
    }
  }

  @Test
  void shouldRefuseAPassedDateWhereTheFormDisallowsIt() throws IOException {
    FormCheck.Result result = check.check(form("arrange-meeting"), Map.of(
        "meetingAt", "2026-02-28T10:00+00:00", "venue", "Harlow Civic Centre"), Map.of());

    assertThat(result.problems()).containsExactly(new FormCheck.Problem("Field_meetingAt", null,
        "The date for “What date is the meeting?” must be today or in the future"));
  }
}
