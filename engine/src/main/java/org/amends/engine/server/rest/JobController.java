package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.JobActivationRequest;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobErrorRequest;
import io.camunda.client.protocol.rest.JobFailRequest;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobResultCorrections;
import io.camunda.client.protocol.rest.JobResultUserTask;
import io.camunda.client.protocol.rest.JobSearchQueryResult;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
import io.camunda.client.protocol.rest.JobUpdateRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.amends.engine.Engine;
import org.amends.engine.Jobs;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.JobResult;
import org.amends.engine.api.ListenerUserTask;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.Job;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** Jobs: long-polling activation, completion, failure, BPMN errors, updates and search. */
@RestController
class JobController {

  /** The HTTP request may outlive the long poll by this much before Spring gives up on it. */
  private static final long ASYNC_MARGIN_MILLIS = 5_000;

  private final Jobs jobs;
  private final Searcher searcher;
  private final EngineServerSettings settings;

  JobController(Engine engine, Searcher searcher, EngineServerSettings settings) {
    this.jobs = engine.jobs();
    this.searcher = searcher;
    this.settings = settings;
  }

  /**
   * Answered when a job is available or the request timeout passes (then with no jobs); no servlet
   * thread waits meanwhile.
   */
  @PostMapping("/v2/jobs/activation")
  DeferredResult<JobActivationResult> activate(@RequestBody JobActivationRequest request) {
    ActivateJobs command = ActivateJobs.of(
        request.getType(), request.getWorker(), request.getTimeout(), request.getMaxJobsToActivate(),
        request.getFetchVariable(), request.getRequestTimeout(), request.getTenantIds(), settings.longPollMax());
    Duration longPoll = command.requestTimeout();
    DeferredResult<JobActivationResult> answer =
        new DeferredResult<>(longPoll.toMillis() + ASYNC_MARGIN_MILLIS, new JobActivationResult().jobs(List.of()));
    jobs.activate(command).whenComplete((activated, failure) -> {
      if (failure != null) {
        answer.setErrorResult(failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
            ? c.getCause() : failure);
      } else {
        answer.setResult(new JobActivationResult().jobs(activated.stream().map(JobController::toActivated).toList()));
      }
    });
    return answer;
  }

  private static ActivatedJobResult toActivated(ActivatedJob job) {
    return new ActivatedJobResult()
        .jobKey(Rest.key(job.key()))
        .type(job.type())
        .processInstanceKey(Rest.key(job.processInstanceKey()))
        .processDefinitionId(job.bpmnProcessId())
        .processDefinitionVersion(job.processDefinitionVersion())
        .processDefinitionKey(Rest.key(job.processDefinitionKey()))
        .elementId(job.elementId())
        .elementInstanceKey(Rest.key(job.elementInstanceKey()))
        .customHeaders(job.customHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(job.customHeaders()))
        .worker(job.worker())
        .retries(job.retries())
        .deadline(job.deadline())
        .variables(job.variables() == null ? new LinkedHashMap<>() : job.variables())
        .tenantId(job.tenantId())
        .kind(JobKindEnum.fromValue(job.kind() == null ? "BPMN_ELEMENT" : job.kind()))
        .listenerEventType(listenerEventType(job.listenerEventType()))
        .userTask(ListenerUserTaskJson.of(ListenerUserTask.of(job.kind(), job.customHeaders())))
        .tags(new LinkedHashSet<>());
  }

  private static JobListenerEventTypeEnum listenerEventType(String eventType) {
    return eventType == null ? JobListenerEventTypeEnum.UNSPECIFIED : JobListenerEventTypeEnum.fromValue(eventType);
  }

  @PostMapping("/v2/jobs/{jobKey}/completion")
  ResponseEntity<Void> complete(@PathVariable long jobKey, @RequestBody(required = false) JobCompletionRequest request) {
    // A result (denied, corrections) is for task-listener jobs; Zeebe accepts it on any other job
    // and completes the job as without one (its JobCompleteProcessor checks it for listeners only).
    AdHocJobResult adHoc = request == null ? null : AdHocSubProcessController.adHocResult(request.getResult());
    if (adHoc != null) {
      jobs.complete(jobKey, request.getVariables(), adHoc);
    } else {
      jobs.complete(jobKey, request == null ? null : request.getVariables(),
          request == null ? null : jobResult(request.getResult()));
    }
    return ResponseEntity.noContent().build();
  }

