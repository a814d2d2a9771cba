-- The volunteer register: what a service keeps about each facilitator (volunteer or staff) to
-- decide whom to allocate, and what it must check before they work with victims and offenders.

-- A phone number to reach them, and their DBS (Disclosure and Barring Service) certificate: its
-- 12-digit number and its date of issue. A check is renewed before it is three years old.
alter table facilitator add column phone text check (length(trim(phone)) > 0);
alter table facilitator add column dbs_certificate_number text check (dbs_certificate_number ~ '^[0-9]{12}$');
alter table facilitator add column dbs_issued_on date;
alter table facilitator add constraint facilitator_dbs_complete
  check ((dbs_certificate_number is null) = (dbs_issued_on is null));

-- Courses a facilitator completed (for example "Restorative justice: sexual harm"), with the date.
create table facilitator_course (
  facilitator_id bigint not null references facilitator (id) on delete cascade,
  course         text not null check (length(trim(course)) > 0),
  completed_on   date not null,
  primary key (facilitator_id, course, completed_on)
);

-- The dates of each supervision session: services supervise volunteers regularly.
create table facilitator_supervision (
  facilitator_id bigint not null references facilitator (id) on delete cascade,
  supervised_on  date not null,
  primary key (facilitator_id, supervised_on)
);

-- Dates a facilitator is away (holiday, illness): they are not proposed for a case with a meeting
-- on one of those days.
create table facilitator_away (
  facilitator_id bigint not null references facilitator (id) on delete cascade,
  first_day      date not null,
  last_day       date not null,
  primary key (facilitator_id, first_day),
  constraint facilitator_away_in_order check (last_day >= first_day)
);

-- A conflict of interest recorded on a case: this facilitator knows someone in it (or has another
-- reason not to take it) and is never proposed for it.
create table facilitator_conflict (
  case_id        bigint not null references case_file (id),
  facilitator_id bigint not null references facilitator (id),
  recorded_by    text not null,
  recorded_on    date not null,
  primary key (case_id, facilitator_id)
);
create index facilitator_conflict_facilitator on facilitator_conflict (facilitator_id);
