CREATE SCHEMA app;

CREATE TABLE app.events (
    event_id bigint NOT NULL,
    occurred_on date NOT NULL,
    payload text,
    CONSTRAINT events_pkey PRIMARY KEY (event_id, occurred_on)
) PARTITION BY RANGE (occurred_on);

CREATE INDEX events_occurred_on_idx ON app.events (occurred_on);

CREATE TABLE app.events_p2025 PARTITION OF app.events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE app.events_p2026 PARTITION OF app.events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
