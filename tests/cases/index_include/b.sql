-- Covering index: the same-named btree index gains INCLUDE (name, created_at).
CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    org_id bigint NOT NULL,
    name text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE INDEX campaigns_org_id_idx ON app.campaigns (org_id) INCLUDE (name, created_at);
