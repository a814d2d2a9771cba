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
