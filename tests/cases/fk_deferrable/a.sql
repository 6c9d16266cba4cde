CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE TABLE app.ad_sets (
    ad_set_id uuid DEFAULT uuidv7() NOT NULL,
    campaign_id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT ad_sets_pkey PRIMARY KEY (ad_set_id),
    CONSTRAINT ad_sets_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES app.campaigns (campaign_id) ON DELETE CASCADE
);
