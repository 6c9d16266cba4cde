CREATE SCHEMA app;
CREATE TABLE app.audit_events (
    event_id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid NOT NULL,
    happened_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (happened_at);
-- the rest as pg_dump writes it: partitions as tables of their own, then attached
CREATE TABLE app.audit_events_2025 (
    event_id bigint CONSTRAINT audit_events_event_id_not_null NOT NULL,
    org_id uuid CONSTRAINT audit_events_org_id_not_null NOT NULL,
    happened_at timestamptz CONSTRAINT audit_events_happened_at_not_null NOT NULL DEFAULT now()
);
CREATE TABLE app.audit_events_2026 (
    event_id bigint CONSTRAINT audit_events_event_id_not_null NOT NULL,
    org_id uuid CONSTRAINT audit_events_org_id_not_null NOT NULL,
    happened_at timestamptz CONSTRAINT audit_events_happened_at_not_null NOT NULL DEFAULT now()
);
ALTER TABLE ONLY app.audit_events ATTACH PARTITION app.audit_events_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
ALTER TABLE ONLY app.audit_events ATTACH PARTITION app.audit_events_2026 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE INDEX audit_events_org_idx ON ONLY app.audit_events USING btree (org_id, happened_at);
CREATE INDEX audit_events_2025_org_id_happened_at_idx ON app.audit_events_2025 USING btree (org_id, happened_at);
CREATE INDEX audit_events_2026_org_id_happened_at_idx ON app.audit_events_2026 USING btree (org_id, happened_at);
ALTER INDEX app.audit_events_org_idx ATTACH PARTITION app.audit_events_2025_org_id_happened_at_idx;
ALTER INDEX app.audit_events_org_idx ATTACH PARTITION app.audit_events_2026_org_id_happened_at_idx;
ALTER TABLE ONLY app.audit_events ADD CONSTRAINT audit_events_pkey PRIMARY KEY (event_id, happened_at);
ALTER TABLE ONLY app.audit_events_2025 ADD CONSTRAINT audit_events_2025_pkey PRIMARY KEY (event_id, happened_at);
ALTER TABLE ONLY app.audit_events_2026 ADD CONSTRAINT audit_events_2026_pkey PRIMARY KEY (event_id, happened_at);
ALTER INDEX app.audit_events_pkey ATTACH PARTITION app.audit_events_2025_pkey;
ALTER INDEX app.audit_events_pkey ATTACH PARTITION app.audit_events_2026_pkey;
GRANT SELECT ON app.audit_events TO cmis_readonly;
