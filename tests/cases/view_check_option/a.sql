CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    name text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE VIEW app.active_campaigns AS
    SELECT campaign_id, name, active FROM app.campaigns WHERE active
    WITH LOCAL CHECK OPTION;
