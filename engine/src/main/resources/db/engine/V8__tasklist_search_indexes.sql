-- The tasklist's searches (Searches.USER_TASKS): every page asks for its tab's tasks and counts
-- the other tabs, each by state, assignee and candidate groups, sorted by due date; the case
-- page asks for the instances a journey called (parentProcessInstanceKey) and for the tasks of a
-- case (a process variable). Without these indexes each of those reads every row of its table.

-- a tab's tasks by state and assignee ("mine": equals; "unassigned": is null)
create index user_task_state_assignee on user_task (state, (data->>'assignee'));

-- a tab's first page in the tasklist's default order (due date, then creation, then key), read
-- in index order and stopped after the page
create index user_task_state_due on user_task
  (state, json_time(data->>'dueDate'), json_time(data->>'creationDate'), key);

-- candidate groups and users, asked as containment (ListElementFilter)
create index user_task_candidate_groups on user_task using gin ((data->'candidateGroups') jsonb_path_ops);
create index user_task_candidate_users on user_task using gin ((data->'candidateUsers') jsonb_path_ops);

-- a variable filter (processInstanceVariables, localVariables, process instances' variables):
-- the scope's variable of that name, and the variables holding a value (the tasklist's tasks of
-- one case: caseId = its id); a hash index, since a value may be too long for a B-tree entry
create index variable_scope_name on variable (((data->>'scopeKey')::bigint), (data->>'name'));
create index variable_value on variable using hash ((data->>'value'));

-- the process instances a process instance called (a case's journey)
create index process_instance_parent on element_instance
  ((nullif((data->>'parentProcessInstanceKey')::bigint, -1)))
  where (data->>'flowScopeKey')::bigint = -1;