  private static JobResult jobResult(io.camunda.client.protocol.rest.JobResult result) {
    if (!(result instanceof JobResultUserTask userTask)) {
      return null;
    }
    Map<String, Object> corrections = new LinkedHashMap<>();
    JobResultCorrections given = userTask.getCorrections();
    if (given != null) {
      putIfPresent(corrections, "assignee", given.getAssignee());
      putIfPresent(corrections, "dueDate", given.getDueDate());
      putIfPresent(corrections, "followUpDate", given.getFollowUpDate());
      putIfPresent(corrections, "candidateUsers", given.getCandidateUsers());
      putIfPresent(corrections, "candidateGroups", given.getCandidateGroups());
      putIfPresent(corrections, "priority", given.getPriority());
    }
    return new JobResult(Boolean.TRUE.equals(userTask.getDenied()), userTask.getDeniedReason(), corrections);
  }

  private static void putIfPresent(Map<String, Object> corrections, String name, Object value) {
    if (value != null) {
      corrections.put(name, value);
    }
  }

  @PostMapping("/v2/jobs/{jobKey}/failure")
  ResponseEntity<Void> fail(@PathVariable long jobKey, @RequestBody(required = false) JobFailRequest request) {
    JobFailRequest body = request == null ? new JobFailRequest() : request;
    int retries = body.getRetries() == null ? 0 : body.getRetries();
    long backOff = body.getRetryBackOff() == null ? 0 : body.getRetryBackOff();
    jobs.fail(jobKey, retries, body.getErrorMessage(), Duration.ofMillis(backOff), body.getVariables());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/jobs/{jobKey}/error")
  ResponseEntity<Void> error(@PathVariable long jobKey, @RequestBody JobErrorRequest request) {
    Rest.require("errorCode", request.getErrorCode());
    jobs.throwError(jobKey, request.getErrorCode(), request.getErrorMessage(), request.getVariables());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/v2/jobs/{jobKey}")
  ResponseEntity<Void> update(@PathVariable long jobKey, @RequestBody JobUpdateRequest request) {
    Rest.require("changeset", request.getChangeset());
    jobs.update(jobKey, request.getChangeset().getRetries(), request.getChangeset().getTimeout());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/jobs/search")
  JobSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.JOBS, SearchRequest.of(body));
    return new JobSearchQueryResult()
        .items(page.hits().stream().map(hit -> toSearchResult(hit.row(Job.class))).toList())
        .page(Rest.page(page));
  }

  private static JobSearchResult toSearchResult(Job job) {
    return new JobSearchResult()
        .jobKey(Rest.key(job.key))
        .type(job.type)
        .worker(job.worker == null ? "" : job.worker)
        .state(JobStateEnum.fromValue(job.state == Job.State.ACTIVATED ? "CREATED" : job.state.name()))
        .kind(JobKindEnum.fromValue(job.kind == null ? "BPMN_ELEMENT" : job.kind))
        .listenerEventType(listenerEventType(job.listenerEventType))
        .retries(job.retries)
        .deadline(Rest.date(job.deadline))
        .endTime(Rest.date(job.endTime))
        .errorCode(job.errorCode)
        .errorMessage(job.errorMessage)
        .hasFailedWithRetriesLeft(job.hasFailedWithRetriesLeft)
        .isDenied(false)
        .customHeaders(job.customHeaders == null ? new LinkedHashMap<>() : job.customHeaders)
        .elementId(job.elementId)
        .elementInstanceKey(Rest.key(job.elementInstanceKey))
        .processDefinitionId(job.bpmnProcessId)
        .processDefinitionKey(Rest.key(job.processDefinitionKey))
        .processInstanceKey(Rest.key(job.processInstanceKey))
        .tenantId(job.tenantId);
  }
}
