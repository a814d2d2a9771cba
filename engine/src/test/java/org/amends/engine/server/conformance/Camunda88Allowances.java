package org.amends.engine.server.conformance;

import static org.amends.engine.server.conformance.Allowance.always;
import static org.amends.engine.server.conformance.Allowance.unlessField;
import static org.amends.engine.server.conformance.Allowance.whileField;

import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.BatchOperationItemResponse;
import io.camunda.client.protocol.rest.BatchOperationResponse;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ResourceResult;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import io.camunda.client.protocol.rest.UserTaskProperties;
import io.camunda.client.protocol.rest.UserTaskResult;
import java.util.List;
import java.util.Set;

/**
 * Properties that Camunda 8.8 itself leaves out, from the spec's descriptions and required lists
 * (and Camunda's own 8.8 typings of the responses): each with the condition under which it may
 * be absent, as narrow as the body lets the check tell. Everything else must be there.
 */
final class Camunda88Allowances {

  private static final Set<String> RUNNING_INSTANCE = Set.of("ACTIVE");
  private static final Set<String> OPEN_USER_TASK = Set.of("CREATING", "CREATED", "ASSIGNING", "UPDATING", "COMPLETING", "CANCELING");
  private static final Set<String> OPEN_BATCH = Set.of("CREATED", "ACTIVE", "SUSPENDED");

  static final List<Allowance> TABLE = List.of(
      // Process instances: an end date once ended; parent keys only for called instances; a
      // version tag only when the process has one.
      whileField(ProcessInstanceResult.class, "endDate", "state", RUNNING_INSTANCE, "no end date while the instance runs"),
      always(ProcessInstanceResult.class, "parentProcessInstanceKey", "a root instance has no parent instance"),
      always(ProcessInstanceResult.class, "parentElementInstanceKey", "a root instance has no parent call activity"),
      always(ProcessInstanceResult.class, "processDefinitionVersionTag", "only a process with a version tag has one"),
      // Element instances
      whileField(ElementInstanceResult.class, "endDate", "state", RUNNING_INSTANCE, "no end date while the element is active"),
      whileField(ElementInstanceResult.class, "incidentKey", "hasIncident", Set.of("false"), "only an element with an incident names one"),
      // Process definitions and resources: name and version tag are optional in BPMN
      always(ProcessDefinitionResult.class, "name", "a process without a name attribute has none"),
      always(ProcessDefinitionResult.class, "versionTag", "only a process with a version tag has one"),
      always(ResourceResult.class, "versionTag", "only a resource with a version tag has one"),
      // A deployment lists each resource as exactly one of its kinds; the other kinds are absent.
      always(DeploymentMetadataResult.class, "processDefinition", "the entry is another kind of resource"),
      always(DeploymentMetadataResult.class, "decisionDefinition", "the entry is another kind of resource"),
      always(DeploymentMetadataResult.class, "decisionRequirements", "the entry is another kind of resource"),
      always(DeploymentMetadataResult.class, "form", "the entry is another kind of resource"),
      always(DeploymentMetadataResult.class, "resource", "the entry is another kind of resource"),
      // Paging: an empty page has no cursors
      always(SearchQueryPageResponse.class, "startCursor", "an empty page has no first item to point at"),
      always(SearchQueryPageResponse.class, "endCursor", "an empty page has no last item to point at"),
      // User tasks: optional attributes of the task and its process
      always(UserTaskResult.class, "assignee", "an unassigned task has none"),
      always(UserTaskResult.class, "dueDate", "only set when the task has one"),
      always(UserTaskResult.class, "followUpDate", "only set when the task has one"),
      always(UserTaskResult.class, "formKey", "only a task with a linked or embedded form has one"),
      always(UserTaskResult.class, "externalFormReference", "only a task with an external form has one"),
      always(UserTaskResult.class, "processName", "a process without a name attribute has none"),
      always(UserTaskResult.class, "name", "a task without a name attribute has none"),
      whileField(UserTaskResult.class, "completionDate", "state", OPEN_USER_TASK, "no completion date while the task is open"),
      // Jobs: the user task only for task listener jobs; the rest only once it happened
      unlessField(ActivatedJobResult.class, "userTask", "kind", Set.of("TASK_LISTENER"), "only a task listener's job carries its user task"),
      always(UserTaskProperties.class, "action", "only a transition with an action names it"),
      always(UserTaskProperties.class, "assignee", "an unassigned task has none"),
      always(UserTaskProperties.class, "dueDate", "only set when the task has one"),
      always(UserTaskProperties.class, "followUpDate", "only set when the task has one"),
      always(UserTaskProperties.class, "formKey", "only a task with a linked form has one"),
      always(JobSearchResult.class, "errorCode", "only a job that threw an error has one"),
      always(JobSearchResult.class, "errorMessage", "only a job that failed or threw an error has one"),
      always(JobSearchResult.class, "deniedReason", "only a task listener job that denied has one"),
      always(JobSearchResult.class, "deadline", "only an activated job has one"),
      whileField(JobSearchResult.class, "endTime", "state", Set.of("CREATED", "FAILED", "RETRIES_UPDATED", "TIMED_OUT", "MIGRATED"),
          "no end time while the job can still be worked on"),
      // Incidents: a job key only for a job's incident (not, say, an expression's)
      always(IncidentResult.class, "jobKey", "only the incident of a job names one"),
      // Decisions: failure details only for failed evaluations
      unlessField(DecisionInstanceResult.class, "evaluationFailure", "state", Set.of("FAILED"), "only a failed evaluation has one"),
      unlessField(DecisionInstanceGetQueryResult.class, "evaluationFailure", "state", Set.of("FAILED"), "only a failed evaluation has one"),
      always(EvaluateDecisionResult.class, "failureMessage", "only a failed evaluation has one"),
      always(EvaluateDecisionResult.class, "failedDecisionDefinitionId", "only a failed evaluation has one"),
      // Batch operations
      whileField(BatchOperationResponse.class, "endDate", "state", OPEN_BATCH, "no end date while the batch is open"),
      unlessField(BatchOperationItemResponse.class, "errorMessage", "state", Set.of("FAILED"), "only a failed item has one"));

  private Camunda88Allowances() {}
}
