-- A publish retried with the same Idempotency-Key returns the release it made instead of publishing again.
alter table list_release add column idempotency_key text;
create unique index list_release_idempotency on list_release (list_id, idempotency_key);
