-- A table that becomes partitioned (and, reverse, stops being): PostgreSQL cannot convert one
-- in place; the table is re-created with its partitions, indexes, grants and the FK to it.
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY);
CREATE TABLE app.audit_events (
    event_id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid NOT NULL REFERENCES app.orgs (org_id),
    happened_at timestamptz NOT NULL DEFAULT now(),
    payload jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (event_id, happened_at)
);
CREATE INDEX audit_events_org_idx ON app.audit_events (org_id, happened_at);
GRANT SELECT ON app.audit_events TO cmis_readonly;
COMMENT ON TABLE app.audit_events IS 'Everything that happened.';
CREATE VIEW app.recent_events AS SELECT event_id, org_id FROM app.audit_events WHERE happened_at > '2025-01-01';
