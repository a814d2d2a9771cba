-- The app's case data (schema amends). Personal data lives here, never in process variables.
-- Enumerations are check constraints so that no code path can store a value the app cannot read.
-- request_key columns hold the key of the job (or form submission) that created the row, so a
-- retried job finds its earlier row instead of creating a second one.

create sequence case_reference_seq;

create table case_file (
  id                    bigint generated always as identity primary key,
  reference             text not null unique check (reference ~ '^RJ-[0-9]{4}-[0-9]{5,}$'),
  status                text not null check (status in ('OPEN', 'CLOSED')),
  stage                 text not null check (stage in ('REFERRAL', 'SCREENING', 'CONTACT', 'ASSESSMENT',
                          'CONSENT', 'ALLOCATION', 'PREPARATION', 'MEETING', 'OUTCOME', 'FOLLOW_UP', 'CLOSED')),
  area                  text not null check (area in ('COLCHESTER', 'SOUTHEND', 'THURROCK', 'HARLOW',
                          'BASILDON', 'CHELMSFORD', 'TENDRING', 'BRENTWOOD', 'OTHER')),
  offence_type          text not null check (length(trim(offence_type)) > 0),
  sexual_offence        boolean not null default false,
  domestic_abuse        boolean not null default false,
  hate_crime            boolean not null default false,
  stalking              boolean not null default false,
  homicide              boolean not null default false,
  very_vulnerable_party boolean not null default false,
  route                 text check (route in ('CONFERENCE', 'INDIRECT_COMMUNICATION', 'COMMUNITY_PANEL', 'MEDIATION')),
  process_instance_key  bigint unique,
  closure_outcome       text check (closure_outcome in ('COMPLETED_DIRECT', 'COMPLETED_INDIRECT',
                          'DECLINED_BY_HARMED', 'DECLINED_BY_HARMER', 'NOT_SUITABLE', 'WITHDRAWN',
                          'NO_CONTACT', 'REFERRED_ON')),
  closed_on             date,
  created_at            timestamptz not null,
  updated_at            timestamptz not null,
  version               bigint not null,
  -- a closed case has its outcome, its date and the CLOSED stage; an open one has none of them
  constraint case_closure_complete check (
    (status = 'CLOSED') = (closure_outcome is not null)
    and (status = 'CLOSED') = (closed_on is not null)
    and (status = 'CLOSED') = (stage = 'CLOSED'))
);

create table party (
  id                   bigint generated always as identity primary key,
  case_id              bigint not null references case_file (id),
  role                 text not null check (role in ('HARMED', 'HARMER', 'OTHER_AFFECTED', 'SUPPORTER')),
  name                 text not null check (length(trim(name)) > 0),
  date_of_birth        date,
  email                text check (email ~ '^[^@\s]+@[^@\s]+$'),
  phone                text,
  address              text,
  preferred_contact    text check (preferred_contact in ('EMAIL', 'PHONE', 'TEXT', 'LETTER', 'IN_PERSON')),
  email_contact_agreed boolean not null default false,
  interpreter_language text,
  access_needs         text,
  status               text not null check (status in ('ACTIVE', 'WITHDRAWN', 'DECLINED')),
  version              bigint not null
);
create index party_case on party (case_id);
create index party_name_dob on party (lower(name), date_of_birth);
create index party_email on party (lower(email));

create table case_note (
  id          bigint generated always as identity primary key,
  case_id     bigint not null references case_file (id),
  text        text not null check (length(trim(text)) > 0),
  written_by  text not null,
  written_at  timestamptz not null,
  request_key text unique
);
create index case_note_case on case_note (case_id);

create table contact_log (
  id           bigint generated always as identity primary key,
  case_id      bigint not null references case_file (id),
  party_id     bigint not null references party (id),
  contacted_at timestamptz not null,
  method       text not null check (method in ('EMAIL', 'PHONE', 'TEXT', 'LETTER', 'IN_PERSON')),
  outcome      text not null check (outcome in ('REACHED', 'NO_ANSWER', 'MESSAGE_LEFT', 'ACCEPTED', 'DECLINED')),
  notes        text,
  contacted_by text not null,
  request_key  text unique
);
create index contact_log_case on contact_log (case_id);

