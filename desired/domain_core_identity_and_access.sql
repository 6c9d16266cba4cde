-- AI Agent Context
-- Purpose:   Multi-tenant identity and RBAC: organisations (tenants), users, their memberships,
--            roles, permissions, sessions and API keys. Every tenant table elsewhere points to
--            cmis.orgs(org_id) and is filtered by cmis.current_org_id() under row-level security.
-- Tables:    cmis.orgs, cmis.users, cmis.user_orgs, cmis.roles, cmis.permissions,
--            cmis.role_permissions, cmis.user_permissions, cmis.user_sessions, cmis.api_keys,
--            cmis.org_invitations
-- Depends:   extensions_and_schemas (citext, schema cmis), roles.sql (cmis_app, cmis_readonly).
--            FKs live in all_constraints.sql, indexes in all_indexes.sql, triggers in
--            all_triggers.sql.

-- The tenant of the current session, set by the application with
-- SET app.current_org_id = '<uuid>'; NULL (no rows visible) when unset.
CREATE FUNCTION cmis.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $$;
COMMENT ON FUNCTION cmis.current_org_id() IS 'Tenant of the current session (app.current_org_id), used by every RLS policy.';

CREATE TYPE cmis.membership_status AS ENUM ('invited', 'active', 'suspended', 'removed');

CREATE DOMAIN cmis.email_address AS citext
    CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$');
COMMENT ON DOMAIN cmis.email_address IS 'Case-insensitive e-mail address with a minimal shape check.';

CREATE TABLE cmis.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    default_locale text DEFAULT 'en' NOT NULL,
    currency char(3) DEFAULT 'USD' NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id),
    CONSTRAINT orgs_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$')
);
COMMENT ON TABLE cmis.orgs IS 'Tenants. Every tenant-scoped row carries org_id referencing this table.';
COMMENT ON COLUMN cmis.orgs.slug IS 'URL-safe unique name of the organisation.';

CREATE TABLE cmis.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    email cmis.email_address NOT NULL,
    display_name text NOT NULL,
    password_hash text,
    is_superadmin boolean DEFAULT false NOT NULL,
    last_login_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(display_name, '') || ' ' || coalesce(email::text, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);
COMMENT ON TABLE cmis.users IS 'People who sign in; membership in orgs is in cmis.user_orgs.';
COMMENT ON COLUMN cmis.users.password_hash IS 'Argon2id hash; NULL for SSO-only users.';

CREATE TABLE cmis.roles (
    role_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid,
    role_name text NOT NULL,
    description text,
    is_system boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT roles_pkey PRIMARY KEY (role_id),
    CONSTRAINT roles_system_has_no_org CHECK (NOT is_system OR org_id IS NULL)
);
COMMENT ON TABLE cmis.roles IS 'RBAC roles; system roles (org_id NULL) are shared by all tenants.';

CREATE TABLE cmis.permissions (
    permission_id uuid DEFAULT gen_random_uuid() NOT NULL,
    permission_code text NOT NULL,
    description text,
    category text DEFAULT 'general' NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT permissions_pkey PRIMARY KEY (permission_id),
    CONSTRAINT permissions_code_format CHECK (permission_code ~ '^[a-z_]+(\.[a-z_]+)+$')
);
COMMENT ON TABLE cmis.permissions IS 'Catalogue of permission codes such as campaigns.publish.';

CREATE TABLE cmis.user_orgs (
    user_org_id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    org_id uuid NOT NULL,
    role_id uuid,
    status cmis.membership_status DEFAULT 'active' NOT NULL,
    joined_at timestamptz DEFAULT now() NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT user_orgs_pkey PRIMARY KEY (user_org_id)
);
COMMENT ON TABLE cmis.user_orgs IS 'Membership of a user in an org, with the role held there.';

CREATE TABLE cmis.role_permissions (
    role_id uuid NOT NULL,
    permission_id uuid NOT NULL,
    org_id uuid,
    granted_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT role_permissions_pkey PRIMARY KEY (role_id, permission_id)
);

CREATE TABLE cmis.user_permissions (
    user_permission_id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    org_id uuid NOT NULL,
    permission_id uuid NOT NULL,
    is_granted boolean DEFAULT true NOT NULL,
    expires_at timestamptz,
    granted_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT user_permissions_pkey PRIMARY KEY (user_permission_id)
);
COMMENT ON TABLE cmis.user_permissions IS 'Per-user overrides of role permissions, optionally expiring.';

CREATE TABLE cmis.user_sessions (
    session_id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    org_id uuid,
    ip_address inet,
    user_agent text,
    started_at timestamptz DEFAULT now() NOT NULL,
    last_seen_at timestamptz DEFAULT now() NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    CONSTRAINT user_sessions_pkey PRIMARY KEY (session_id),
    CONSTRAINT user_sessions_expiry_after_start CHECK (expires_at > started_at)
);

CREATE TABLE cmis.api_keys (
    api_key_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    key_prefix char(8) NOT NULL,
    key_hash bytea NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    created_by uuid,
    last_used_at timestamptz,
    expires_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT api_keys_pkey PRIMARY KEY (api_key_id)
);
COMMENT ON TABLE cmis.api_keys IS 'Hashed API keys for machine access; only the prefix is shown to users.';

CREATE TABLE cmis.org_invitations (
    invitation_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    email cmis.email_address NOT NULL,
    role_id uuid,
    invited_by uuid,
    token_hash bytea NOT NULL,
    status cmis.membership_status DEFAULT 'invited' NOT NULL,
    expires_at timestamptz DEFAULT (now() + interval '7 days') NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT org_invitations_pkey PRIMARY KEY (invitation_id)
);

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.orgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY orgs_tenant_isolation ON cmis.orgs
    USING (org_id = cmis.current_org_id());
ALTER TABLE cmis.user_orgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_orgs_tenant_isolation ON cmis.user_orgs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY roles_tenant_isolation ON cmis.roles
    USING (org_id IS NULL OR org_id = cmis.current_org_id());
ALTER TABLE cmis.role_permissions ENABLE ROW LEVEL SECURITY;
CREATE POLICY role_permissions_tenant_isolation ON cmis.role_permissions
    USING (org_id IS NULL OR org_id = cmis.current_org_id());
ALTER TABLE cmis.user_permissions ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_permissions_tenant_isolation ON cmis.user_permissions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.user_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_sessions_tenant_isolation ON cmis.user_sessions
    USING (org_id IS NULL OR org_id = cmis.current_org_id());
ALTER TABLE cmis.api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY api_keys_tenant_isolation ON cmis.api_keys
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.org_invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY org_invitations_tenant_isolation ON cmis.org_invitations
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
CREATE POLICY org_invitations_readonly ON cmis.org_invitations AS RESTRICTIVE FOR SELECT TO cmis_readonly
    USING (status <> 'removed');

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA cmis TO cmis_app;
GRANT SELECT ON ALL TABLES IN SCHEMA cmis TO cmis_readonly;
REVOKE SELECT ON cmis.api_keys, cmis.user_sessions FROM cmis_readonly;
GRANT EXECUTE ON FUNCTION cmis.current_org_id() TO cmis_app, cmis_readonly;
