package org.amends.engine.server.rest;

import static org.amends.engine.query.Field.date;
import static org.amends.engine.query.Field.enumeration;
import static org.amends.engine.query.Field.key;
import static org.amends.engine.query.Field.string;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.engine.batch.BatchOperationType;
import org.amends.engine.query.SearchSpec;
import org.amends.engine.state.BatchOperation;
import org.amends.engine.state.BatchOperationItem;

/** The searches of batch operations and their items, over the engine's batch tables. */
final class BatchOperationSearches {

  private BatchOperationSearches() {}

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  static final SearchSpec BATCH_OPERATIONS =
      SearchSpec.builder("batch operation", "{s}.batch_operation t")
          .field("batchOperationKey", key("t.key"))
          .field("operationType", enumeration("(t.data->>'type')", names(BatchOperationType.values())))
          .field("state", enumeration("t.state", names(BatchOperation.State.values())))
          .sortField("startDate", date("(t.data->>'startDate')::timestamptz"))
          .sortField("endDate", date("(t.data->>'endDate')::timestamptz"))
          .tieBreak("t.key")
          .build();

  static final SearchSpec BATCH_OPERATION_ITEMS =
      SearchSpec.builder("batch operation item", "{s}.batch_operation_item t")
          .field("batchOperationKey", key("(t.data->>'batchOperationKey')::bigint"))
          .field("itemKey", key("(t.data->>'itemKey')::bigint"))
          .field("processInstanceKey", key("t.process_instance_key"))
          .field("state", enumeration("t.state", names(BatchOperationItem.State.values())))
          .field("operationType", string("(t.data->>'operationType')"))
          .tieBreak("t.key")
          .build();
}
