package org.amends.app.taskform;

import java.util.Map;
import java.util.Set;

/**
 * What one Camunda form holds that must not reach the process engine (names, free text, contact
 * details): the feature that owns that data keeps it in its own tables when the task is
 * completed, and the process gets ids in its place. The same feature gives the form what it shows
 * from those tables (prefill), since the process no longer carries it.
 *
 * <p>Implemented by feature packages, used by the tasklist. A form without one keeps its free
 * text as a case note; only its decisions go to the process.
 */
public interface TaskFormData {

  /** The form ({@code id} of the form JSON) this looks after. */
  String formId();

  /** The form's top-level keys this takes out of the answers, so they neither go to the process nor into a note. */
  default Set<String> keeps() {
    return Set.of();
  }

  /**
   * Keeps the answers of {@link #keeps()} ({@code answers} holds every checked answer of the form)
   * and returns the variables that stand for them: ids, never the answers themselves.
   */
  default Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    return Map.of();
  }

  /** What the form shows from Amends' tables, by key, given the task's variables. */
  default Map<String, Object> prefill(Map<String, Object> variables) {
    return Map.of();
  }
}
