-- The areas a service covers and the referral sources it takes are the service's own data,
-- managed by a manager: a code that never changes once cases use it, a name that may, and a
-- retirement date after which the choice is no longer offered (old cases and reports keep it).
create table area (
  code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{0,49}$'),
  name       text not null check (length(trim(name)) between 1 and 100),
  position   integer not null,
  retired_at timestamptz
);
create unique index area_name on area (lower(name));

create table referral_source (
  code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{0,49}$'),
  name       text not null check (length(trim(name)) between 1 and 100),
  position   integer not null,
  retired_at timestamptz
);
create unique index referral_source_name on referral_source (lower(name));

-- the values the app had as enumerations, so that existing cases keep theirs
insert into area (code, name, position) values
  ('COLCHESTER', 'Colchester', 1), ('SOUTHEND', 'Southend', 2), ('THURROCK', 'Thurrock', 3),
  ('HARLOW', 'Harlow', 4), ('BASILDON', 'Basildon', 5), ('CHELMSFORD', 'Chelmsford', 6),
  ('TENDRING', 'Tendring', 7), ('BRENTWOOD', 'Brentwood', 8), ('OTHER', 'Other', 9);

insert into referral_source (code, name, position) values
  ('POLICE', 'Police', 1), ('YOUTH_OFFENDING_TEAM', 'Youth offending team', 2),
  ('COUNCIL', 'Council', 3), ('FIRE_AND_RESCUE', 'Fire and rescue', 4), ('PRISON', 'Prison', 5),
  ('PROBATION', 'Probation', 6), ('SCHOOL', 'School', 7), ('GP_SURGERY', 'GP surgery', 8),
  -- SELF is what the public self-referral records: it is always there
  ('SELF', 'Self-referral', 9);

alter table case_file drop constraint case_file_area_check;
alter table case_file add constraint case_file_area_known foreign key (area) references area (code);
alter table facilitator_area drop constraint facilitator_area_area_check;
alter table facilitator_area add constraint facilitator_area_known foreign key (area) references area (code);
alter table referral drop constraint referral_source_check;
alter table referral add constraint referral_source_known foreign key (source) references referral_source (code);

-- the case list pages newest first; it, the tasklist's filters and monitoring narrow cases by
-- area, stage and source
create index case_file_newest on case_file (created_at desc, id desc);
create index case_file_area on case_file (area);
create index case_file_stage on case_file (stage);
create index referral_source_code on referral (source);
-- the tasklist finds a case by its reference typed in any case
create index case_file_reference_upper on case_file (upper(reference));
