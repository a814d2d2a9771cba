package org.amends.engine.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.engine.api.MigrateProcessInstance;
import org.amends.engine.api.ModifyProcessInstance;
import org.amends.engine.processing.command.IncidentCommands;
import org.amends.engine.processing.command.ProcessInstanceCommands;
import org.amends.engine.processing.command.ProcessInstanceMigration;
import org.amends.engine.processing.command.ProcessInstanceModification;
import org.amends.engine.state.BatchOperation;
import org.amends.engine.state.ElementInstance;

/**
 * The batch operations the 8.8 client can start, named as the API names them, each with what it
 * does to one item. Instructions are kept with the batch as plain JSON values, so that a batch left
 * open by a restart can be rebuilt.
 */
public enum BatchOperationType {
  CANCEL_PROCESS_INSTANCE,
  RESOLVE_INCIDENT,
  MIGRATE_PROCESS_INSTANCE,
  MODIFY_PROCESS_INSTANCE;

  /** Instruction names, as in the REST bodies. */
  public static final String TARGET_PROCESS_DEFINITION_KEY = "targetProcessDefinitionKey";
  public static final String MAPPING_INSTRUCTIONS = "mappingInstructions";
  public static final String MOVE_INSTRUCTIONS = "moveInstructions";
  public static final String SOURCE = "sourceElementId";
  public static final String TARGET = "targetElementId";

  public static ItemOperation operationOf(BatchOperation batch) {
    return valueOf(batch.type).operation(batch.instructions);
  }

  public ItemOperation operation(Map<String, Object> instructions) {
    return switch (this) {
      case CANCEL_PROCESS_INSTANCE -> (rt, item) -> ProcessInstanceCommands.cancel(rt, item.itemKey);
      case RESOLVE_INCIDENT -> (rt, item) -> IncidentCommands.resolve(rt, item.itemKey);
      case MIGRATE_PROCESS_INSTANCE -> {
        long target = Long.parseLong(String.valueOf(instructions.get(TARGET_PROCESS_DEFINITION_KEY)));
        List<MigrateProcessInstance.Mapping> mappings = pairs(instructions, MAPPING_INSTRUCTIONS).stream()
            .map(p -> new MigrateProcessInstance.Mapping(p[0], p[1])).toList();
        yield (rt, item) -> ProcessInstanceMigration.migrate(
            rt, new MigrateProcessInstance(item.itemKey, target, mappings));
      }
      case MODIFY_PROCESS_INSTANCE -> {
        List<String[]> moves = pairs(instructions, MOVE_INSTRUCTIONS);
        yield (rt, item) -> ProcessInstanceModification.modify(rt, move(rt.state().elementInstances.values(), item.itemKey, moves));
      }
    };
  }

  /**
   * A move: every active instance of the source element is terminated and the target element is
   * activated in its place (in the same flow scope instance when the target shares it).
   */
  private static ModifyProcessInstance move(
      Iterable<ElementInstance> instances, long processInstanceKey, List<String[]> moves) {
    List<ModifyProcessInstance.Activate> activate = new ArrayList<>();
    List<Long> terminate = new ArrayList<>();
    for (String[] move : moves) {
      for (ElementInstance instance : instances) {
        if (instance.processInstanceKey == processInstanceKey && !instance.isProcessInstance()
            && instance.elementId.equals(move[0])) {
          activate.add(new ModifyProcessInstance.Activate(move[1], null, List.of()));
          terminate.add(instance.key);
        }
      }
    }
    return new ModifyProcessInstance(processInstanceKey, activate, terminate);
  }

  @SuppressWarnings("unchecked")
  private static List<String[]> pairs(Map<String, Object> instructions, String name) {
    List<String[]> pairs = new ArrayList<>();
    Object list = instructions.get(name);
    if (list instanceof List<?> entries) {
      for (Object entry : entries) {
        Map<String, Object> pair = (Map<String, Object>) entry;
        pairs.add(new String[] {String.valueOf(pair.get(SOURCE)), String.valueOf(pair.get(TARGET))});
      }
    }
    return pairs;
  }
}
