package org.amends.engine.server.conformance;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.camunda.client.protocol.rest.BatchOperationCreatedResult;
import io.camunda.client.protocol.rest.BatchOperationItemSearchQueryResult;
import io.camunda.client.protocol.rest.BatchOperationResponse;
import io.camunda.client.protocol.rest.BatchOperationSearchQueryResult;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionSearchQueryResult;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.DecisionRequirementsSearchQueryResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobSearchQueryResult;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import io.camunda.client.protocol.rest.MessageSubscriptionSearchQueryResult;
import io.camunda.client.protocol.rest.ProblemDetail;
import io.camunda.client.protocol.rest.ProcessDefinitionElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessDefinitionSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry;
import io.camunda.client.protocol.rest.ProcessInstanceElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowsQueryResult;
import io.camunda.client.protocol.rest.ResourceResult;
import io.camunda.client.protocol.rest.SignalBroadcastResult;
import io.camunda.client.protocol.rest.TopologyResponse;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 8.8 REST API's success response schema of every operation the engine serves, as the
 * Camunda client's generated model class of that schema (learnt from the spec and the client's
 * own use). {@link #NO_JSON} marks operations whose success has no JSON body (204, or XML and
 * resource content). Errors are {@link ProblemDetail}s everywhere.
 */
final class ResponseSchemas {

  /** The success body of an operation that has none in JSON. */
  static final JavaType NO_JSON = TypeFactory.unknownType();
  static final JavaType PROBLEM = type(ProblemDetail.class);

  private static final Map<String, JavaType> SUCCESS = new TreeMap<>();

