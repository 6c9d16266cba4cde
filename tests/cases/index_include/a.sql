CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    org_id bigint NOT NULL,
    name text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE INDEX campaigns_org_id_idx ON app.campaigns (org_id);
