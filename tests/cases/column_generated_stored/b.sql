CREATE SCHEMA app;

CREATE TABLE app.ad_spend_daily (
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    spend_date date NOT NULL,
    spend_cents bigint DEFAULT 0 NOT NULL,
    clicks integer DEFAULT 0 NOT NULL,
    cost_per_click_cents numeric(12,2) GENERATED ALWAYS AS (CASE WHEN clicks > 0 THEN spend_cents::numeric / clicks END) STORED,
    CONSTRAINT ad_spend_daily_pkey PRIMARY KEY (campaign_id, spend_date)
);
