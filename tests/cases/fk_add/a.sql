CREATE SCHEMA app;

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id)
);

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);
