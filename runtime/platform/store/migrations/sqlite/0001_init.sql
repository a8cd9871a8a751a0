-- 0001: the platform's first schema.
-- Times are integer milliseconds since the Unix epoch (UTC). Ids are text (ULIDs in lower
-- case, so they sort by creation time). The same tables, column names and meanings are the
-- contract for the PostgreSQL implementation (issue 15): keep the two in step.

CREATE TABLE projects (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

-- A deployment row exists only once every blob its manifest names was verified; it is
-- inserted in one transaction together with its blob references (and, when asked, the
-- production pointer), so it is visible whole or not at all.
CREATE TABLE deployments (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    manifest    TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
-- Ids are ULIDs, so id order is creation order: listing pages by id.
CREATE INDEX deployments_by_project ON deployments(project_id, id);

-- Which blobs a deployment uses: what a future blob collector must keep.
CREATE TABLE deployment_blobs (
    deployment_id  TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    hash           TEXT NOT NULL,
    PRIMARY KEY (deployment_id, hash)
);
CREATE INDEX deployment_blobs_by_hash ON deployment_blobs(hash);

-- The production pointer: at most one per project, always naming one of its deployments.
CREATE TABLE production (
    project_id     TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    deployment_id  TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    promoted_at    INTEGER NOT NULL
);

-- API tokens. Only the SHA-256 of the secret is kept; `project` NULL means all projects.
-- The scope is a project name (not an id) so an operator can make a token for a project
-- before it is created.
CREATE TABLE tokens (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    secret_hash   TEXT NOT NULL UNIQUE,
    project       TEXT,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
);

CREATE TABLE env_vars (
    project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (project_id, key)
);

-- Tenant console output and errors. The id is the paging cursor and the SSE event id.
CREATE TABLE logs (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    deployment_id  TEXT NOT NULL,
    ts             INTEGER NOT NULL,
    level          TEXT NOT NULL,
    message        TEXT NOT NULL
);
CREATE INDEX logs_by_project ON logs(project_id, id);
CREATE INDEX logs_by_deployment ON logs(deployment_id, id);

-- Metering, one row per project, deployment and hour (hour = start of the hour, in ms).
-- No foreign keys: usage is billing history and outlives deleted projects and deployments.
CREATE TABLE usage_hourly (
    project_id       TEXT NOT NULL,
    deployment_id    TEXT NOT NULL,
    hour             INTEGER NOT NULL,
    cpu_us           INTEGER NOT NULL DEFAULT 0,
    requests         INTEGER NOT NULL DEFAULT 0,
    response_bytes   INTEGER NOT NULL DEFAULT 0,
    peak_heap_bytes  INTEGER NOT NULL DEFAULT 0,
    cold_starts      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, deployment_id, hour)
);
CREATE INDEX usage_by_project_hour ON usage_hourly(project_id, hour);
