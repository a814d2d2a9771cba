package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.BatchOperationCreatedResult;
import io.camunda.client.protocol.rest.BatchOperationItemResponse;
import io.camunda.client.protocol.rest.BatchOperationItemSearchQueryResult;
import io.camunda.client.protocol.rest.BatchOperationResponse;
import io.camunda.client.protocol.rest.BatchOperationSearchQueryResult;
import io.camunda.client.protocol.rest.BatchOperationTypeEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.batch.BatchOperationType;
import org.amends.engine.batch.BatchOperations;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.query.Where;
import org.amends.engine.state.BatchOperation;
import org.amends.engine.state.BatchOperationItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch operations of the 8.8 API: started on the process instances a filter selects (only the
 * active ones, as Camunda does), then read, suspended, resumed or cancelled by key.
 */
@RestController
class BatchOperationController {


  private final BatchOperations batches;
  private final Searcher searcher;

  BatchOperationController(Engine engine, Searcher searcher) {
    this.batches = engine.batchOperations();
    this.searcher = searcher;
  }

  @PostMapping("/v2/process-instances/cancellation")
  BatchOperationCreatedResult cancel(@RequestBody JsonNode body) {
    return start(BatchOperationType.CANCEL_PROCESS_INSTANCE, activeInstances(filter(body)), Map.of());
  }

