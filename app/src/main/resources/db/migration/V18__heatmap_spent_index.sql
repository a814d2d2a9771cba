-- The heatmap's unfiltered times took percentiles over every completed element instance of a
-- process: two sorts of the whole history per page (1.35 s at 10,000 cases). The time each one
-- spent, as those percentiles order it, is kept beside its dates and indexed in that order per
-- element, so a percentile is read at its position in the index (CompletedPercentiles) and gives
-- the very value percentile_cont gives.
alter table report_element_instance
  add column spent_seconds double precision generated always as (extract(epoch from ended_at - started_at)) stored;
create index report_element_instance_spent on report_element_instance (process_id, element_id, spent_seconds)
  where state = 'COMPLETED' and element_type <> 'MULTI_INSTANCE_BODY';

-- How many instances completed each element of a process (multi-instance bodies left out), and
-- how many of them have a time: kept by the database as rows are written, changed and deleted
-- (the import, the retention, a test's fixture alike), so that the unfiltered heatmap finds the
-- percentiles' positions without counting the history on every page.
create table report_element_completed (
  process_id text not null,
  element_id text not null,
  completed bigint not null,
  timed bigint not null,
  primary key (process_id, element_id)
);

create function report_element_completed_track() returns trigger
  language plpgsql set search_path from current
  as $$
  begin
    if TG_OP = 'UPDATE' and old.process_id = new.process_id and old.element_id = new.element_id
        and old.state = new.state and old.element_type = new.element_type
        and (old.spent_seconds is null) = (new.spent_seconds is null) then
      return null;
    end if;
    if TG_OP <> 'INSERT' and old.state = 'COMPLETED' and old.element_type <> 'MULTI_INSTANCE_BODY' then
      update report_element_completed
        set completed = completed - 1, timed = timed - (old.spent_seconds is not null)::int
        where process_id = old.process_id and element_id = old.element_id;
    end if;
    if TG_OP <> 'DELETE' and new.state = 'COMPLETED' and new.element_type <> 'MULTI_INSTANCE_BODY' then
      insert into report_element_completed as c
        values (new.process_id, new.element_id, 1, (new.spent_seconds is not null)::int)
        on conflict (process_id, element_id)
        do update set completed = c.completed + 1, timed = c.timed + excluded.timed;
    end if;
    return null;
  end
  $$;

create function report_element_completed_clear() returns trigger
  language plpgsql set search_path from current
  as $$
  begin
    truncate report_element_completed;
    return null;
  end
  $$;

create trigger report_element_completed_write after insert or update or delete on report_element_instance
  for each row execute function report_element_completed_track();
create trigger report_element_completed_truncate after truncate on report_element_instance
  for each statement execute function report_element_completed_clear();

insert into report_element_completed
select process_id, element_id, count(*), count(spent_seconds) from report_element_instance
where state = 'COMPLETED' and element_type <> 'MULTI_INSTANCE_BODY'
group by 1, 2;
