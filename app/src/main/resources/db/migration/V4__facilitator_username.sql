-- The staff user name a facilitator signs in with, if they sign in at all (most volunteers do
-- not): it is how the app knows which cases a signed-in facilitator is allocated to.
alter table facilitator add column username text unique check (length(trim(username)) > 0);