  static {
    // Process instances
    success("POST /v2/process-instances", CreateProcessInstanceResult.class);
    success("POST /v2/process-instances/search", ProcessInstanceSearchQueryResult.class);
    success("GET /v2/process-instances/{processInstanceKey}", ProcessInstanceResult.class);
    SUCCESS.put("GET /v2/process-instances/{processInstanceKey}/call-hierarchy",
        TypeFactory.defaultInstance().constructCollectionType(List.class, ProcessInstanceCallHierarchyEntry.class));
    success("GET /v2/process-instances/{processInstanceKey}/sequence-flows", ProcessInstanceSequenceFlowsQueryResult.class);
    success("GET /v2/process-instances/{processInstanceKey}/statistics/element-instances",
        ProcessInstanceElementStatisticsQueryResult.class);
    success("POST /v2/process-instances/{processInstanceKey}/incidents/search", IncidentSearchQueryResult.class);
    noJson("POST /v2/process-instances/{processInstanceKey}/cancellation");
    noJson("POST /v2/process-instances/{processInstanceKey}/modification");
    noJson("POST /v2/process-instances/{processInstanceKey}/migration");
    // Batch operations
    success("POST /v2/process-instances/cancellation", BatchOperationCreatedResult.class);
    success("POST /v2/process-instances/incident-resolution", BatchOperationCreatedResult.class);
    success("POST /v2/process-instances/migration", BatchOperationCreatedResult.class);
    success("POST /v2/process-instances/modification", BatchOperationCreatedResult.class);
    success("GET /v2/batch-operations/{batchOperationKey}", BatchOperationResponse.class);
    success("POST /v2/batch-operations/search", BatchOperationSearchQueryResult.class);
    success("POST /v2/batch-operation-items/search", BatchOperationItemSearchQueryResult.class);
    noJson("POST /v2/batch-operations/{batchOperationKey}/cancellation");
    noJson("POST /v2/batch-operations/{batchOperationKey}/suspension");
    noJson("POST /v2/batch-operations/{batchOperationKey}/resumption");
    // Element instances
    success("POST /v2/element-instances/search", ElementInstanceSearchQueryResult.class);
    success("GET /v2/element-instances/{elementInstanceKey}", ElementInstanceResult.class);
    noJson("PUT /v2/element-instances/{elementInstanceKey}/variables");
    noJson("POST /v2/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation");
    // Cluster
    success("GET /v2/topology", TopologyResponse.class);
    noJson("GET /v2/status");
    noJson("PUT /v2/clock");
    noJson("POST /v2/clock/reset");
    // Jobs
    success("POST /v2/jobs/activation", JobActivationResult.class);
    success("POST /v2/jobs/search", JobSearchQueryResult.class);
    noJson("POST /v2/jobs/{jobKey}/completion");
    noJson("POST /v2/jobs/{jobKey}/failure");
    noJson("POST /v2/jobs/{jobKey}/error");
    noJson("PATCH /v2/jobs/{jobKey}");
    // User tasks
    success("POST /v2/user-tasks/search", UserTaskSearchQueryResult.class);
    success("GET /v2/user-tasks/{userTaskKey}", UserTaskResult.class);
    success("GET /v2/user-tasks/{userTaskKey}/form", FormResult.class);
    success("POST /v2/user-tasks/{userTaskKey}/variables/search", VariableSearchQueryResult.class);
    noJson("POST /v2/user-tasks/{userTaskKey}/assignment");
    noJson("DELETE /v2/user-tasks/{userTaskKey}/assignee");
    noJson("PATCH /v2/user-tasks/{userTaskKey}");
    noJson("POST /v2/user-tasks/{userTaskKey}/completion");
    // Incidents
    success("POST /v2/incidents/search", IncidentSearchQueryResult.class);
    success("GET /v2/incidents/{incidentKey}", IncidentResult.class);
    noJson("POST /v2/incidents/{incidentKey}/resolution");
    // Decisions
    success("POST /v2/decision-definitions/search", DecisionDefinitionSearchQueryResult.class);
    success("GET /v2/decision-definitions/{decisionDefinitionKey}", DecisionDefinitionResult.class);
    noJson("GET /v2/decision-definitions/{decisionDefinitionKey}/xml");
    success("POST /v2/decision-definitions/evaluation", EvaluateDecisionResult.class);
    success("POST /v2/decision-requirements/search", DecisionRequirementsSearchQueryResult.class);
    success("GET /v2/decision-requirements/{decisionRequirementsKey}", DecisionRequirementsResult.class);
    noJson("GET /v2/decision-requirements/{decisionRequirementsKey}/xml");
    success("POST /v2/decision-instances/search", DecisionInstanceSearchQueryResult.class);
    success("GET /v2/decision-instances/{decisionEvaluationInstanceKey}", DecisionInstanceGetQueryResult.class);
    // Messages and signals
    success("POST /v2/messages/publication", MessagePublicationResult.class);
    success("POST /v2/messages/correlation", MessageCorrelationResult.class);
    success("POST /v2/message-subscriptions/search", MessageSubscriptionSearchQueryResult.class);
    success("POST /v2/correlated-message-subscriptions/search", CorrelatedMessageSubscriptionSearchQueryResult.class);
    success("POST /v2/signals/broadcast", SignalBroadcastResult.class);
    // Variables
    success("POST /v2/variables/search", VariableSearchQueryResult.class);
    success("GET /v2/variables/{variableKey}", VariableResult.class);
    // Deployments, resources and process definitions
    success("POST /v2/deployments", DeploymentResult.class);
    noJson("POST /v2/resources/{resourceKey}/deletion");
    success("GET /v2/resources/{resourceKey}", ResourceResult.class);
    noJson("GET /v2/resources/{resourceKey}/content");
    success("POST /v2/process-definitions/search", ProcessDefinitionSearchQueryResult.class);
    success("GET /v2/process-definitions/{processDefinitionKey}", ProcessDefinitionResult.class);
    noJson("GET /v2/process-definitions/{processDefinitionKey}/xml");
    success("GET /v2/process-definitions/{processDefinitionKey}/form", FormResult.class);
    success("POST /v2/process-definitions/{processDefinitionKey}/statistics/element-instances",
        ProcessDefinitionElementStatisticsQueryResult.class);
  }

  private ResponseSchemas() {}

  /** The success body's schema of "METHOD /path/{template}", or empty when the table lacks it. */
  static Optional<JavaType> success(String operation) {
    return Optional.ofNullable(SUCCESS.get(operation));
  }

  static java.util.Set<String> operations() {
    return SUCCESS.keySet();
  }

  private static void success(String operation, Class<?> model) {
    SUCCESS.put(operation, type(model));
  }

  private static void noJson(String operation) {
    SUCCESS.put(operation, NO_JSON);
  }

  private static JavaType type(Class<?> model) {
    return TypeFactory.defaultInstance().constructType(model);
  }
}
