CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Core multi-tenant marketing objects.';

CREATE FUNCTION app.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $$;

-- enum value added at the end
CREATE TYPE app.campaign_status AS ENUM ('draft', 'active', 'paused', 'completed', 'archived');

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id),
    CONSTRAINT orgs_slug_key UNIQUE (slug),
    CONSTRAINT orgs_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$')
);

-- display_name now required; FK now cascades
CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    email public.citext NOT NULL,
    display_name text NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (user_id),
    CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX users_org_id_email_key ON app.users (org_id, email);

-- budget widened, owner column + FK, partial index
CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    status app.campaign_status DEFAULT 'draft' NOT NULL,
    budget_cents bigint,
    owner_user_id uuid,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id),
    CONSTRAINT campaigns_owner_user_id_fkey FOREIGN KEY (owner_user_id) REFERENCES app.users (user_id) ON DELETE SET NULL
);
CREATE INDEX campaigns_org_id_active_idx ON app.campaigns (org_id) WHERE status = 'active';
COMMENT ON COLUMN app.campaigns.budget_cents IS 'Budget in minor units of the org currency.';

-- policy tightened with WITH CHECK; RLS on users too
ALTER TABLE app.campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaigns_tenant_isolation ON app.campaigns
    USING (org_id = app.current_org_id())
    WITH CHECK (org_id = app.current_org_id());

ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_tenant_isolation ON app.users
    USING (org_id = app.current_org_id());

CREATE VIEW app.campaign_overview WITH (security_invoker = true) AS
    SELECT c.campaign_id, c.org_id, c.name, c.status, u.display_name AS owner_name
    FROM app.campaigns c
    LEFT JOIN app.users u ON u.user_id = c.owner_user_id;

GRANT USAGE ON SCHEMA app TO cmis_app, cmis_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.campaigns TO cmis_app;
GRANT SELECT ON app.campaigns, app.campaign_overview TO cmis_readonly;
