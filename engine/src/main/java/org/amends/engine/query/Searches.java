package org.amends.engine.query;

import static org.amends.engine.query.Field.bool;
import static org.amends.engine.query.Field.date;
import static org.amends.engine.query.Field.enumeration;
import static org.amends.engine.query.Field.integer;
import static org.amends.engine.query.Field.key;
import static org.amends.engine.query.Field.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The searches of the Camunda 8 REST API over the engine's tables: for each resource, the SQL
 * that computes each filter and sort field's API value ({@code t} is the main table, {@code {s}}
 * the engine's schema). Rows keep their JSON in {@code data}; states the API names differently
 * from the engine are mapped here, once.
 */
public final class Searches {

  private Searches() {}

  /** The API's three states of element and process instances, from the engine's six. */
  public static final String INSTANCE_STATE =
      "(case t.state when 'COMPLETED' then 'COMPLETED' when 'TERMINATED' then 'TERMINATED' else 'ACTIVE' end)";

  private static final Set<String> INSTANCE_STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

  private static final String DEFINITION_OF_INSTANCE =
      "(select d.data->>'%s' from {s}.process_definition d where d.key = (t.data->>'processDefinitionKey')::bigint)";

  /**
   * The process's name from the BPMN, or its id when the BPMN names none: the 8.8 API requires a
   * name on every process instance, and Camunda fills it the same way.
   */
  private static final String PROCESS_NAME_OF_INSTANCE =
      "coalesce(nullif(" + DEFINITION_OF_INSTANCE.formatted("name") + ", ''), t.data->>'bpmnProcessId')";

  private static String json(String field) {
    return "(t.data->>'" + field + "')";
  }

  private static String jsonKey(String field) {
    return "nullif((t.data->>'" + field + "')::bigint, -1)";
  }

  private static String jsonInt(String field) {
    return "(t.data->>'" + field + "')::int";
  }

  /**
   * A date of the row's JSON, through the engine's immutable {@code json_time} (migration V4) so
   * that the expression indexes on the dates the import-style searches filter and sort by apply.
   */
  private static String jsonDate(String field) {
    return "{s}.json_time(t.data->>'" + field + "')";
  }

  // ---- process definitions

  public static final SearchSpec PROCESS_DEFINITIONS =
      SearchSpec.builder("process definition", "{s}.process_definition t")
          .where("t.active")
          .field("processDefinitionKey", key("t.key"))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("name", string(json("name")))
          .field("resourceName", string(json("resourceName")))
          .field("version", integer(jsonInt("version")))
          .field("versionTag", string(json("versionTag")))
          .field("tenantId", string(json("tenantId")))
          .field("isLatestVersion", bool(
              "(t.data->>'version')::int = (select max((l.data->>'version')::int) from {s}.process_definition l"
                  + " where l.active and l.data->>'bpmnProcessId' = t.data->>'bpmnProcessId'"
                  + " and l.data->>'tenantId' = t.data->>'tenantId')"))
          .tieBreak("t.key")
          .build();

  // ---- process instances

  public static final SearchSpec PROCESS_INSTANCES =
      SearchSpec.builder("process instance", "{s}.element_instance t")
          .where("(t.data->>'flowScopeKey')::bigint = -1")
          .field("processInstanceKey", key("t.key"))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("processDefinitionName", string(PROCESS_NAME_OF_INSTANCE))
          .field("processDefinitionVersion", integer(jsonInt("version")))
          .field("processDefinitionVersionTag", string(DEFINITION_OF_INSTANCE.formatted("versionTag")))
          .field("processDefinitionKey", key("(t.data->>'processDefinitionKey')::bigint"))
          .field("parentProcessInstanceKey", key(jsonKey("parentProcessInstanceKey")))
          .field("parentElementInstanceKey", key(jsonKey("parentElementInstanceKey")))
          .field("startDate", date(jsonDate("startDate")))
          .field("endDate", date(jsonDate("endDate")))
          .field("state", enumeration(INSTANCE_STATE, INSTANCE_STATES))
          .field("hasIncident", bool("exists (select 1 from {s}.incident i where i.process_instance_key = t.key and i.active)"))
          .field("tenantId", string(json("tenantId")))
          .custom("variables", (value, where, c) -> variables(value, where, c, "t.key"))
          .custom("errorMessage", (value, where, c) -> exists(value, where, c, "errorMessage",
              "{s}.incident x", "x.process_instance_key = t.key and x.active", string("x.data->>'errorMessage'")))
          .custom("elementId", (value, where, c) -> exists(value, where, c, "elementId",
              "{s}.element_instance x", "x.process_instance_key = t.key", string("x.data->>'elementId'")))
          .custom("elementInstanceState", (value, where, c) -> exists(value, where, c, "elementInstanceState",
              "{s}.element_instance x", "x.process_instance_key = t.key and x.key <> t.key",
              enumeration(INSTANCE_STATE.replace("t.state", "x.state"), INSTANCE_STATES)))
          .custom("hasElementInstanceIncident", (value, where, c) -> where.add(
              (Conditions.bind("hasElementInstanceIncident", bool("x"), value).equals(Boolean.TRUE) ? "" : "not ")
                  + c.sql("exists (select 1 from {s}.incident i where i.process_instance_key = t.key and i.active)")))
          .allowOr()
          .select("processDefinitionName", PROCESS_NAME_OF_INSTANCE)
          .select("processDefinitionVersionTag", DEFINITION_OF_INSTANCE.formatted("versionTag"))
          .select("hasIncident", "exists (select 1 from {s}.incident i where i.process_instance_key = t.key and i.active)")
          .build();

