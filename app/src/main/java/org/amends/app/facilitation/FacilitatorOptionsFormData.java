package org.amends.app.facilitation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.app.casework.ProcessIds;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The allocate-facilitators form lists the suggested facilitators by name, each with why they were
 * proposed, and says why everyone else on the register was left out: the process carries the
 * suggested ids ({@code suggestedFacilitatorIds}); the names and reasons come from Amends as the
 * form's {@code facilitatorOptions} and {@code facilitatorsLeftOut} (a Markdown list the form's
 * text shows; items a blank line apart, so each stays a line of its own even where a renderer
 * escapes Markdown in the values it puts into a text), weighed again when the task is opened, so a change to the register since the
 * suggestion shows.
 */
@Component
class FacilitatorOptionsFormData implements TaskFormData {

  static final String NOBODY_LEFT_OUT = "Nobody on the register was left out.";

  private final FacilitatorService facilitators;
  private final FacilitatorMatcher matcher;

  FacilitatorOptionsFormData(FacilitatorService facilitators, FacilitatorMatcher matcher) {
    this.facilitators = facilitators;
    this.matcher = matcher;
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
    List<Long> ids = ProcessIds.ids("suggestedFacilitatorIds", suggested);
    Object caseId = variables.get("caseId");
    List<Candidate> assessed = caseId == null ? List.of()
        : matcher.assess(ProcessIds.id("caseId", caseId));
    Map<Long, Candidate> byId = new HashMap<>();
    assessed.forEach(c -> byId.put(c.facilitator().id(), c));
    List<Map<String, String>> options = ids.stream()
        .map(id -> Map.of("label", label(facilitators.get(id), byId.get(id)), "value", String.valueOf(id)))
        .toList();
    Set<Long> offered = Set.copyOf(ids);
    List<String> leftOut = assessed.stream()
        .filter(c -> !offered.contains(c.facilitator().id()) && c.facilitator().dateOfBirth() != null)
        .map(c -> "- " + (c.proposed() ? c.facilitator().name() + ": proposed after the first "
            + FacilitationWorkers.OPTIONS + " (busier)" : c.explanation()))
        .toList();
    return Map.of("facilitatorOptions", options,
        "facilitatorsLeftOut", leftOut.isEmpty() ? NOBODY_LEFT_OUT : String.join("\n\n", leftOut));
  }

  private static String label(Facilitator f, Candidate weighed) {
    String kind = (f.trainingLevel() == TrainingLevel.SPECIALIST ? "specialist" : "standard")
        + (f.volunteer() ? ", volunteer" : ", staff");
    String why = weighed == null ? "" : weighed.proposed() ? ": " + weighed.proposedBecause()
        : ": no longer matches: " + String.join("; ", weighed.leftOutBecause());
    return f.name() + " (" + kind + ")" + why;
  }
}
