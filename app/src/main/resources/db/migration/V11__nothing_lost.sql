-- Intake never loses a referral (transactional outbox): a case and the record that its journey is
-- still to start commit in one transaction; a poller starts the journey, retrying with back-off
-- while the engine cannot be reached, and deletes the record once the case holds its process.
create table journey_start (
  case_id         bigint primary key references case_file (id),
  requested_at    timestamptz not null,
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null,
  -- the kind of the last failure (an exception class or a status code), never a message
  last_failure    text
);
create index journey_start_due on journey_start (next_attempt_at);

-- Partner API idempotency: a partner that retries a POST with the same Idempotency-Key gets the
-- first answer again instead of a second case. Only a digest of the body is kept, and keys are
-- forgotten after a day (as payment APIs do), so nothing here outlives the retry window.
create table partner_request (
  agency          text not null,
  idempotency_key text not null check (length(idempotency_key) between 1 and 255),
  body_sha256     text not null,
  case_id         bigint not null references case_file (id),
  received_at     timestamptz not null,
  primary key (agency, idempotency_key)
);
create index partner_request_received on partner_request (received_at);

-- Emails at most once: the record is committed as SENDING before the message goes to the mail
-- server and marked SENT after; a retry that finds SENT or UNCERTAIN sends nothing. UNCERTAIN is
-- a sending cut short after the message was handed over (the server may have delivered it).
alter table email_record add column delivery text not null default 'SENT'
  check (delivery in ('SENDING', 'SENT', 'UNCERTAIN'));
