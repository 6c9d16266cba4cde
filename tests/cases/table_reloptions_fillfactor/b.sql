CREATE SCHEMA app;

-- Hot counters: leave room on each page for HOT updates.
CREATE TABLE app.campaign_counters (
    campaign_id uuid NOT NULL,
    sends bigint DEFAULT 0 NOT NULL,
    opens bigint DEFAULT 0 NOT NULL,
    clicks bigint DEFAULT 0 NOT NULL,
    CONSTRAINT campaign_counters_pkey PRIMARY KEY (campaign_id)
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
