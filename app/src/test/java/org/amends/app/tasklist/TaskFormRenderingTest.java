package org.amends.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amends.app.web.Fragments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled forms in {@code forms/} drawn by the app's own fragments ({@code tasklist/form.html})
 * as GOV.UK components: the HTML is read back and asserted, field by field.
 */
class TaskFormRenderingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> bundledForms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "forms"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledForms")
  void shouldDrawEveryFieldOfTheFormAsAGovUkComponentWithItsLabel(String formId) throws IOException {
    JsonNode form = form(formId);
    Document page = render(form, Map.of(), Map.of(), Map.of("partyRole", "HARMER", "contactOutcome", "AGREED"));

    for (JsonNode field : inputs(form.path("components"))) {
      String id = field.path("id").asText();
      String type = field.path("type").asText();
      String label = field.has("label") ? field.path("label").asText() : field.path("dateLabel").asText();
      Element component = page.getElementById(id + "-component");
      assertThat(component).as("%s of %s", id, formId).isNotNull();
      switch (type) {
        case "textfield", "textarea" -> {
          Element input = page.getElementById(id);
          assertThat(input.tagName()).isEqualTo(type.equals("textarea") ? "textarea" : "input");
          assertThat(input.hasClass(type.equals("textarea") ? "govuk-textarea" : "govuk-input")).isTrue();
          assertThat(page.selectFirst("label[for=" + id + "]").text()).isEqualTo(label);
        }
        case "select" -> {
          assertThat(page.getElementById(id).hasClass("govuk-select")).isTrue();
          assertThat(page.getElementById(id).select("option")).hasSize(field.path("values").size() + 1);
          assertThat(page.selectFirst("label[for=" + id + "]").text()).isEqualTo(label);
        }
        case "radio", "checklist" -> {
          assertThat(component.selectFirst("legend.govuk-fieldset__legend").text()).isEqualTo(label);
          assertThat(component.select(type.equals("radio") ? ".govuk-radios input[type=radio]"
              : ".govuk-checkboxes input[type=checkbox]")).allSatisfy(i -> assertThat(i.attr("name")).isNotBlank());
        }
        case "datetime" -> {
          assertThat(component.selectFirst("fieldset[role=group] legend").text()).isEqualTo(label);
          assertThat(component.select(".govuk-date-input input")).extracting(e -> e.attr("name"))
              .allSatisfy(name -> assertThat(name).matches(".*" + field.path("key").asText() + "-(day|month|year)"));
          assertThat(component.select(".govuk-date-input__label")).extracting(Element::text)
              .containsExactly("Day", "Month", "Year");
          assertThat(component.selectFirst(".govuk-hint").text()).endsWith("For example, 27 3 2026");
        }
        default -> throw new AssertionError("an input the test does not know: " + type);
      }
    }
  }

  @Test
  void shouldDrawTheRecordContactFormWithItsOptionsDateAndConditionForTheHarmerOnly() throws IOException {
    JsonNode form = form("record-contact");

    Document forHarmer = render(form, Map.of(), Map.of(), Map.of("partyRole", "HARMER", "contactOutcome", "AGREED"));
    Document forHarmed = render(form, Map.of(), Map.of(), Map.of("partyRole", "HARMED", "contactOutcome", "AGREED"));

    Element outcome = forHarmer.getElementById("Field_contactOutcome");
    assertThat(outcome.attr("name")).isEqualTo("contactOutcome");
    assertThat(outcome.select("option")).extracting(Element::text).contains("Choose an answer", "They want to take part");
    assertThat(outcome.selectFirst("option[selected]").val()).isEqualTo("AGREED");
    Element accepts = forHarmer.getElementById("Field_acceptsResponsibility-component");
    assertThat(accepts.hasAttr("hidden")).isFalse();
    assertThat(accepts.attr("data-hide")).isEqualTo("=partyRole != \"HARMER\" or contactOutcome != \"AGREED\"");
    assertThat(accepts.select("input[type=radio]")).extracting(e -> e.id() + "=" + e.val())
        .containsExactly("Field_acceptsResponsibility=true", "Field_acceptsResponsibility-2=false");
    assertThat(forHarmed.getElementById("Field_acceptsResponsibility-component").hasAttr("hidden")).isTrue();
    assertThat(forHarmer.getElementById("Field_contactedOn").attr("name")).isEqualTo("contactedOn-day");
    assertThat(forHarmer.getElementById("Field_contactedOn-year").hasClass("govuk-input--width-4")).isTrue();
    // the text component: Markdown, its heading a level below the page's h1
    assertThat(forHarmer.selectFirst("h2.govuk-heading-m").text()).isEqualTo("Record contact with this person");
    assertThat(forHarmer.select("p.govuk-body").first().text()).startsWith("Tell us whether you reached them");
  }

  @Test
  void shouldShowAnswersAsTypedWithEachProblemByItsField() throws IOException {
    JsonNode form = form("record-contact");
    Map<String, List<String>> typed = Map.of("contactMethod", List.of("EMAIL"), "contactedOn-day", List.of("31"),
        "contactedOn-month", List.of("2"), "contactedOn-year", List.of("2026"), "notes", List.of("Call <b>after</b> 6"));

    Document page = render(form, typed, Map.of(
        "Field_contactOutcome", new FormView.FieldError("Select what happened when you contacted them", null),
        "Field_contactedOn", new FormView.FieldError("The date for “When did you contact them?” must be a real date", "day")),
        Map.of("partyRole", "HARMED"));

    Element outcome = page.getElementById("Field_contactOutcome-component");
    assertThat(outcome.selectFirst(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
    assertThat(page.getElementById("Field_contactOutcome-error").text())
        .isEqualTo("Error: Select what happened when you contacted them");
    assertThat(page.getElementById("Field_contactOutcome").hasClass("govuk-select--error")).isTrue();
    assertThat(page.getElementById("Field_contactOutcome").attr("aria-describedby"))
        .isEqualTo("Field_contactOutcome-error");
    assertThat(page.getElementById("Field_contactedOn").val()).isEqualTo("31");
    assertThat(page.getElementById("Field_contactedOn-month").val()).isEqualTo("2");
    assertThat(page.getElementById("Field_contactedOn-month").hasClass("govuk-input--error")).isTrue();
    assertThat(page.getElementById("Field_contactedOn-error").text()).contains("must be a real date");
    assertThat(page.getElementById("Field_contactMethod").selectFirst("option[selected]").val()).isEqualTo("EMAIL");
    assertThat(page.getElementById("Field_notes").text()).isEqualTo("Call <b>after</b> 6");
  }

  @Test
  void shouldDrawADynamicListAsRepeatedFieldsetsWithAddAndRemoveButtons() throws IOException {
    JsonNode form = form("record-outcome-agreement");
    Map<String, Object> data = Map.of("actions", List.of(
        Map.of("description", "Write a letter", "owner", "Sol", "dueAt", "2026-12-01"),
        Map.of("description", "Mend the fence", "owner", "Sol", "dueAt", "2027-01-15")));

    Document page = render(form, FormParams.write(form, data), Map.of(), Map.of());

    Element list = page.getElementById("List_actions");
    assertThat(list.selectFirst("h2").text()).isEqualTo("What did people agree to do?");
    assertThat(list.selectFirst("input[type=hidden]").attr("name")).isEqualTo("_items.actions");
    assertThat(list.selectFirst("input[type=hidden]").val()).isEqualTo("2");
    assertThat(list.select(".amends-form-list__item > fieldset > legend")).extracting(Element::text).containsExactly("Item 1", "Item 2");
    assertThat(page.getElementById("Field_description_1").attr("name")).isEqualTo("actions[1].description");
    assertThat(page.getElementById("Field_description_1").text()).isEqualTo("Mend the fence");
    assertThat(page.getElementById("Field_dueAt_1").val()).isEqualTo("15");
    assertThat(page.getElementById("Field_dueAt_1-month").val()).isEqualTo("1");
    assertThat(page.getElementById("Field_dueAt_1-year").attr("name")).isEqualTo("actions[1].dueAt-year");
    assertThat(list.select("button[name=_action]")).extracting(e -> e.text() + "=" + e.val() + " " + e.attr("formaction"))
        .containsExactly("Remove item 1=remove|actions|0 /tasks/7/form", "Remove item 2=remove|actions|1 /tasks/7/form",
            "Add another=add|actions /tasks/7/form");
  }

  @Test
  void shouldDrawADateAndTimeAsTheDateInputAndATimeBoxInUkTime() throws IOException {
    JsonNode form = form("arrange-meeting");

    Document page = render(form, FormParams.write(form, Map.of("meetingAt", "2026-07-07T13:30Z")), Map.of(), Map.of());

    assertThat(page.getElementById("Field_meetingAt").val()).isEqualTo("7");
    assertThat(page.getElementById("Field_meetingAt-month").val()).isEqualTo("7");
    assertThat(page.getElementById("Field_meetingAt-year").val()).isEqualTo("2026");
    assertThat(page.getElementById("Field_meetingAt-time").val()).isEqualTo("14:30");
    assertThat(page.selectFirst("label[for=Field_meetingAt-time]").text()).isEqualTo("What time does it start?");
  }

  @Test
  void shouldFillTextTemplatesFromTheTaskDataWithoutReadingThemAsMarkup() throws IOException {
    Document page = render(form("check-action"), Map.of(), Map.of(), Map.of("action",
        Map.of("description", "Write a <script>letter</script> *now*", "owner", "Sol", "dueAt", "2026-12-01")));

    Element text = page.getElementById("Text_action-component");
    assertThat(text.select("strong")).extracting(Element::text).contains("What was agreed:");
    assertThat(text.text()).contains("Write a <script>letter</script> *now*", "2026-12-01");
    assertThat(text.select("script")).isEmpty();
  }

  @Test
  void shouldAddAndRemoveListItemsWithoutJavaScript() {
    Map<String, List<String>> fields = Map.of("_items.actions", List.of("3"),
        "actions[0].owner", List.of("A"), "actions[1].owner", List.of("B"), "actions[2].owner", List.of("C"));

    Map<String, List<String>> removed = FormListActions.apply("remove|actions|1", fields);
    Map<String, List<String>> added = FormListActions.apply("add|actions", fields);

    assertThat(removed).containsOnly(Map.entry("_items.actions", List.of("2")),
        Map.entry("actions[0].owner", List.of("A")), Map.entry("actions[1].owner", List.of("C")));
    assertThat(added).containsEntry("_items.actions", List.of("4"));
    assertThat(FormListActions.apply("remove|other|0", fields)).isNull();
  }

  private static Document render(JsonNode form, Map<String, List<String>> fields,
      Map<String, FormView.FieldError> errors, Map<String, Object> data) {
    Map<String, List<String>> shown = fields.isEmpty() ? FormParams.write(form, data) : fields;
    return Jsoup.parseBodyFragment(Fragments.render(
        "<div th:each=\"c : ${controls}\"><div th:replace=\"~{tasklist/form :: control(${c})}\"></div></div>",
        Map.of("controls", FormView.build(form, shown, errors, data), "formAction", "/tasks/7/form")));
  }

  /** Every input of the form, in groups and lists too. */
  private static List<JsonNode> inputs(JsonNode components) {
    List<JsonNode> inputs = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.path("type").asText().equals("dynamiclist")) {
        // the first item's fields: their ids end with the item's index
        for (JsonNode child : inputs(component.path("components"))) {
          com.fasterxml.jackson.databind.node.ObjectNode first = child.deepCopy();
          first.put("id", child.path("id").asText() + "_0");
          inputs.add(first);
        }
      } else if (component.has("components")) {
        inputs.addAll(inputs(component.path("components")));
      } else if (component.has("key")) {
        inputs.add(component);
      }
    }
    return inputs;
  }

  private static JsonNode form(String id) throws IOException {
    return JSON.readTree(Files.readString(Path.of("..", "forms", id + ".form")));
  }
}
