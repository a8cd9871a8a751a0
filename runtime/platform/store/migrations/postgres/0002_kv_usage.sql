-- KV reads (entries) and writes (mutations and enqueues) of a deployment's
-- Deno.openKv() database, metered with the rest of its usage.
ALTER TABLE usage_hourly ADD COLUMN kv_reads BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_hourly ADD COLUMN kv_writes BIGINT NOT NULL DEFAULT 0;
