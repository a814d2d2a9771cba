-- The process modeler (org.amends.app.modeler). A manager's unfinished edit of a process (BPMN)
-- or form (form-js JSON): one draft per resource, kept until it is deployed or replaced.
create table modeler_draft (
  kind        text not null check (kind in ('PROCESS', 'FORM')),
  resource_id text not null,
  content     text not null,
  -- errors the modeler's live lint found when the draft was saved: such a draft is not deployed
  lint_errors integer not null default 0 check (lint_errors >= 0),
  saved_by    text not null,
  saved_at    timestamptz not null,
  primary key (kind, resource_id)
);

-- Who deployed what, when and why: the engine keeps none of it. deployed_by is null for the
-- processes and forms bundled with the app, deployed at start-up.
create table modeler_deployment (
  deployment_key bigint primary key,
  comment        text not null check (length(trim(comment)) > 0),
  deployed_by    text,
  deployed_at    timestamptz not null
);

-- Each process, decision or form version a deployment created (or found unchanged).
create table modeler_deployed_resource (
  definition_key bigint primary key,
  deployment_key bigint not null references modeler_deployment (deployment_key),
  kind           text not null check (kind in ('PROCESS', 'DECISION', 'FORM')),
  resource_id    text not null,
  version        integer not null
);
create index modeler_deployed_resource_id on modeler_deployed_resource (kind, resource_id);
