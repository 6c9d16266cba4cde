-- A partition whose bound changes: DETACH and ATTACH again with the new bound.
CREATE SCHEMA app;
CREATE TABLE app.events (id bigint NOT NULL, at timestamptz NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE app.events_rest PARTITION OF app.events FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2030-01-01 00:00:00+00');
CREATE INDEX events_at_idx ON app.events (at);
GRANT SELECT ON app.events_2025 TO cmis_readonly;
