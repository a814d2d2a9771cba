-- A contact recorded from the record-contact task says how the party was reached only when the
-- coordinator chose it (the form's question is optional), so a contact row may leave it out.
alter table contact_log alter column method drop not null;
