-- The parties who stay are told by email when someone withdraws.
alter table email_record drop constraint email_record_template_check;
alter table email_record add constraint email_record_template_check check (template in (
  'CONTACT_INVITATION', 'CONTACT_REMINDER', 'FACILITATOR_ALLOCATION', 'MEETING_INVITATION',
  'MEETING_REMINDER', 'ACTION_OUTCOME', 'SATISFACTION_SURVEY', 'REFERRER_FEEDBACK_REQUEST',
  'CASE_CLOSED', 'PARTY_WITHDRAWN'));
