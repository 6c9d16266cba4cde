-- AI Agent Context
-- Purpose:   Phase 3 connections of a tenant to external platforms: the integration itself (one
--            authorised connection to Meta, Google Ads, TikTok, ...), the per-feature platform
--            connections it enables, its encrypted OAuth tokens, the social and ad accounts
--            discovered through it, outbound webhooks with their delivery log, and sync runs.
--            cmis.integrations(integration_id) is the anchor other domains reference
--            (ad platforms, social publishing, data workflows).
-- Tables:    cmis.integrations, cmis.platform_connections, cmis.oauth_tokens,
--            cmis.social_accounts, cmis.ad_accounts, cmis.webhooks, cmis.webhook_deliveries,
--            cmis.integration_sync_logs
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id),
--            public_reference_tables (public.platforms, public.currencies, public.timezones).
--            FKs live in all_constraints.sql, indexes in all_indexes.sql, sequences in
--            all_sequences.sql, functions in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE cmis.integration_status AS ENUM ('pending', 'active', 'expired', 'error', 'revoked', 'disconnected');
COMMENT ON TYPE cmis.integration_status IS 'Lifecycle of an integration and of the connections that depend on it.';

CREATE TYPE cmis.sync_outcome AS ENUM ('running', 'succeeded', 'partial', 'failed', 'cancelled');
COMMENT ON TYPE cmis.sync_outcome IS 'Result of one integration sync run.';

CREATE DOMAIN cmis.https_url AS text
    CHECK (VALUE ~ '^https://[^[:space:]/]+(/[^[:space:]]*)?$' AND char_length(VALUE) <= 2048);
COMMENT ON DOMAIN cmis.https_url IS 'Absolute https URL of at most 2048 characters (webhook targets, callback and profile URLs).';

CREATE TABLE cmis.integrations (
    integration_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    platform_code text NOT NULL,
    name text NOT NULL,
    status cmis.integration_status DEFAULT 'pending' NOT NULL,
    external_user_id text,
    external_business_id text,
    granted_scopes text[] DEFAULT '{}'::text[] NOT NULL,
    api_version text,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    connected_by uuid,
    connected_at timestamptz,
    disconnected_at timestamptz,
    last_synced_at timestamptz,
    last_error text,
    error_count integer DEFAULT 0 NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT integrations_pkey PRIMARY KEY (integration_id),
    CONSTRAINT integrations_error_count_nonnegative CHECK (error_count >= 0),
    CONSTRAINT integrations_active_is_connected CHECK (status <> 'active' OR connected_at IS NOT NULL),
    CONSTRAINT integrations_settings_is_object CHECK (jsonb_typeof(settings) = 'object')
);
COMMENT ON TABLE cmis.integrations IS 'One authorised connection of an org to an external platform; anchor for accounts, tokens and syncs.';
COMMENT ON COLUMN cmis.integrations.integration_id IS 'Primary key referenced by ad platforms, social publishing and workflows.';
COMMENT ON COLUMN cmis.integrations.external_business_id IS 'Business Manager / MCC / organisation id on the platform side.';

CREATE TABLE cmis.platform_connections (
    connection_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    platform_code text NOT NULL,
    connection_type text NOT NULL,
    status cmis.integration_status DEFAULT 'pending' NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    last_health_check_at timestamptz,
    last_health_ok boolean,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT platform_connections_pkey PRIMARY KEY (connection_id),
    CONSTRAINT platform_connections_type_valid CHECK (connection_type IN ('ads', 'organic', 'messaging', 'analytics', 'catalog', 'leads'))
);
COMMENT ON TABLE cmis.platform_connections IS 'Features enabled through an integration (ads, organic publishing, analytics, ...).';

CREATE TABLE cmis.oauth_tokens (
    token_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    token_type text DEFAULT 'bearer' NOT NULL,
    access_token_encrypted bytea NOT NULL,
    refresh_token_encrypted bytea,
    encryption_key_id text NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    issued_at timestamptz DEFAULT now() NOT NULL,
    expires_at timestamptz,
    refreshed_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT oauth_tokens_pkey PRIMARY KEY (token_id),
    CONSTRAINT oauth_tokens_type_valid CHECK (token_type IN ('bearer', 'system_user', 'page', 'refresh_only')),
    CONSTRAINT oauth_tokens_expiry_after_issue CHECK (expires_at IS NULL OR expires_at > issued_at)
);
COMMENT ON TABLE cmis.oauth_tokens IS 'Encrypted OAuth tokens of an integration; at most one live token per integration and type.';
COMMENT ON COLUMN cmis.oauth_tokens.access_token_encrypted IS 'Ciphertext from the application KMS envelope; never plaintext.';
COMMENT ON COLUMN cmis.oauth_tokens.encryption_key_id IS 'Id of the KMS data key that encrypted the token, for rotation.';

