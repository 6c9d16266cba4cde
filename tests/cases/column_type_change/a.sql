CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name varchar(120) NOT NULL,
    budget_cents integer DEFAULT 0 NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);
