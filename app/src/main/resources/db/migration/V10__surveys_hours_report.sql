-- Surveys people answer online, volunteer hours outside cases, and what the annual report counts.

-- A participant's satisfaction on a five-point scale (1 very dissatisfied .. 5 very satisfied) and
-- whether the meeting or exchange was well run. `satisfied` stays: it is true for the top two.
alter table survey_response add column satisfaction smallint check (satisfaction between 1 and 5);
alter table survey_response add column well_run boolean;
create unique index survey_response_one_per_party on survey_response (party_id) where party_id is not null;

-- A personal survey link, sent in the satisfaction-survey or referrer-feedback email. Only the
-- SHA-256 of its token is kept (the token itself is in the email only); good for 90 days, once.
create table survey_invitation (
  id          bigint generated always as identity primary key,
  case_id     bigint not null references case_file (id),
  respondent  text not null check (respondent in ('PARTY', 'REFERRER')),
  party_id    bigint references party (id),
  token_hash  text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at  timestamptz not null,
  expires_at  timestamptz not null,
  used_at     timestamptz,
  request_key text not null unique,
  constraint survey_invitation_party_named check ((respondent = 'PARTY') = (party_id is not null)),
  constraint survey_invitation_expiry check (expires_at > created_at)
);
create index survey_invitation_case on survey_invitation (case_id);

-- Volunteer time outside cases (training, supervision, community panels, forums, awareness
-- events) has no case.
alter table volunteer_hours alter column case_id drop not null;
alter table volunteer_hours drop constraint volunteer_hours_activity_check;
alter table volunteer_hours add constraint volunteer_hours_activity_check check (activity in (
  'PREPARATION', 'MEETING', 'TRAVEL', 'FOLLOW_UP', 'ADMINISTRATION', 'SUPERVISION',
  'TRAINING', 'COMMUNITY_PANEL', 'FORUM', 'AWARENESS_EVENT'));
create index volunteer_hours_worked_on on volunteer_hours (worked_on);
create index referral_date on referral (referral_date);
