-- 0001: the platform's first schema, for PostgreSQL. The same tables, columns and meanings
-- as migrations/sqlite/0001_init.sql (the contract both stores keep); only the types are
-- PostgreSQL's: times are BIGINT milliseconds since the Unix epoch, ids TEXT (lower-case
-- ULIDs), the log cursor an identity column.

CREATE TABLE projects (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);

CREATE TABLE deployments (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    manifest    TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX deployments_by_project ON deployments(project_id, id);

CREATE TABLE deployment_blobs (
    deployment_id  TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    hash           TEXT NOT NULL,
    PRIMARY KEY (deployment_id, hash)
);
CREATE INDEX deployment_blobs_by_hash ON deployment_blobs(hash);

CREATE TABLE production (
    project_id     TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    deployment_id  TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    promoted_at    BIGINT NOT NULL
);

CREATE TABLE tokens (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    secret_hash   TEXT NOT NULL UNIQUE,
    project       TEXT,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT
);

CREATE TABLE env_vars (
    project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (project_id, key)
);

CREATE TABLE logs (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id     TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    deployment_id  TEXT NOT NULL,
    ts             BIGINT NOT NULL,
    level          TEXT NOT NULL,
    message        TEXT NOT NULL
);
CREATE INDEX logs_by_project ON logs(project_id, id);
CREATE INDEX logs_by_deployment ON logs(deployment_id, id);

CREATE TABLE usage_hourly (
    project_id       TEXT NOT NULL,
    deployment_id    TEXT NOT NULL,
    hour             BIGINT NOT NULL,
    cpu_us           BIGINT NOT NULL DEFAULT 0,
    requests         BIGINT NOT NULL DEFAULT 0,
    response_bytes   BIGINT NOT NULL DEFAULT 0,
    peak_heap_bytes  BIGINT NOT NULL DEFAULT 0,
    cold_starts      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, deployment_id, hour)
);
CREATE INDEX usage_by_project_hour ON usage_hourly(project_id, hour);