  // ---- element instances

  private static final String ELEMENT_INCIDENT =
      "(select i.key from {s}.incident i where i.active and (i.data->>'elementInstanceKey')::bigint = t.key"
          + " order by i.key desc limit 1)";

  public static final SearchSpec ELEMENT_INSTANCES =
      SearchSpec.builder("element instance", "{s}.element_instance t")
          // the process instance is not a flow node: Camunda's element instances leave it out
          .where("t.key <> t.process_instance_key")
          .field("elementInstanceKey", key("t.key"))
          .field("processInstanceKey", key("t.process_instance_key"))
          .field("processDefinitionKey", key("(t.data->>'processDefinitionKey')::bigint"))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("startDate", date(jsonDate("startDate")))
          .field("endDate", date(jsonDate("endDate")))
          .field("elementId", string(json("elementId")))
          .field("elementName", string(json("elementName")))
          .field("type", enumeration(json("type"), Set.of(
              "UNSPECIFIED", "PROCESS", "SUB_PROCESS", "EVENT_SUB_PROCESS", "AD_HOC_SUB_PROCESS",
              "AD_HOC_SUB_PROCESS_INNER_INSTANCE", "START_EVENT", "INTERMEDIATE_CATCH_EVENT",
              "INTERMEDIATE_THROW_EVENT", "BOUNDARY_EVENT", "END_EVENT", "SERVICE_TASK", "RECEIVE_TASK",
              "USER_TASK", "MANUAL_TASK", "TASK", "EXCLUSIVE_GATEWAY", "INCLUSIVE_GATEWAY", "PARALLEL_GATEWAY",
              "EVENT_BASED_GATEWAY", "SEQUENCE_FLOW", "MULTI_INSTANCE_BODY", "CALL_ACTIVITY",
              "BUSINESS_RULE_TASK", "SCRIPT_TASK", "SEND_TASK", "UNKNOWN")))
          .field("state", enumeration(INSTANCE_STATE, INSTANCE_STATES))
          .field("incidentKey", key(ELEMENT_INCIDENT))
          .field("hasIncident", bool(ELEMENT_INCIDENT + " is not null"))
          .field("tenantId", string(json("tenantId")))
          .field("elementInstanceScopeKey", key(jsonKey("flowScopeKey")))
          .select("incidentKey", ELEMENT_INCIDENT)
          .build();

  // ---- variables

  /** Values longer than this are truncated in search results, as in Camunda. */
  public static final int VARIABLE_PREVIEW_LIMIT = 8191;

  public static final SearchSpec VARIABLES =
      SearchSpec.builder("variable", "{s}.variable t")
          .field("variableKey", key("t.key"))
          // scope key, name and value are columns kept from the JSON (migration V12)
          .field("name", string("t.name"))
          .field("value", string("t.value"))
          .field("tenantId", string(json("tenantId")))
          .field("isTruncated", bool("length(t.value) > " + VARIABLE_PREVIEW_LIMIT))
          .field("scopeKey", key("t.scope_key"))
          .field("processInstanceKey", key("t.process_instance_key"))
          .build();

  // ---- jobs

