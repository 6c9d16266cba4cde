CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name varchar(80) NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

-- The view depends on campaigns.name, so the type change needs the view rebuilt.
CREATE VIEW app.campaign_names AS
    SELECT campaign_id, org_id, name FROM app.campaigns;
