-- Default partition: a range-partitioned table gains a DEFAULT partition next to its range partition.
CREATE SCHEMA app;

CREATE TABLE app.events (
    event_id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app.events_2025 PARTITION OF app.events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;