  public static final SearchSpec JOBS =
      SearchSpec.builder("job", "{s}.job t")
          .field("jobKey", key("t.key"))
          .field("type", string(json("type")))
          .field("worker", string(json("worker")))
          .field("state", enumeration("(case t.state when 'ACTIVATED' then 'CREATED' else t.state end)", Set.of(
              "CANCELED", "COMPLETED", "CREATED", "ERROR_THROWN", "FAILED", "MIGRATED", "RETRIES_UPDATED", "TIMED_OUT")))
          .field("kind", enumeration(json("kind"), Set.of("BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER", "AD_HOC_SUB_PROCESS")))
          .field("listenerEventType", enumeration("coalesce(" + json("listenerEventType") + ", 'UNSPECIFIED')", Set.of(
              "ASSIGNING", "CANCELING", "COMPLETING", "CREATING", "END", "START", "UNSPECIFIED", "UPDATING")))
          .field("retries", integer(jsonInt("retries")))
          .field("deadline", date(jsonDate("deadline")))
          .field("endTime", date(jsonDate("endTime")))
          .field("errorCode", string(json("errorCode")))
          .field("errorMessage", string(json("errorMessage")))
          .field("hasFailedWithRetriesLeft", bool("coalesce((t.data->>'hasFailedWithRetriesLeft')::boolean, false)"))
          .field("isDenied", bool("false"))
          .field("deniedReason", string("null::text"))
          .field("elementId", string(json("elementId")))
          .field("elementInstanceKey", key("(t.data->>'elementInstanceKey')::bigint"))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("processDefinitionKey", key("(t.data->>'processDefinitionKey')::bigint"))
          .field("processInstanceKey", key("t.process_instance_key"))
          .field("tenantId", string(json("tenantId")))
          .build();

  // ---- user tasks

  public static final SearchSpec USER_TASKS =
      SearchSpec.builder("user task", "{s}.user_task t")
          .field("userTaskKey", key("t.key"))
          .field("state", enumeration("t.state", Set.of(
              "CREATING", "CREATED", "ASSIGNING", "UPDATING", "COMPLETING", "COMPLETED", "CANCELING", "CANCELED", "FAILED")))
          // assignee and candidate groups are columns kept from the JSON (migration V10)
          .field("assignee", string("t.assignee"))
          .field("priority", integer(jsonInt("priority")))
          .field("elementId", string(json("elementId")))
          .field("name", string(json("name")))
          .field("tenantId", string(json("tenantId")))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("creationDate", date(jsonDate("creationDate")))
          .field("completionDate", date(jsonDate("completionDate")))
          .field("followUpDate", date(jsonDate("followUpDate")))
          .field("dueDate", date(jsonDate("dueDate")))
          .field("processDefinitionKey", key("(t.data->>'processDefinitionKey')::bigint"))
          .field("processInstanceKey", key("t.process_instance_key"))
          .field("elementInstanceKey", key("(t.data->>'elementInstanceKey')::bigint"))
          .custom("candidateGroup", (value, where, c) -> ListElementFilter.apply(value, where, c, "candidateGroup", "t.candidate_groups"))
          .custom("candidateUser", (value, where, c) -> ListElementFilter.apply(value, where, c, "candidateUser", "(t.data->'candidateUsers')"))
          .custom("processInstanceVariables", (value, where, c) -> variables(value, where, c, "t.process_instance_key"))
          .custom("localVariables", (value, where, c) ->
              variables(value, where, c, "(t.data->>'elementInstanceKey')::bigint"))
          .select("processName", DEFINITION_OF_INSTANCE.formatted("name"))
          .cappedCount()
          .build();

  // ---- incidents

  public static final SearchSpec INCIDENTS =
      SearchSpec.builder("incident", "{s}.incident t")
          .field("incidentKey", key("t.key"))
          .field("processDefinitionKey", key("(t.data->>'processDefinitionKey')::bigint"))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("processInstanceKey", key("t.process_instance_key"))
          .field("errorType", enumeration(json("errorType"), Set.of(
              "UNSPECIFIED", "UNKNOWN", "IO_MAPPING_ERROR", "JOB_NO_RETRIES", "EXECUTION_LISTENER_NO_RETRIES",
              "TASK_LISTENER_NO_RETRIES", "AD_HOC_SUB_PROCESS_NO_RETRIES", "CONDITION_ERROR", "EXTRACT_VALUE_ERROR",
              "CALLED_ELEMENT_ERROR", "UNHANDLED_ERROR_EVENT", "MESSAGE_SIZE_EXCEEDED", "CALLED_DECISION_ERROR",
              "DECISION_EVALUATION_ERROR", "FORM_NOT_FOUND", "RESOURCE_NOT_FOUND")))
          .field("errorMessage", string(json("errorMessage")))
          .field("elementId", string(json("elementId")))
          .field("elementInstanceKey", key("(t.data->>'elementInstanceKey')::bigint"))
          .field("creationTime", date(jsonDate("creationTime")))
          .field("state", enumeration("t.state", Set.of("ACTIVE", "MIGRATED", "RESOLVED", "PENDING")))
          .field("jobKey", key(jsonKey("jobKey")))
          .field("tenantId", string(json("tenantId")))
          .build();

