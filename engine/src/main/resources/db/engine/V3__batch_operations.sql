-- Batch operations (cancel, resolve incidents, migrate, modify many process instances) and their
-- items, in the same row shape as the engine's other state: the batch and its open items are
-- runtime ('active'), finished ones history.

create table batch_operation (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index batch_operation_active on batch_operation (active) where active;

create table batch_operation_item (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index batch_operation_item_batch on batch_operation_item (((data->>'batchOperationKey')::bigint));
create index batch_operation_item_active on batch_operation_item (active) where active;
