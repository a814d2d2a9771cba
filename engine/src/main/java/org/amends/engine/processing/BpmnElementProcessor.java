package org.amends.engine.processing;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;

/**
 * The behaviour of one element kind, hooked into the shared lifecycle. {@code onActivate} either
 * completes the element at once or leaves it waiting (for a job, a person, an event, a child).
 */
public interface BpmnElementProcessor {

  /**
   * The element is still activating (input mappings applied): work that Zeebe does before the
   * element is activated, so that its incident is raised in the activating state (a gateway's
   * conditions). Returns false when it raised an incident and the activation stops here.
   */
  default boolean onActivating(ElementInstance instance, ExecutableElement element) {
    return true;
  }

  /**
   * The element is activated (input mappings applied, boundary events open).
   *
   * @param trigger variables of the event that activated it (a message, a timer start), if any
   */
  void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger);

  /** The element is completing (output mappings applied); last chance to fail into an incident. */
  default void onComplete(ElementInstance instance, ExecutableElement element) {}

  /** The element is being terminated: cancel what it waits for. */
  default void onTerminate(ElementInstance instance, ExecutableElement element) {}

  /** The element completed: by default the token moves on along all outgoing flows. */
  void afterComplete(ElementInstance instance, ExecutableElement element);

  /** For scopes: one of the children ended. */
  default void onChildEnded(ElementInstance scope, ExecutableElement element) {}
}
