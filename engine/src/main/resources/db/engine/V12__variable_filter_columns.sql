-- A variable filter (the tasklist's tasks of the cases of one area: caseId among some 2,200 ids)
-- read every row of `variable` and extracted its scope, name and value from the JSON (40-95 ms
-- for 40,000 variables at 20,000 cases): V8's hash index on the value is not used for a list of
-- values (2,200 probes cost more than the scan), and its index of scope and name serves one scope
-- at a time only. As real columns, which PostgreSQL keeps from the JSON on every write (the engine
-- writes nothing new, as V10 for user tasks), one B-tree of name and value answers the list as an
-- index-only scan (7-10 ms).
alter table variable
  add column scope_key bigint generated always as ((data->>'scopeKey')::bigint) stored,
  add column name text generated always as (data->>'name') stored,
  add column value text generated always as (data->>'value') stored;

-- the scope's variable of a name (a filter joined to its scope one row at a time, a task's page):
-- V8's index, on the columns
drop index variable_scope_name;
create index variable_scope_name on variable (scope_key, name);

-- the scopes whose variable of a name holds one of some values. A B-tree entry holds at most
-- about 2.7 kB, and a value may be longer: the index holds the variables whose name and value
-- fit, and a filter that asks equality with values that fit says so (Searches.variables), which
-- lets PostgreSQL use it. It replaces V8's hash index of values, which no filter used.
drop index variable_value;
create index variable_name_value on variable (name, value) include (scope_key)
  where octet_length(name) + octet_length(value) <= 2000;