  // ---- messages

  public static final SearchSpec MESSAGE_SUBSCRIPTIONS =
      SearchSpec.builder("message subscription", "{s}.message_subscription t")
          .field("messageSubscriptionKey", key("t.key"))
          .field("processDefinitionId", string(json("bpmnProcessId")))
          .field("processDefinitionKey", key("(t.data->>'processDefinitionKey')::bigint"))
          .field("processInstanceKey", key("t.process_instance_key"))
          .field("elementId", string(json("elementId")))
          .field("elementInstanceKey", key("(t.data->>'elementInstanceKey')::bigint"))
          .field("messageSubscriptionState", enumeration("t.state", Set.of("CORRELATED", "CREATED", "DELETED", "MIGRATED")))
          .field("lastUpdatedDate", date(jsonDate("lastUpdatedDate")))
          .field("messageName", string(json("messageName")))
          .field("correlationKey", string(json("correlationKey")))
          .field("tenantId", string(json("tenantId")))
          .build();

  private static String event(String field) {
    return "(t.data->'data'->>'" + field + "')";
  }

  public static final SearchSpec CORRELATED_MESSAGE_SUBSCRIPTIONS =
      SearchSpec.builder("correlated message subscription", "{s}.history_event t")
          .where("t.state = 'MESSAGE_CORRELATED'")
          .field("correlationKey", string(event("correlationKey")))
          .field("correlationTime", date(jsonDate("timestamp")))
          .field("elementId", string(json("elementId")))
          .field("elementInstanceKey", key(jsonKey("elementInstanceKey")))
          .field("messageKey", key(event("messageKey") + "::bigint"))
          .field("messageName", string(event("messageName")))
          .field("partitionId", integer("1"))
          .field("processDefinitionId", string(event("bpmnProcessId")))
          .field("processDefinitionKey", key(event("processDefinitionKey") + "::bigint"))
          .field("processInstanceKey", key("nullif(t.process_instance_key, -1)"))
          .field("subscriptionKey", key("nullif(" + event("subscriptionKey") + "::bigint, -1)"))
          .field("tenantId", string(event("tenantId")))
          .build();

  // ---- decisions

  public static final SearchSpec DECISION_DEFINITIONS =
      SearchSpec.builder("decision definition", "{s}.decision_definition t")
          .where("t.active")
          .field("decisionDefinitionKey", key("t.key"))
          .field("decisionDefinitionId", string(json("decisionId")))
          .field("name", string(json("name")))
          .field("version", integer(jsonInt("version")))
          .field("decisionRequirementsId", string(json("decisionRequirementsId")))
          .field("decisionRequirementsKey", key("(t.data->>'decisionRequirementsKey')::bigint"))
          .field("tenantId", string(json("tenantId")))
          .build();

  public static final SearchSpec DECISION_REQUIREMENTS =
      SearchSpec.builder("decision requirements", "{s}.decision_requirements t")
          .where("t.active")
          .field("decisionRequirementsKey", key("t.key"))
          .field("decisionRequirementsId", string(json("decisionRequirementsId")))
          .field("decisionRequirementsName", string(json("name")))
          .field("version", integer(jsonInt("version")))
          .field("resourceName", string(json("resourceName")))
          .field("tenantId", string(json("tenantId")))
          .build();

  private static final String EVALUATED_DECISIONS = "t.data->'data'->'evaluation'->'evaluatedDecisions'";

  /** The decision of an evaluated decision (the called one or one it required), in the same DRG. */
  private static final String EVALUATED_DEFINITION =
      "(select dd.%s from {s}.decision_definition dd"
          + " where (dd.data->>'decisionRequirementsKey')::bigint = (t.data->'data'->>'decisionRequirementsKey')::bigint"
          + " and dd.data->>'decisionId' = d.decision->>'decisionId' limit 1)";

