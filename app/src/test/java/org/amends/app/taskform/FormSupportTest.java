package org.amends.app.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What the tasklist can draw: every bundled form, and a form using more is refused with the field named. */
class FormSupportTest {

  static Stream<Path> bundledForms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "forms"))) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledForms")
  void shouldDrawEveryBundledForm(Path form) throws IOException {
    assertThat(FormSupport.unsupported(Files.readString(form))).as("what the tasklist cannot draw of %s", form).isEmpty();
  }

  @Test
  void shouldNameAFieldWhoseComponentTheTasklistCannotDraw() {
    String form = """
        {"id": "f", "type": "default", "components": [
          {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"},
          {"type": "group", "id": "Group_1", "label": "More", "components": [
            {"type": "taglist", "id": "Field_tags", "key": "tags", "label": "Which tags apply?", "values": []}]}]}""";

    assertThat(FormSupport.unsupported(form)).containsExactly(
        "The field 'Which tags apply?' (Field_tags) is a 'taglist' component, which the tasklist cannot show");
  }

  @Test
  void shouldNameAFieldUsingAPropertyOrRuleTheTasklistCannotHonour() {
    String form = """
        {"id": "f", "type": "default", "components": [
          {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name",
           "readonly": "=locked", "validate": {"required": true, "unique": true}},
          {"type": "datetime", "id": "Field_on", "key": "on", "dateLabel": "When?", "subtype": "date",
           "timeSerializingFormat": "epoch"},
          {"type": "text", "id": "Text_1", "text": "{{#loop items}}{{this}}{{/loop}}"},
          {"type": "number", "id": "Field_n", "key": "n", "label": "How many?", "step": 2}]}""";

    assertThat(FormSupport.unsupported(form)).containsExactlyInAnyOrder(
        "The field 'Name' (Field_name) uses 'validate.unique', which the tasklist cannot show",
        "The field 'Name' (Field_name) sets 'readonly' by an expression, which the tasklist cannot show",
        "The field 'When?' (Field_on) keeps times as 'epoch', which the tasklist cannot write",
        "The field Text_1 uses a template block ({{#if}} or {{#loop}}), which the tasklist cannot show",
        "The field 'How many?' (Field_n) uses 'step', which the tasklist cannot show");
  }
}