create table referral (
  id                    bigint generated always as identity primary key,
  case_id               bigint not null unique references case_file (id),
  source                text not null check (source in ('POLICE', 'YOUTH_OFFENDING_TEAM', 'COUNCIL',
                          'FIRE_AND_RESCUE', 'PRISON', 'PROBATION', 'SCHOOL', 'GP_SURGERY', 'SELF')),
  referrer_name         text,
  referrer_organisation text,
  referrer_email        text check (referrer_email ~ '^[^@\s]+@[^@\s]+$'),
  referrer_phone        text,
  referral_date         date not null,
  incident_date         date,
  report_date           date,
  went_to_court         boolean not null default false,
  sentence_date         date,
  -- a partner referral names who referred; a self-referral need not
  constraint referral_referrer_named check (source = 'SELF' or referrer_name is not null),
  constraint referral_sentence_needs_court check (sentence_date is null or went_to_court),
  constraint referral_report_after_incident check (report_date is null or incident_date is null or report_date >= incident_date)
);

create table consent (
  id                bigint generated always as identity primary key,
  party_id          bigint not null unique references party (id),
  given             boolean not null,
  given_on          date,
  scope             text,
  recorded_by       text,
  withdrawn_on      date,
  withdrawal_reason text,
  version           bigint not null,
  -- a withdrawal before any consent was asked for leaves given = false and nothing else
  constraint consent_given_is_complete check (
    not given or (given_on is not null and scope is not null and recorded_by is not null)),
  constraint consent_withdrawal_has_reason check ((withdrawn_on is null) = (withdrawal_reason is null))
);

create table risk_assessment (
  id                           bigint generated always as identity primary key,
  case_id                      bigint not null references case_file (id),
  kind                         text not null check (kind in ('INITIAL', 'SECOND')),
  risk_of_further_harm         text not null check (risk_of_further_harm in ('LOW', 'MEDIUM', 'HIGH')),
  vulnerability                text,
  safeguarding_concerns        text,
  substance_misuse             text,
  mental_health                text,
  disability_and_access_needs  text,
  language_and_interpreter     text,
  outcome                      text not null check (outcome in ('PROCEED', 'PROCEED_WITH_CONDITIONS', 'REFER_ON', 'CLOSE')),
  conditions                   text,
  assessed_by                  text not null,
  assessed_on                  date not null,
  request_key                  text unique,
  constraint risk_conditions_stated check (outcome <> 'PROCEED_WITH_CONDITIONS' or conditions is not null)
);
create index risk_assessment_case on risk_assessment (case_id);

create table facilitator (
  id               bigint generated always as identity primary key,
  name             text not null check (length(trim(name)) > 0),
  email            text not null unique check (email ~ '^[^@\s]+@[^@\s]+$'),
  date_of_birth    date not null,
  training_level   text not null check (training_level in ('STANDARD', 'SPECIALIST')),
  available        boolean not null default true,
  volunteer        boolean not null default true,
  version          bigint not null,
  -- everyone who facilitates (volunteer or staff) is 18 or over. current_date only ever makes this
  -- truer, so rows that passed once still pass on a restore.
  constraint facilitator_adult check (date_of_birth <= current_date - interval '18 years')
);

create table facilitator_area (
  facilitator_id bigint not null references facilitator (id) on delete cascade,
  area           text not null check (area in ('COLCHESTER', 'SOUTHEND', 'THURROCK', 'HARLOW',
                   'BASILDON', 'CHELMSFORD', 'TENDRING', 'BRENTWOOD', 'OTHER')),
  primary key (facilitator_id, area)
);

