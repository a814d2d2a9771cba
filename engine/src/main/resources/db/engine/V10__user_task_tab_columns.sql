-- The tasklist counts its tabs on every page: open tasks of the member of staff's groups, the
-- unassigned ones and their own (state, assignee, candidate groups). With those fields only in
-- the JSON (V8's expression indexes) each count read every matching row from the table, up to
-- the 10,000 cap (thousands of rows a page at a real service's size). As real columns, which
-- PostgreSQL keeps from the JSON on every write (the engine writes nothing new), one B-tree
-- holds all three and a count reads only that index (an index-only scan), not the rows.
alter table user_task
  add column assignee text generated always as (data->>'assignee') stored,
  add column candidate_groups jsonb generated always as (data->'candidateGroups') stored;

-- the tabs: state and assignee are the index's conditions, candidate groups (containment) is
-- checked on the index entry
drop index user_task_state_assignee;
create index user_task_tab on user_task (state, assignee, candidate_groups);

-- a candidate group asked without a state: containment on the column (it was on the JSON)
drop index user_task_candidate_groups;
create index user_task_candidate_groups on user_task using gin (candidate_groups jsonb_path_ops);
