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

CREATE VIEW app.campaign_budgets WITH (security_invoker = true) AS
    SELECT org_id, count(*) AS campaign_count, sum(budget_cents) AS total_budget_cents
    FROM app.campaigns
    GROUP BY org_id;
