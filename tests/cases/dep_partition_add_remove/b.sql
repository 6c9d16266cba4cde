-- Dependency ordering: on a range-partitioned table with an index on the parent, partition
-- p2026 is removed and p2027 added; the new partition must be created after the parent and
-- get the parent's index (and primary key) partitions, the old one dropped with its own.
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

CREATE TABLE app.events_p2027 PARTITION OF app.events
    FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
