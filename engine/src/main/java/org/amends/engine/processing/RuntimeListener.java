package org.amends.engine.processing;

import java.util.Map;
import org.amends.engine.state.ElementInstance;

/** What the engine around the runtime wants to hear about (API calls waiting for something). */
public interface RuntimeListener {

  /** A job of this type may have become activatable. */
  void jobAvailable(String type);

  /** A process instance is completing, with its variables. */
  void processInstanceCompleted(ElementInstance processInstance, Map<String, Object> variables);

  /** A process instance was terminated. */
  void processInstanceTerminated(ElementInstance processInstance);

  /**
   * A user task transition that waited for its listeners ended: finalized (refusal null) or
   * refused (denied by a listener, or the task canceled). The command that began it is answered.
   */
  default void userTaskTransitionEnded(long userTaskKey, org.amends.engine.EngineException refusal) {}

  RuntimeListener NONE =
      new RuntimeListener() {
        @Override
        public void jobAvailable(String type) {}

        @Override
        public void processInstanceCompleted(ElementInstance processInstance, Map<String, Object> variables) {}

        @Override
        public void processInstanceTerminated(ElementInstance processInstance) {}
      };
}
