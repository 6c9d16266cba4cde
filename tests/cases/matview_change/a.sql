CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    budget_cents bigint DEFAULT 0 NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE MATERIALIZED VIEW app.org_campaign_stats AS
    SELECT org_id, count(*) AS campaigns
    FROM app.campaigns
    GROUP BY org_id;
