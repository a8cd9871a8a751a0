-- 0003: what several nodes sharing this database need (no SQLite counterpart: the
-- embedded store has one node by construction).

-- One row: a counter bumped in the same transaction as every change a node caches
-- (deployments, promotes, project deletion, env, tokens), so a node that sees a new value
-- drops its caches. Each bump also sends NOTIFY x_platform_changes for promptness.
CREATE TABLE change_generation (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  BIGINT NOT NULL
);
INSERT INTO change_generation (id, generation) VALUES (1, 1);

-- Membership: each node upserts its row every heartbeat; a node is live while its
-- heartbeat (the database's clock, so nodes' clocks need not agree) is recent.
CREATE TABLE nodes (
    node_id       TEXT PRIMARY KEY,
    addr          TEXT NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A secret the nodes share (made once, here), carried by forwarded requests so that a
-- node trusts the forwarding headers only from another node.
CREATE TABLE cluster (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    secret  TEXT NOT NULL
);
-- gen_random_uuid() draws from the server's strong random source: 2 x 122 random bits.
INSERT INTO cluster (id, secret)
    VALUES (1, replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));

-- Blobs kept in the database when the nodes share no folder: the bytes in chunks of at
-- most 1 MiB (bytea values stay small enough to stream and to TOAST well), and a row in
-- `blobs` written last, in the same transaction, so a blob is listed only when whole.
CREATE TABLE blobs (
    hash        TEXT PRIMARY KEY,
    size        BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE TABLE blob_chunks (
    hash   TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    data   BYTEA NOT NULL,
    PRIMARY KEY (hash, seq)
);
