CREATE SCHEMA app;

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id)
);

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    budget_cents bigint,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id) NOT ENFORCED,
    CONSTRAINT campaigns_budget_cap CHECK (budget_cents <= 100000000) NOT ENFORCED
);
