CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    starts_on date,
    ends_on date,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_dates_ordered CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
