CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    budget_cents bigint,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

-- Added without scanning existing rows; validated later by an operator.
ALTER TABLE app.campaigns
    ADD CONSTRAINT campaigns_budget_non_negative CHECK (budget_cents >= 0) NOT VALID;
