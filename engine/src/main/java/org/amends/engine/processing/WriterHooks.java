package org.amends.engine.processing;

import java.util.List;

/** What the writer asks of the engine around its batches. */
public interface WriterHooks {

  /** The work due now, looked up afresh (after a reload the state's objects are new ones). */
  List<DueItem> dueItems();

  /** A batch was committed: answer what waited for it. */
  void afterCommit();

  /** A batch was dropped: forget what it was going to answer; then the state is reloaded. */
  void afterRollback();

  /** Loads the state from the database; throws when it cannot. */
  void reload();

  /**
   * A due item failed on its own (its effects are dropped): record it where a person sees it (an
   * incident on its element instance), on the runtime; the writer commits it.
   */
  void dueItemFailed(BpmnRuntime runtime, DueItem item, RuntimeException failure);
}
