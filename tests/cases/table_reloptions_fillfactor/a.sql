CREATE SCHEMA app;

CREATE TABLE app.campaign_counters (
    campaign_id uuid NOT NULL,
    sends bigint DEFAULT 0 NOT NULL,
    opens bigint DEFAULT 0 NOT NULL,
    clicks bigint DEFAULT 0 NOT NULL,
    CONSTRAINT campaign_counters_pkey PRIMARY KEY (campaign_id)
);
