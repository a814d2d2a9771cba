package org.amends.app.facilitation;

import java.util.List;
import java.util.Map;
import org.amends.app.casework.ProcessIds;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The allocate-facilitators form lists the suggested facilitators by name: the process carries
 * their ids ({@code suggestedFacilitatorIds}), and their names come from Amends as the form's
 * {@code facilitatorOptions}.
 */
@Component
class FacilitatorOptionsFormData implements TaskFormData {

  private final FacilitatorService facilitators;

  FacilitatorOptionsFormData(FacilitatorService facilitators) {
    this.facilitators = facilitators;
  }

  @Override
  public String formId() {
    return "allocate-facilitators";
  }

  @Override
  public Map<String, Object> prefill(Map<String, Object> variables) {
    Object suggested = variables.get("suggestedFacilitatorIds");
    if (suggested == null) {
      return Map.of();
    }
    List<Map<String, String>> options = ProcessIds.ids("suggestedFacilitatorIds", suggested).stream()
        .map(facilitators::get)
        .map(f -> Map.of("label", label(f), "value", String.valueOf(f.id())))
        .toList();
    return Map.of("facilitatorOptions", options);
  }

  private static String label(Facilitator f) {
    return f.name() + " (" + (f.trainingLevel() == TrainingLevel.SPECIALIST ? "specialist" : "standard")
        + (f.volunteer() ? ", volunteer" : ", staff") + ")";
  }
}
