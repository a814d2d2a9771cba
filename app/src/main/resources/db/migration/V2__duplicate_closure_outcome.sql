-- A referral about people who already have an open case closes as a duplicate of it.
alter table case_file drop constraint case_file_closure_outcome_check;
alter table case_file add constraint case_file_closure_outcome_check check (closure_outcome in (
  'COMPLETED_DIRECT', 'COMPLETED_INDIRECT', 'DECLINED_BY_HARMED', 'DECLINED_BY_HARMER',
  'NOT_SUITABLE', 'WITHDRAWN', 'NO_CONTACT', 'REFERRED_ON', 'DUPLICATE'));
