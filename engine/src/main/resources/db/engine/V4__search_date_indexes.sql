-- The searches filter and sort by dates kept inside the rows' JSON. A cast from text to
-- timestamptz is only "stable" (a date without an offset depends on the session's time zone), so
-- it cannot be indexed; the engine always writes ISO-8601 dates with an offset, for which the
-- result never depends on the session, so this function may say "immutable". The searches call
-- it (Searches.jsonDate) so that these expression indexes serve their filters and sorts: without
-- them every page of a date-sorted search re-sorts the whole history.
create function json_time(value text) returns timestamptz
  language sql immutable strict parallel safe
  as $$ select value::timestamptz $$;

-- element instances (the flow nodes' start and end), and the process instances among them
create index element_instance_start on element_instance (json_time(data->>'startDate'), key);
create index element_instance_end on element_instance (json_time(data->>'endDate'), key);
create index process_instance_start on element_instance (json_time(data->>'startDate'), key)
  where (data->>'flowScopeKey')::bigint = -1;
create index process_instance_end on element_instance (json_time(data->>'endDate'), key)
  where (data->>'flowScopeKey')::bigint = -1;

create index user_task_creation on user_task (json_time(data->>'creationDate'), key);
create index user_task_completion on user_task (json_time(data->>'completionDate'), key);

create index incident_creation on incident (json_time(data->>'creationTime'), key);

-- an element instance's open incident: asked for every active element by the element statistics
-- (the monitoring diagram's counts) and by element-instance searches
create index incident_active_element_instance on incident (((data->>'elementInstanceKey')::bigint)) where active;
