package org.amends.app.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/** The features' {@link TaskFormData}, by form id. */
@Component
class FormDataKeepers {

  private final List<TaskFormData> keepers;

  FormDataKeepers(List<TaskFormData> keepers) {
    this.keepers = List.copyOf(keepers);
  }

  Optional<TaskFormData> forForm(String formId) {
    return keepers.stream().filter(k -> k.formId().equals(formId)).findFirst();
  }

  /** What the form sees: the task's variables, then what the app keeps for it. */
  Map<String, Object> formData(String formId, Map<String, Object> variables) {
    Map<String, Object> data = new LinkedHashMap<>(variables);
    forForm(formId).ifPresent(k -> data.putAll(k.prefill(variables)));
    return data;
  }
}