  @PostMapping("/v2/process-instances/incident-resolution")
  BatchOperationCreatedResult resolveIncidents(@RequestBody JsonNode body) {
    Where instances = searcher.matching("i.process_instance_key", Searches.PROCESS_INSTANCES, filter(body));
    List<BatchOperations.Item> items = new ArrayList<>();
    for (Object[] row : searcher.rows("select i.key, i.process_instance_key from {s}.incident i where i.active and "
        + instances.sql() + " order by i.key", instances.params())) {
      items.add(new BatchOperations.Item(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }
    return start(BatchOperationType.RESOLVE_INCIDENT, items, Map.of());
  }

  @PostMapping("/v2/process-instances/migration")
  BatchOperationCreatedResult migrate(@RequestBody JsonNode body) {
    JsonNode plan = body.path("migrationPlan");
    Long target = Rest.parseKey(BatchOperationType.TARGET_PROCESS_DEFINITION_KEY,
        plan.path(BatchOperationType.TARGET_PROCESS_DEFINITION_KEY).asText(null));
    Rest.require(BatchOperationType.TARGET_PROCESS_DEFINITION_KEY, target);
    Map<String, Object> instructions = new LinkedHashMap<>();
    instructions.put(BatchOperationType.TARGET_PROCESS_DEFINITION_KEY, Long.toString(target));
    instructions.put(BatchOperationType.MAPPING_INSTRUCTIONS, pairs(plan, BatchOperationType.MAPPING_INSTRUCTIONS));
    return start(BatchOperationType.MIGRATE_PROCESS_INSTANCE, activeInstances(filter(body)), instructions);
  }

  @PostMapping("/v2/process-instances/modification")
  BatchOperationCreatedResult modify(@RequestBody JsonNode body) {
    Map<String, Object> instructions = Map.of(
        BatchOperationType.MOVE_INSTRUCTIONS, pairs(body, BatchOperationType.MOVE_INSTRUCTIONS));
    return start(BatchOperationType.MODIFY_PROCESS_INSTANCE, activeInstances(filter(body)), instructions);
  }

  @GetMapping("/v2/batch-operations/{batchOperationKey}")
  BatchOperationResponse get(@PathVariable long batchOperationKey) {
    return searcher.find(BatchOperationSearches.BATCH_OPERATIONS, "batchOperationKey", batchOperationKey)
        .map(BatchOperationController::toResponse)
        .orElseThrow(() -> EngineException.notFound(
            "Batch operation with key '" + batchOperationKey + "' not found"));
  }

  @PostMapping("/v2/batch-operations/search")
  BatchOperationSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(BatchOperationSearches.BATCH_OPERATIONS, SearchRequest.of(body));
    return new BatchOperationSearchQueryResult()
        .items(page.hits().stream().map(BatchOperationController::toResponse).toList())
        .page(Rest.page(page));
  }

  @PostMapping("/v2/batch-operation-items/search")
  BatchOperationItemSearchQueryResult searchItems(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(BatchOperationSearches.BATCH_OPERATION_ITEMS, SearchRequest.of(body));
    return new BatchOperationItemSearchQueryResult()
        .items(page.hits().stream().map(BatchOperationController::toItem).toList())
        .page(Rest.page(page));
  }

  @PostMapping("/v2/batch-operations/{batchOperationKey}/cancellation")
  ResponseEntity<Void> cancelBatch(@PathVariable long batchOperationKey, @RequestBody(required = false) JsonNode ignored) {
    batches.cancel(batchOperationKey);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/batch-operations/{batchOperationKey}/suspension")
  ResponseEntity<Void> suspend(@PathVariable long batchOperationKey, @RequestBody(required = false) JsonNode ignored) {
    batches.suspend(batchOperationKey);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/batch-operations/{batchOperationKey}/resumption")
  ResponseEntity<Void> resume(@PathVariable long batchOperationKey, @RequestBody(required = false) JsonNode ignored) {
    batches.resume(batchOperationKey);
    return ResponseEntity.noContent().build();
  }

  // ---- helpers

  private BatchOperationCreatedResult start(
      BatchOperationType type, List<BatchOperations.Item> items, Map<String, Object> instructions) {
    long key = batches.create(type.name(), items, instructions, type.operation(instructions));
    return new BatchOperationCreatedResult()
        .batchOperationKey(Rest.key(key))
        .batchOperationType(BatchOperationTypeEnum.fromValue(type.name()));
  }

  private static JsonNode filter(JsonNode body) {
    JsonNode filter = body == null ? null : body.get("filter");
    if (filter == null || filter.isNull()) {
      throw EngineException.invalidArgument("No filter provided.");
    }
    return filter;
  }

  /** The active process instances the filter selects: those a batch can act on. */
  private List<BatchOperations.Item> activeInstances(JsonNode filter) {
    Where matching = searcher.matching("t.key", Searches.PROCESS_INSTANCES, filter);
    List<BatchOperations.Item> items = new ArrayList<>();
    for (Object[] row : searcher.rows("select t.key from {s}.element_instance t where t.active"
        + " and (t.data->>'flowScopeKey')::bigint = -1 and " + matching.sql() + " order by t.key", matching.params())) {
      long key = ((Number) row[0]).longValue();
      items.add(new BatchOperations.Item(key, key));
    }
    return items;
  }

  private static List<Map<String, Object>> pairs(JsonNode parent, String name) {
    JsonNode list = parent.path(name);
    if (!list.isArray() || list.isEmpty()) {
      throw EngineException.invalidArgument("No " + name + " provided.");
    }
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (JsonNode entry : list) {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put(BatchOperationType.SOURCE, Rest.require(BatchOperationType.SOURCE, entry.path(BatchOperationType.SOURCE).asText(null)));
      pair.put(BatchOperationType.TARGET, Rest.require(BatchOperationType.TARGET, entry.path(BatchOperationType.TARGET).asText(null)));
      pairs.add(pair);
    }
    return pairs;
  }

  private static BatchOperationResponse toResponse(SearchHit hit) {
    BatchOperation batch = hit.row(BatchOperation.class);
    return new BatchOperationResponse()
        .batchOperationKey(Rest.key(batch.key))
        .batchOperationType(BatchOperationTypeEnum.fromValue(batch.type))
        .state(BatchOperationResponse.StateEnum.fromValue(batch.state.name()))
        .startDate(Rest.date(batch.startDate))
        .endDate(Rest.date(batch.endDate))
        .operationsTotalCount(batch.operationsTotalCount)
        .operationsCompletedCount(batch.operationsCompletedCount)
        .operationsFailedCount(batch.operationsFailedCount)
        .errors(new ArrayList<>());
  }

  private static BatchOperationItemResponse toItem(SearchHit hit) {
    BatchOperationItem item = hit.row(BatchOperationItem.class);
    return new BatchOperationItemResponse()
        .batchOperationKey(Rest.key(item.batchOperationKey))
        .operationType(BatchOperationTypeEnum.fromValue(item.operationType))
        .itemKey(Rest.key(item.itemKey))
        .processInstanceKey(Rest.key(item.processInstanceKey))
        .state(BatchOperationItemResponse.StateEnum.fromValue(item.state.name()))
        .processedDate(Rest.date(item.processedDate))
        .errorMessage(item.errorMessage);
  }
}
