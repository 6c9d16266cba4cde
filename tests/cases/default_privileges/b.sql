CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    budget_cents bigint DEFAULT 0 NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

GRANT USAGE ON SCHEMA app TO cmis_app, cmis_readonly;

-- Tables and sequences created later in app by the current role get these grants automatically.
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO cmis_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cmis_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE, SELECT ON SEQUENCES TO cmis_app;