CREATE TABLE cmis.social_accounts (
    social_account_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid,
    platform_code text NOT NULL,
    external_account_id text NOT NULL,
    account_type text DEFAULT 'page' NOT NULL,
    handle public.citext,
    display_name text NOT NULL,
    profile_url cmis.https_url,
    avatar_url cmis.https_url,
    bio text,
    followers_count bigint DEFAULT 0 NOT NULL,
    following_count bigint DEFAULT 0 NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    status cmis.integration_status DEFAULT 'active' NOT NULL,
    profile_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(display_name, '') || ' ' || coalesce(handle::text, '') || ' ' || coalesce(bio, ''))) STORED,
    last_synced_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT social_accounts_pkey PRIMARY KEY (social_account_id),
    CONSTRAINT social_accounts_type_valid CHECK (account_type IN ('page', 'profile', 'business', 'creator', 'channel', 'group')),
    CONSTRAINT social_accounts_counts_nonnegative CHECK (followers_count >= 0 AND following_count >= 0)
);
COMMENT ON TABLE cmis.social_accounts IS 'Organic social identities (pages, profiles, channels) an org publishes to.';
COMMENT ON COLUMN cmis.social_accounts.external_account_id IS 'Id of the account on the platform; unique per org and platform.';

CREATE TABLE cmis.ad_accounts (
    ad_account_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid,
    platform_code text NOT NULL,
    external_account_id text NOT NULL,
    name text NOT NULL,
    currency_code char(3) NOT NULL,
    timezone_name text DEFAULT 'UTC' NOT NULL,
    status cmis.integration_status DEFAULT 'active' NOT NULL,
    account_status_raw text,
    spend_cap numeric(14,2),
    amount_spent numeric(14,2) DEFAULT 0 NOT NULL,
    balance numeric(14,2),
    business_name text,
    is_default boolean DEFAULT false NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    last_synced_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ad_accounts_pkey PRIMARY KEY (ad_account_id),
    CONSTRAINT ad_accounts_spend_cap_positive CHECK (spend_cap IS NULL OR spend_cap > 0),
    CONSTRAINT ad_accounts_amount_spent_nonnegative CHECK (amount_spent >= 0)
);
COMMENT ON TABLE cmis.ad_accounts IS 'Advertising accounts (Meta act_..., Google Ads customer ids, ...) reachable through an integration.';
COMMENT ON COLUMN cmis.ad_accounts.currency_code IS 'Billing currency of the account on the platform; fixed once created.';
COMMENT ON COLUMN cmis.ad_accounts.spend_cap IS 'Lifetime spend cap in the account currency; NULL for none.';

CREATE TABLE cmis.webhooks (
    webhook_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid,
    direction text DEFAULT 'outbound' NOT NULL,
    name text NOT NULL,
    target_url cmis.https_url NOT NULL,
    secret_hash bytea NOT NULL,
    event_types text[] NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    consecutive_failures integer DEFAULT 0 NOT NULL,
    max_failures integer DEFAULT 10 NOT NULL,
    disabled_at timestamptz,
    last_delivery_at timestamptz,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT webhooks_pkey PRIMARY KEY (webhook_id),
    CONSTRAINT webhooks_direction_valid CHECK (direction IN ('inbound', 'outbound')),
    CONSTRAINT webhooks_event_types_not_empty CHECK (cardinality(event_types) > 0),
    CONSTRAINT webhooks_failures_range CHECK (consecutive_failures >= 0 AND max_failures > 0)
);
COMMENT ON TABLE cmis.webhooks IS 'Webhook subscriptions: outbound to customer endpoints, inbound from platforms; auto-disabled after max_failures.';
COMMENT ON COLUMN cmis.webhooks.secret_hash IS 'Hash of the signing secret; the secret itself is shown only once.';

CREATE TABLE cmis.webhook_deliveries (
    delivery_id bigint NOT NULL,
    org_id uuid NOT NULL,
    webhook_id uuid NOT NULL,
    event_type text NOT NULL,
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    payload jsonb NOT NULL,
    attempt smallint DEFAULT 1 NOT NULL,
    response_status smallint,
    response_body text,
    duration_ms integer,
    succeeded boolean GENERATED ALWAYS AS (response_status BETWEEN 200 AND 299) STORED,
    next_retry_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    delivered_at timestamptz,
    CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (delivery_id),
    CONSTRAINT webhook_deliveries_attempt_range CHECK (attempt BETWEEN 1 AND 25),
    CONSTRAINT webhook_deliveries_status_range CHECK (response_status BETWEEN 100 AND 599),
    CONSTRAINT webhook_deliveries_duration_nonnegative CHECK (duration_ms >= 0)
);
COMMENT ON TABLE cmis.webhook_deliveries IS 'Delivery attempts of webhook events, one row per attempt.';
COMMENT ON COLUMN cmis.webhook_deliveries.event_id IS 'Idempotency key sent to the receiver; repeated across retries of one event.';

