-- Data protection: an append-only audit log, the record of each retention run, and markers of
-- what has been anonymised (by retention or by erasure).

-- Who read or changed what, when and from where. References and ids only: never names or free
-- text. No foreign keys on purpose: the log outlives anonymisation and must never block it.
create table audit_event (
  id             bigint generated always as identity primary key,
  occurred_at    timestamptz not null,
  actor_kind     text not null check (actor_kind in ('STAFF', 'PARTNER', 'PUBLIC', 'SYSTEM')),
  actor          text,
  client_address text,
  action         text not null check (action ~ '^[A-Z][A-Z_]*$'),
  outcome        text not null check (outcome in ('DONE', 'REFUSED', 'FAILED')),
  case_id        bigint,
  case_reference text,
  task_key       bigint,
  subject_kind   text check (subject_kind ~ '^[A-Z][A-Z_]*$'),
  subject_id     text,
  constraint audit_staff_named check (actor_kind not in ('STAFF', 'PARTNER') or actor is not null)
);
create index audit_event_case_reference on audit_event (case_reference, occurred_at desc);
create index audit_event_actor on audit_event (actor, occurred_at desc);
create index audit_event_occurred on audit_event (occurred_at desc);

-- The app has no update or delete path for the audit log; the database refuses them as well, so
-- neither a bug nor someone with the app's credentials can rewrite history.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
  for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_is_append_only();

-- Each run of the retention job: when, up to which closing date, and what it anonymised.
create table retention_run (
  id          bigint generated always as identity primary key,
  started_at  timestamptz not null,
  finished_at timestamptz not null,
  retention   text not null,
  closed_before date not null,
  cases       integer not null check (cases >= 0)
);
create table retention_run_case (
  retention_run_id bigint not null references retention_run (id),
  case_reference   text not null,
  primary key (retention_run_id, case_reference)
);
create table retention_run_table (
  retention_run_id bigint not null references retention_run (id),
  table_name       text not null,
  rows             integer not null check (rows >= 0),
  primary key (retention_run_id, table_name)
);

-- When a case's or a person's personal data was anonymised (null: not anonymised).
alter table case_file add column anonymised_on date;
alter table party add column anonymised_on date;
alter table referral add column referrer_anonymised_on date;
alter table facilitator add column anonymised_on date;
-- An erased facilitator keeps their hours (for the figures) but not their date of birth.
alter table facilitator alter column date_of_birth drop not null;
create index case_file_retention on case_file (closed_on) where status = 'CLOSED' and anonymised_on is null;
