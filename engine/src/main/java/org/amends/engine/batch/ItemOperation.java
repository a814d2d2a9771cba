package org.amends.engine.batch;

import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.BatchOperationItem;

/** What a batch does to one item, on the writer thread; a refusal ({@code EngineException}) fails the item. */
@FunctionalInterface
public interface ItemOperation {

  void apply(BpmnRuntime runtime, BatchOperationItem item);
}
