-- The engine's state: one table per kind of row. Searchable columns are kept beside the
-- row's JSON; 'active' rows are the runtime, the others are history.

create table deployment_resource (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index deployment_resource_process_instance on deployment_resource (process_instance_key);
create index deployment_resource_active on deployment_resource (active) where active;

create table process_definition (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index process_definition_process_instance on process_definition (process_instance_key);
create index process_definition_active on process_definition (active) where active;

create table decision_requirements (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index decision_requirements_process_instance on decision_requirements (process_instance_key);
create index decision_requirements_active on decision_requirements (active) where active;

create table decision_definition (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index decision_definition_process_instance on decision_definition (process_instance_key);
create index decision_definition_active on decision_definition (active) where active;

create table form (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index form_process_instance on form (process_instance_key);
create index form_active on form (active) where active;

create table element_instance (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index element_instance_process_instance on element_instance (process_instance_key);
create index element_instance_active on element_instance (active) where active;

create table variable (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index variable_process_instance on variable (process_instance_key);
create index variable_active on variable (active) where active;

create table job (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index job_process_instance on job (process_instance_key);
create index job_active on job (active) where active;

create table user_task (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index user_task_process_instance on user_task (process_instance_key);
create index user_task_active on user_task (active) where active;

create table incident (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index incident_process_instance on incident (process_instance_key);
create index incident_active on incident (active) where active;

create table timer (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index timer_process_instance on timer (process_instance_key);
create index timer_active on timer (active) where active;

create table message (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index message_process_instance on message (process_instance_key);
create index message_active on message (active) where active;

create table message_subscription (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index message_subscription_process_instance on message_subscription (process_instance_key);
create index message_subscription_active on message_subscription (active) where active;

create table signal_subscription (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index signal_subscription_process_instance on signal_subscription (process_instance_key);
create index signal_subscription_active on signal_subscription (active) where active;

create table history_event (
  key bigint primary key,
  process_instance_key bigint,
  state text,
  active boolean not null,
  data jsonb not null
);
create index history_event_process_instance on history_event (process_instance_key);
create index history_event_active on history_event (active) where active;

-- The next key to hand out (partition 1) and the last completed cluster change (purge).
create table engine_meta (
  name text primary key,
  value bigint not null
);
insert into engine_meta (name, value) values ('next_key', 1), ('last_change_id', -1);
