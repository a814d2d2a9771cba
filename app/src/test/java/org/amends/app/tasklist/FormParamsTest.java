package org.amends.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task form's fields as posted, read back into what the process takes: dates typed day, month,
 * year arrive as ISO dates, options as the values the form gave them, and the GOV.UK messages for
 * a date that is incomplete or not real.
 */
class FormParamsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldReadADateTypedDayMonthYearAsAnIsoDateAndOptionsAsTheirValues() throws IOException {
    FormParams.Read read = FormParams.read(form("record-contact"), Map.of(
        "contactOutcome", List.of("AGREED"), "acceptsResponsibility", List.of("true"),
        "contactedOn-day", List.of("2"), "contactedOn-month", List.of("3"), "contactedOn-year", List.of("2026"),
        "notes", List.of("Call after 6")), Map.of("partyRole", "HARMER"));

    assertThat(read.data()).containsEntry("contactedOn", "2026-03-02").containsEntry("contactOutcome", "AGREED")
        .containsEntry("acceptsResponsibility", true).containsEntry("notes", "Call after 6");
    assertThat(read.dateProblems()).isEmpty();
  }

  @Test
  void shouldSayWhatIsMissingOrNotRealInADate() throws IOException {
    JsonNode form = form("record-contact");

    FormParams.Read noMonth = FormParams.read(form, Map.of("contactedOn-day", List.of("2"),
        "contactedOn-month", List.of(""), "contactedOn-year", List.of("2026")), Map.of());
    FormParams.Read notReal = FormParams.read(form, Map.of("contactedOn-day", List.of("31"),
        "contactedOn-month", List.of("2"), "contactedOn-year", List.of("2026")), Map.of());
    FormParams.Read shortYear = FormParams.read(form, Map.of("contactedOn-day", List.of("3"),
        "contactedOn-month", List.of("2"), "contactedOn-year", List.of("26")), Map.of());
    FormParams.Read empty = FormParams.read(form, Map.of("contactedOn-day", List.of(" ")), Map.of());

    assertThat(noMonth.dateProblems().get("Field_contactedOn").problem())
        .isEqualTo("The date for “When did you contact them?” must include a month");
    assertThat(noMonth.dateProblems().get("Field_contactedOn").part()).isEqualTo("month");
    assertThat(notReal.dateProblems().get("Field_contactedOn").problem())
        .isEqualTo("The date for “When did you contact them?” must be a real date");
    assertThat(shortYear.dateProblems().get("Field_contactedOn").problem())
        .isEqualTo("The date for “When did you contact them?” must have a year of 4 numbers");
    assertThat(empty.data()).doesNotContainKey("contactedOn");
    assertThat(empty.dateProblems()).isEmpty();
  }

  @Test
  void shouldWriteADateAndTimeWithTheUkOffsetAsFormJsDid() throws IOException {
    JsonNode form = form("arrange-meeting");
    Map<String, List<String>> summer = Map.of("meetingAt-day", List.of("7"), "meetingAt-month", List.of("7"),
        "meetingAt-year", List.of("2026"), "meetingAt-time", List.of("2:30pm"));
    Map<String, List<String>> winter = Map.of("meetingAt-day", List.of("8"), "meetingAt-month", List.of("12"),
        "meetingAt-year", List.of("2026"), "meetingAt-time", List.of("9.15"));
    Map<String, List<String>> noTime = Map.of("meetingAt-day", List.of("8"), "meetingAt-month", List.of("12"),
        "meetingAt-year", List.of("2026"), "meetingAt-time", List.of("25:00"));

    assertThat(FormParams.read(form, summer, Map.of()).data()).containsEntry("meetingAt", "2026-07-07T14:30+01:00");
    assertThat(FormParams.read(form, winter, Map.of()).data()).containsEntry("meetingAt", "2026-12-08T09:15+00:00");
    FormDates.Read problem = FormParams.read(form, noTime, Map.of()).dateProblems().get("Field_meetingAt");
    assertThat(problem.problem()).isEqualTo("The time for “What time does it start?” must be a real time, like 9:30 or 14:30");
    assertThat(problem.part()).isEqualTo("time");
  }

  @Test
  void shouldReadADynamicListItemByItemAndRoundTripWhatItWrites() throws IOException {
    JsonNode form = form("record-outcome-agreement");
    Map<String, Object> data = Map.of("actions", List.of(
        Map.of("description", "Write a letter", "owner", "Sol", "dueAt", "2026-12-01"),
        Map.of("description", "Mend the fence", "owner", "Sol", "dueAt", "2027-01-15")),
        "agreementSummary", "Both agreed");

    Map<String, List<String>> fields = FormParams.write(form, data);

    assertThat(fields).containsEntry("_items.actions", List.of("2"))
        .containsEntry("actions[1].dueAt-day", List.of("15")).containsEntry("actions[0].owner", List.of("Sol"));
    assertThat(FormParams.read(form, fields, Map.of()).data()).isEqualTo(data);
  }

  @Test
  void shouldTakeCheckedBoxesOfAChecklistAsTheValuesTheDataOffered() throws IOException {
    Map<String, Object> context = Map.of("facilitatorOptions", List.of(
        Map.of("label", "Ann", "value", 11), Map.of("label", "Bob", "value", 12), Map.of("label", "Cy", "value", 13)));

    JsonNode form = JSON.readTree("""
        {"id": "f", "components": [{"type": "checklist", "id": "Field_ids", "key": "facilitatorIds",
         "label": "Which?", "valuesKey": "facilitatorOptions"}]}""");

    FormParams.Read read = FormParams.read(form, Map.of("facilitatorIds", List.of("11", "13")), context);

    assertThat(read.data()).containsEntry("facilitatorIds", List.of(11, 13));
  }

  private static JsonNode form(String id) throws IOException {
    return JSON.readTree(Files.readString(Path.of("..", "forms", id + ".form")));
  }
}