CREATE TABLE cmis.integration_sync_logs (
    sync_log_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    sync_number bigint NOT NULL,
    sync_type text NOT NULL,
    trigger_source text DEFAULT 'schedule' NOT NULL,
    outcome cmis.sync_outcome DEFAULT 'running' NOT NULL,
    started_at timestamptz DEFAULT now() NOT NULL,
    finished_at timestamptz,
    records_fetched integer DEFAULT 0 NOT NULL,
    records_written integer DEFAULT 0 NOT NULL,
    error_message text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT integration_sync_logs_pkey PRIMARY KEY (sync_log_id),
    CONSTRAINT integration_sync_logs_type_valid CHECK (sync_type IN ('full', 'incremental', 'accounts', 'metrics', 'audiences', 'creatives')),
    CONSTRAINT integration_sync_logs_trigger_valid CHECK (trigger_source IN ('schedule', 'manual', 'webhook', 'backfill')),
    CONSTRAINT integration_sync_logs_finished_after_start CHECK (finished_at IS NULL OR finished_at >= started_at),
    CONSTRAINT integration_sync_logs_running_unfinished CHECK ((outcome = 'running') = (finished_at IS NULL)),
    CONSTRAINT integration_sync_logs_counts_nonnegative CHECK (records_fetched >= 0 AND records_written >= 0)
);
COMMENT ON TABLE cmis.integration_sync_logs IS 'One row per sync run of an integration with counts and outcome.';
COMMENT ON COLUMN cmis.integration_sync_logs.sync_number IS 'Human-readable run number from cmis.integration_sync_number_seq.';

-- Views.
CREATE VIEW cmis.v_integration_overview WITH (security_invoker = true) AS
    SELECT i.integration_id,
           i.org_id,
           i.platform_code,
           i.name,
           i.status,
           i.connected_at,
           i.last_synced_at,
           (SELECT count(*) FROM cmis.ad_accounts a
             WHERE a.integration_id = i.integration_id AND a.deleted_at IS NULL) AS ad_account_count,
           (SELECT count(*) FROM cmis.social_accounts s
             WHERE s.integration_id = i.integration_id AND s.deleted_at IS NULL) AS social_account_count,
           (SELECT max(t.expires_at) FROM cmis.oauth_tokens t
             WHERE t.integration_id = i.integration_id AND t.revoked_at IS NULL) AS token_expires_at,
           l.outcome AS last_sync_outcome,
           l.finished_at AS last_sync_finished_at
      FROM cmis.integrations i
      LEFT JOIN LATERAL (
            SELECT sl.outcome, sl.finished_at
              FROM cmis.integration_sync_logs sl
             WHERE sl.integration_id = i.integration_id
             ORDER BY sl.started_at DESC
             LIMIT 1) l ON true
     WHERE i.deleted_at IS NULL;
COMMENT ON VIEW cmis.v_integration_overview IS 'Integration health at a glance: accounts, token expiry and last sync; security_invoker so RLS applies.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.integrations ENABLE ROW LEVEL SECURITY;
CREATE POLICY integrations_tenant_isolation ON cmis.integrations
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.platform_connections ENABLE ROW LEVEL SECURITY;
CREATE POLICY platform_connections_tenant_isolation ON cmis.platform_connections
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.oauth_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY oauth_tokens_tenant_isolation ON cmis.oauth_tokens
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_accounts_tenant_isolation ON cmis.social_accounts
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_accounts_tenant_isolation ON cmis.ad_accounts
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.webhooks ENABLE ROW LEVEL SECURITY;
CREATE POLICY webhooks_tenant_isolation ON cmis.webhooks
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.webhook_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY webhook_deliveries_tenant_isolation ON cmis.webhook_deliveries
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.integration_sync_logs ENABLE ROW LEVEL SECURITY;
CREATE POLICY integration_sync_logs_tenant_isolation ON cmis.integration_sync_logs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.integrations, cmis.platform_connections,
    cmis.oauth_tokens, cmis.social_accounts, cmis.ad_accounts, cmis.webhooks,
    cmis.webhook_deliveries, cmis.integration_sync_logs TO cmis_app;
GRANT SELECT ON cmis.integrations, cmis.platform_connections, cmis.social_accounts,
    cmis.ad_accounts, cmis.webhooks, cmis.webhook_deliveries, cmis.integration_sync_logs,
    cmis.v_integration_overview TO cmis_readonly;
GRANT SELECT ON cmis.v_integration_overview TO cmis_app;
-- Reporting may see token metadata (expiry, scopes) but never the ciphertext.
GRANT SELECT (token_id, org_id, integration_id, token_type, scopes, issued_at, expires_at, refreshed_at, revoked_at)
    ON cmis.oauth_tokens TO cmis_readonly;
