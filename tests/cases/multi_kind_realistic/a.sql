CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE SCHEMA app;

CREATE FUNCTION app.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $$;

CREATE TYPE app.campaign_status AS ENUM ('draft', 'active', 'paused', 'completed');

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id),
    CONSTRAINT orgs_slug_key UNIQUE (slug)
);

CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    email public.citext NOT NULL,
    display_name text,
    CONSTRAINT users_pkey PRIMARY KEY (user_id),
    CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id)
);

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    status app.campaign_status DEFAULT 'draft' NOT NULL,
    budget_cents integer,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id)
);

ALTER TABLE app.campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaigns_tenant_isolation ON app.campaigns
    USING (org_id = app.current_org_id());

GRANT USAGE ON SCHEMA app TO cmis_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.campaigns TO cmis_app;
