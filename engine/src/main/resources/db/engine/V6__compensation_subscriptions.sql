-- Compensation subscriptions: completed activities that a compensation throw or end event can
-- still compensate, in the same row shape as the engine's other state ('active' rows are the
-- runtime: created or triggered; completed and deleted ones are history).

create table compensation_subscription (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index compensation_subscription_process_instance on compensation_subscription (process_instance_key);
create index compensation_subscription_active on compensation_subscription (active) where active;
