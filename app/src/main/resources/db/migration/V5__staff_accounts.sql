-- Staff who sign in, their roles, and the one-time token that creates the first manager.
create table staff_account (
  id                bigint generated always as identity primary key,
  username          text not null unique check (username ~ '^[a-z0-9._-]{1,64}$'),
  display_name      text not null check (length(trim(display_name)) between 1 and 200),
  -- Spring Security's {id}hash form: {argon2}... or {bcrypt}...; never {noop}
  password_hash     text not null check (password_hash ~ '^\{(argon2|bcrypt)\}'),
  active            boolean not null default true,
  -- seeded by the development profile: never signs in without it
  development       boolean not null default false,
  failed_sign_ins   integer not null default 0 check (failed_sign_ins >= 0),
  locked_until      timestamp with time zone,
  version           bigint not null
);

create table staff_account_role (
  staff_account_id bigint not null references staff_account (id) on delete cascade,
  role             text not null check (role in ('COORDINATOR', 'FACILITATOR', 'MANAGER', 'MONITOR')),
  primary key (staff_account_id, role)
);

-- At most one pending token (id 1); only its SHA-256 is kept.
create table setup_token (
  id          smallint primary key check (id = 1),
  token_hash  text not null,
  expires_at  timestamp with time zone not null
);
