-- Data minimisation: what staff type about a withdrawal stays in Amends. The case page keeps the
-- reason here and the party-withdrawn message carries only this row's id (withdrawalRequestId)
-- and the party's id; the worker that records the withdrawal reads the reason from here.
create table withdrawal_request (
  id           bigint generated always as identity primary key,
  case_id      bigint not null references case_file (id),
  party_id     bigint not null references party (id),
  reason       text not null check (length(trim(reason)) > 0),
  requested_by text not null,
  requested_at timestamptz not null
);
create index withdrawal_request_case on withdrawal_request (case_id);
