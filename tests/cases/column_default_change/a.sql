CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);