  private static final String DECISION_FAILED =
      "(coalesce((t.data->'data'->>'failed')::boolean, false) and d.idx = jsonb_array_length(" + EVALUATED_DECISIONS + "))";

  /** Every evaluated decision of an evaluation is a decision instance, keyed "evaluationKey-n". */
  public static final SearchSpec DECISION_INSTANCES =
      SearchSpec.builder("decision instance",
              "{s}.history_event t cross join lateral jsonb_array_elements(" + EVALUATED_DECISIONS
                  + ") with ordinality as d(decision, idx)")
          .where("t.state = 'DECISION_EVALUATED'")
          .tieBreak("t.key, d.idx")
          .field("decisionEvaluationInstanceKey", string("(t.key || '-' || d.idx)"))
          .field("decisionEvaluationKey", key("t.key"))
          .field("state", enumeration("(case when " + DECISION_FAILED + " then 'FAILED' else 'EVALUATED' end)",
              Set.of("EVALUATED", "FAILED", "UNSPECIFIED", "UNKNOWN")))
          .field("evaluationFailure", string("(case when " + DECISION_FAILED
              + " then t.data->'data'->'evaluation'->>'failureMessage' end)"))
          .field("evaluationDate", date(jsonDate("timestamp")))
          .field("decisionDefinitionId", string("(d.decision->>'decisionId')"))
          .field("decisionDefinitionName", string("(d.decision->>'decisionName')"))
          .field("decisionDefinitionVersion", integer("(" + EVALUATED_DEFINITION.formatted("data->>'version'") + ")::int"))
          .field("decisionDefinitionKey", key(EVALUATED_DEFINITION.formatted("key")))
          .field("decisionDefinitionType", enumeration(
              "(case d.decision->>'type' when 'DECISION_TABLE' then 'DECISION_TABLE'"
                  + " when 'LITERAL_EXPRESSION' then 'LITERAL_EXPRESSION' else 'UNKNOWN' end)",
              Set.of("DECISION_TABLE", "LITERAL_EXPRESSION", "UNSPECIFIED", "UNKNOWN")))
          .field("tenantId", string(event("tenantId")))
          .field("processDefinitionKey", key(event("processDefinitionKey") + "::bigint"))
          .field("processInstanceKey", key("nullif(t.process_instance_key, -1)"))
          .field("elementInstanceKey", key(jsonKey("elementInstanceKey")))
          .select("decision", "d.decision::text")
          .select("decisionEvaluationInstanceKey", "(t.key || '-' || d.idx)")
          .select("failed", DECISION_FAILED)
          .select("decisionDefinitionKey", EVALUATED_DEFINITION.formatted("key"))
          .select("decisionDefinitionVersion", "(" + EVALUATED_DEFINITION.formatted("data->>'version'") + ")::int")
          .build();

  // ---- shared filters

  /** Rows that have a related row (in {@code from}, joined by {@code join}) matching the value. */
  static void exists(
      JsonNode value, Where where, Conditions c, String name, String from, String join, Field field) {
    Where inner = new Where();
    c.property(name, field, value, inner);
    where.add(c.sql("exists (select 1 from " + from + " where " + join + " and " + inner.sql() + ")"),
        inner.params().toArray());
  }

  /** {@code [{"name":"x","value":"1"}]}: a variable of the scope with that name and JSON value. */
  private static void variables(JsonNode value, Where where, Conditions c, String scopeKey) {
    if (!value.isArray()) {
      throw new InvalidSearch("The variable filter must be a list of {name, value}");
    }
    for (JsonNode variable : value) {
      JsonNode name = variable.get("name");
      if (name == null || !name.isTextual()) {
        throw new InvalidSearch("Each variable filter needs a 'name'");
      }
      Where inner = new Where();
      inner.add("v.name = ?", name.textValue());
      JsonNode expected = variable.get("value");
      if (!Conditions.isEmpty(expected)) {
        c.property("value", string("v.value"), expected, inner);
        if (VariableValues.fitIndex(name.textValue(), expected)) {
          inner.add(VariableValues.INDEXED);
        }
      }
      // scope key, name and value are columns kept from the JSON (migration V12)
      where.add(c.sql("exists (select 1 from {s}.variable v where v.scope_key = " + scopeKey
          + " and " + inner.sql() + ")"), inner.params().toArray());
    }
  }
}
