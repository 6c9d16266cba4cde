CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE TABLE app.email_events (
    event_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    event_type text NOT NULL,
    occurred_at timestamptz NOT NULL,
    CONSTRAINT email_events_pkey PRIMARY KEY (event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app.email_events_2025_01 PARTITION OF app.email_events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE app.email_events_2025_02 PARTITION OF app.email_events
    FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE app.email_events_default PARTITION OF app.email_events DEFAULT;
