-- A survey asks one question per page: the answers given so far are kept here, against the link
-- (never in process variables), until the check-your-answers page sends them to survey_response;
-- sending clears them. A link that is never sent keeps its draft until it is anonymised or its
-- case is deleted.
alter table survey_invitation
  add column draft_satisfaction smallint check (draft_satisfaction between 1 and 5),
  add column draft_recommend boolean,
  add column draft_prepared boolean,
  add column draft_well_run boolean,
  add column draft_comments text;