create table allocation (
  id                    bigint generated always as identity primary key,
  case_id               bigint not null references case_file (id),
  first_facilitator_id  bigint not null references facilitator (id),
  second_facilitator_id bigint not null references facilitator (id),
  allocated_by          text not null,
  allocated_on          date not null,
  ended_on              date,
  constraint allocation_two_people check (first_facilitator_id <> second_facilitator_id)
);
-- at most one current allocation per case
create unique index allocation_current on allocation (case_id) where ended_on is null;

create table volunteer_hours (
  id             bigint generated always as identity primary key,
  facilitator_id bigint not null references facilitator (id),
  case_id        bigint not null references case_file (id),
  activity       text not null check (activity in ('PREPARATION', 'MEETING', 'TRAVEL', 'FOLLOW_UP', 'ADMINISTRATION', 'SUPERVISION')),
  worked_on      date not null,
  hours          numeric(4, 2) not null check (hours > 0 and hours <= 24),
  request_key    text unique
);
create index volunteer_hours_case on volunteer_hours (case_id);

create table meeting (
  id           bigint generated always as identity primary key,
  case_id      bigint not null references case_file (id),
  kind         text not null check (kind in ('PREPARATION', 'CONFERENCE', 'INDIRECT_EXCHANGE', 'PANEL', 'MEDIATION')),
  party_id     bigint references party (id),
  starts_at    timestamptz not null,
  venue        text,
  attendees    text,
  notes        text,
  updated_risk text check (updated_risk in ('LOW', 'MEDIUM', 'HIGH')),
  request_key  text unique,
  version      bigint not null,
  -- a preparation meeting is with one party; the others bring the parties together
  constraint meeting_preparation_party check ((kind = 'PREPARATION') = (party_id is not null))
);
create index meeting_case on meeting (case_id);

create table outcome_agreement (
  id          bigint generated always as identity primary key,
  case_id     bigint not null references case_file (id),
  agreed_on   date not null,
  request_key text unique,
  version     bigint not null
);
create index outcome_agreement_case on outcome_agreement (case_id);

-- actions are numbered within their agreement (from 0), so the process can refer to one by
-- (agreement id, number) even though the aggregate rewrites its actions when saved
create table outcome_action (
  outcome_agreement_id bigint not null references outcome_agreement (id) on delete cascade,
  number               integer not null check (number >= 0),
  description          text not null check (length(trim(description)) > 0),
  owner                text not null,
  due_on               date not null,
  status               text not null check (status in ('OPEN', 'COMPLETED', 'NOT_COMPLETED')),
  harmed_informed_at   timestamptz,
  primary key (outcome_agreement_id, number)
);

create table survey_response (
  id              bigint generated always as identity primary key,
  case_id         bigint not null references case_file (id),
  respondent      text not null check (respondent in ('PARTY', 'REFERRER')),
  party_id        bigint references party (id),
  satisfied       boolean,
  would_recommend boolean,
  felt_prepared   boolean,
  comments        text,
  received_at     timestamptz not null,
  request_key     text unique,
  constraint survey_party_named check ((respondent = 'PARTY') = (party_id is not null))
);
create index survey_response_case on survey_response (case_id);

create table email_record (
  id                bigint generated always as identity primary key,
  case_id           bigint not null references case_file (id),
  recipient_kind    text not null check (recipient_kind in ('PARTY', 'FACILITATOR', 'REFERRER')),
  party_id          bigint references party (id),
  facilitator_id    bigint references facilitator (id),
  recipient_address text not null,
  template          text not null check (template in ('CONTACT_INVITATION', 'CONTACT_REMINDER',
                      'FACILITATOR_ALLOCATION', 'MEETING_INVITATION', 'MEETING_REMINDER', 'ACTION_OUTCOME',
                      'SATISFACTION_SURVEY', 'REFERRER_FEEDBACK_REQUEST', 'CASE_CLOSED')),
  subject           text not null,
  sent_at           timestamptz not null,
  idempotency_key   text not null unique,
  constraint email_recipient_named check (
    (recipient_kind = 'PARTY') = (party_id is not null)
    and (recipient_kind = 'FACILITATOR') = (facilitator_id is not null))
);
create index email_record_case on email_record (case_id);
