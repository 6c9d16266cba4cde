CREATE SCHEMA app;

CREATE TABLE app.tracking_links (
    link_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    utm_source text NOT NULL,
    CONSTRAINT tracking_links_pkey PRIMARY KEY (link_id)
);

CREATE UNIQUE INDEX tracking_links_org_campaign_source_key ON app.tracking_links (org_id, campaign_id, utm_source) NULLS NOT DISTINCT;
