CREATE SCHEMA app;

CREATE TYPE app.campaign_status AS ENUM ('draft', 'active', 'paused', 'completed');

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    status app.campaign_status DEFAULT 'draft' NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);
