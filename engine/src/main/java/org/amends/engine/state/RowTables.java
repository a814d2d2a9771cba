package org.amends.engine.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which table holds which kind of row. */
public final class RowTables {

  private static final Map<Class<? extends Row>, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put(Resource.class, "deployment_resource");
    TABLES.put(ProcessDefinition.class, "process_definition");
    TABLES.put(DecisionRequirements.class, "decision_requirements");
    TABLES.put(DecisionDefinition.class, "decision_definition");
    TABLES.put(Form.class, "form");
    TABLES.put(ElementInstance.class, "element_instance");
    TABLES.put(Variable.class, "variable");
    TABLES.put(Job.class, "job");
    TABLES.put(UserTask.class, "user_task");
    TABLES.put(Incident.class, "incident");
    TABLES.put(Timer.class, "timer");
    TABLES.put(Message.class, "message");
    TABLES.put(MessageSubscription.class, "message_subscription");
    TABLES.put(SignalSubscription.class, "signal_subscription");
    TABLES.put(CompensationSubscription.class, "compensation_subscription");
    TABLES.put(HistoryEvent.class, "history_event");
    TABLES.put(BatchOperation.class, "batch_operation");
    TABLES.put(BatchOperationItem.class, "batch_operation_item");
  }

  private RowTables() {}

  public static String tableOf(Class<? extends Row> type) {
    String table = TABLES.get(type);
    if (table == null) {
      throw new IllegalArgumentException("no table for " + type.getName());
    }
    return table;
  }

  public static Map<Class<? extends Row>, String> all() {
    return TABLES;
  }
}
