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

CREATE VIEW app.active_campaigns AS
    SELECT campaign_id, org_id, name, budget_cents
    FROM app.campaigns
    WHERE status IN ('active', 'scheduled') AND deleted_at IS NULL;
