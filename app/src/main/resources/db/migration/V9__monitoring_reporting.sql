-- Monitoring's reporting tables (org.amends.app.monitoring.history): what the engine's search API
-- said about process instances, element instances, user tasks and incidents, imported
-- incrementally through the Camunda client so that figures are SQL over the app's own tables.
-- They hold engine keys, element ids, states and times only: no names, contact details or free
-- text (an incident's error message is the worker's technical message, which names no one).
-- The case is found through case_file.process_instance_key = root_process_instance_key; there is
-- no foreign key, so an erased or deleted case leaves only numbers behind.

create table report_process_instance (
  process_instance_key        bigint primary key,
  process_definition_key      bigint not null,
  process_id                  text not null,
  version                     int not null,
  parent_process_instance_key bigint,
  -- the journey's instance for its called processes (resolved at import), else the instance itself
  root_process_instance_key   bigint not null,
  state                       text not null,
  started_at                  timestamptz not null,
  ended_at                    timestamptz
);
create index report_process_instance_root on report_process_instance (root_process_instance_key);
create index report_process_instance_parent on report_process_instance (parent_process_instance_key);
create index report_process_instance_started on report_process_instance (process_id, started_at);
create index report_process_instance_ended on report_process_instance (process_id, ended_at);

create table report_element_instance (
  element_instance_key   bigint primary key,
  process_instance_key   bigint not null,
  process_definition_key bigint not null,
  process_id             text not null,
  element_id             text not null,
  element_type           text not null,
  state                  text not null,
  started_at             timestamptz not null,
  ended_at               timestamptz
);
create index report_element_instance_definition on report_element_instance (process_definition_key, element_id);
create index report_element_instance_process on report_element_instance (process_id, element_id);
create index report_element_instance_active on report_element_instance (process_id, element_id) where state = 'ACTIVE';
create index report_element_instance_instance on report_element_instance (process_instance_key);

create table report_user_task (
  user_task_key         bigint primary key,
  element_instance_key  bigint not null,
  process_instance_key  bigint not null,
  process_id            text not null,
  element_id            text not null,
  -- candidate groups are role names (coordinators, facilitators...), comma separated
  candidate_groups      text not null,
  -- whether someone has it, never who
  assigned              boolean not null,
  state                 text not null,
  created_at            timestamptz not null,
  completed_at          timestamptz,
  due_at                timestamptz
);
create index report_user_task_open on report_user_task (process_id, element_id) where state = 'CREATED';
create index report_user_task_instance on report_user_task (process_instance_key);

create table report_incident (
  incident_key          bigint primary key,
  process_instance_key  bigint not null,
  process_definition_key bigint not null,
  process_id            text not null,
  element_id            text not null,
  element_instance_key  bigint not null,
  job_key               bigint,
  error_type            text not null,
  error_message         text not null,
  state                 text not null,
  created_at            timestamptz not null,
  -- when the import first saw it no longer active (the API gives no resolution time)
  resolved_at           timestamptz
);
create index report_incident_active on report_incident (process_id, element_id) where state = 'ACTIVE';

-- Where each feed of the import has got to: the newest date it has imported. A restart resumes
-- from here (a little earlier: rows are upserted, so re-reading is harmless).
create table report_import_cursor (
  feed          text primary key,
  watermark     timestamptz,
  imported      bigint not null default 0,
  last_run_at   timestamptz
);

-- Who retried which incident from the monitoring pages, and what the engine said: an incident
-- that comes back after a retry is shown with the retry before it, so a retry that did not fix
-- the cause is seen, not lost. retried_by is a staff username (staff accountability, as the
-- other *_by columns).
create table incident_retry (
  id                    bigint generated always as identity primary key,
  incident_key          bigint not null,
  process_instance_key  bigint not null,
  element_instance_key  bigint not null,
  retried_by            text not null,
  retried_at            timestamptz not null,
  outcome               text not null check (outcome in ('RESOLVED', 'REFUSED'))
);
create index incident_retry_element on incident_retry (element_instance_key);
