CREATE SCHEMA app;

CREATE TABLE app.ad_spend_daily (
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    spend_date date NOT NULL,
    spend_cents bigint DEFAULT 0 NOT NULL,
    clicks integer DEFAULT 0 NOT NULL,
    CONSTRAINT ad_spend_daily_pkey PRIMARY KEY (campaign_id, spend_date)
);
