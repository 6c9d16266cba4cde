-- Dependency ordering: a table with an index, a FK to another table and a comment moves from
-- schema app to schema archive (via SET SCHEMA or drop + create); its index, FK and comment
-- must follow it.
CREATE SCHEMA app;
CREATE SCHEMA archive;

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id)
);

CREATE TABLE archive.old_events (
    event_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    occurred_at timestamptz NOT NULL,
    CONSTRAINT old_events_pkey PRIMARY KEY (event_id),
    CONSTRAINT old_events_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id)
);

CREATE INDEX old_events_occurred_at_idx ON archive.old_events (occurred_at);

COMMENT ON TABLE archive.old_events IS 'Events older than the retention window.';
