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
-- checked on the index entry. A B-tree entry holds at most about 2.7 kB after compression (as
-- with V8's assignee index): a task with 60 candidate groups of 32 random characters fits, one
-- with 120 would be refused
drop index user_task_state_assignee;
create index user_task_tab on user_task (state, assignee, candidate_groups);

-- a candidate group asked without a state: containment on the column (it was on the JSON)
drop index user_task_candidate_groups;
create index user_task_candidate_groups on user_task using gin (candidate_groups jsonb_path_ops);

-- a tab's first page newest first and highest priority first (the tasklist's other orders that
-- staff pick; the default, by due date, is V8's): read in index order and stopped after the page,
-- instead of sorting every open task; the order is the search's ("desc nulls last", then the key
-- or the creation date)
create index user_task_state_newest on user_task
  (state, json_time(data->>'creationDate') desc nulls last, key);
create index user_task_state_priority on user_task
  (state, ((data->>'priority')::int) desc nulls last, json_time(data->>'creationDate'), key);
