CREATE SCHEMA app;

CREATE TABLE app.email_events (
    event_id uuid NOT NULL,
    org_id uuid NOT NULL,
    event_type text NOT NULL,
    occurred_at timestamptz NOT NULL
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app.email_events_2025_01 PARTITION OF app.email_events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');

-- Staged next month as a plain table; not yet part of email_events.
CREATE TABLE app.email_events_2025_02 (
    event_id uuid NOT NULL,
    org_id uuid NOT NULL,
    event_type text NOT NULL,
    occurred_at timestamptz NOT NULL
);
