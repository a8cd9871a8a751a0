-- 0004: projects' KV databases (Deno.openKv) kept in the shared database, so a tenant's
-- data follows it to whichever node serves it (no SQLite counterpart: the embedded
-- platform keeps one SQLite file per project in its data folder). x_platform_kv's
-- PostgreSQL backend reads and writes these; the meanings are those of the SQLite
-- backend's tables (runtime/ext/kv/sqlite.rs).

-- Per project: the commit counter (versionstamps), and the quota's key count and bytes.
-- Every commit takes this row's lock first, so a project's commits are serialised (as
-- SQLite's BEGIN IMMEDIATE does) while other projects' commits run alongside.
CREATE TABLE kv_meta (
    project_id  TEXT PRIMARY KEY,
    version     BIGINT NOT NULL DEFAULT 0,
    keys        BIGINT NOT NULL DEFAULT 0,
    bytes       BIGINT NOT NULL DEFAULT 0
);

-- Keys are the order-preserving tuple bytes; bytea compares bytewise, which is the
-- order Deno KV lists in.
CREATE TABLE kv_entries (
    project_id  TEXT NOT NULL,
    k           BYTEA NOT NULL,
    v           BYTEA NOT NULL,
    enc         SMALLINT NOT NULL,
    ver         BIGINT NOT NULL,
    exp         BIGINT,
    PRIMARY KEY (project_id, k)
);
CREATE INDEX kv_entries_exp ON kv_entries (project_id, exp) WHERE exp IS NOT NULL;

-- Queue messages: ready time, lease (locked until), attempts, backoff schedule (comma
-- separated ms; NULL = the default), keysIfUndelivered (length-prefixed keys).
CREATE TABLE kv_queue (
    id          BIGSERIAL PRIMARY KEY,
    project_id  TEXT NOT NULL,
    ready       BIGINT NOT NULL,
    locked      BIGINT NOT NULL DEFAULT 0,
    payload     BYTEA NOT NULL,
    enc         SMALLINT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    backoff     TEXT,
    undelivered BYTEA
);
CREATE INDEX kv_queue_project_ready ON kv_queue (project_id, ready, id);
