-- cmis-diff plan 1
-- live: user=postgres dbname=cmis host=/root/.local/share/cmis-diff/pg18 port=5432
-- live-fingerprint: sha256:4c520f434f1a8413e64e3c171db6da54c4be873a54f117e673167302d23a2655
-- desired-hash: sha256:3257a7ec2f8fed1e0a465dd6baa5a0c944eca1ad35c3934e8af97128107a5c99
-- tool: cmis-diff 0.1.0, scratch server 18.6
-- hazards: data-loss 0, table-rewrite 0, full-scan 275, long-lock 0, security 0, non-transactional 0
-- changes: 823 create, 1106 alter, 0 drop

-- [create] schema archive
create schema if not exists "archive";

-- [create] schema cmis
create schema if not exists "cmis";

-- [create] schema cmis_ai_analytics
create schema if not exists "cmis_ai_analytics";

-- [create] schema cmis_analytics
create schema if not exists "cmis_analytics";

-- [create] schema cmis_audit
create schema if not exists "cmis_audit";

-- [create] schema cmis_dev
create schema if not exists "cmis_dev";

-- [create] schema cmis_knowledge
create schema if not exists "cmis_knowledge";

-- [create] schema cmis_marketing
create schema if not exists "cmis_marketing";

-- [create] schema cmis_ops
create schema if not exists "cmis_ops";

-- [create] schema cmis_security_backup_20251111_202413
create schema if not exists "cmis_security_backup_20251111_202413";

-- [create] schema cmis_staging
create schema if not exists "cmis_staging";

-- [create] schema cmis_system_health
create schema if not exists "cmis_system_health";

-- [create] schema lab
create schema if not exists "lab";

-- [create] schema operations
create schema if not exists "operations";

-- [create] extension btree_gin
create extension if not exists "btree_gin" with schema "public" version '1.3';

-- [create] extension btree_gist
create extension if not exists "btree_gist" with schema "public" version '1.8';

-- [create] extension citext
create extension if not exists "citext" with schema "public" version '1.8';

-- [create] extension ltree
create extension if not exists "ltree" with schema "public" version '1.3';

-- [create] extension pg_stat_statements
create extension if not exists "pg_stat_statements" with schema "public" version '1.12';

-- [create] extension pg_trgm
create extension if not exists "pg_trgm" with schema "public" version '1.6';

-- [create] extension unaccent
create extension if not exists "unaccent" with schema "public" version '1.1';

-- [create] extension vector
create extension if not exists "vector" with schema "public" version '0.8.6';

-- [create] type cmis.ad_entity_status
create type "cmis"."ad_entity_status" as enum ('draft', 'pending_review', 'active', 'paused', 'archived', 'deleted', 'error');

-- [create] type cmis.ad_platform_kind
create type "cmis"."ad_platform_kind" as enum ('meta', 'google', 'tiktok', 'snapchat', 'linkedin', 'x', 'pinterest');

-- [create] type cmis.campaign_status
create type "cmis"."campaign_status" as enum ('draft', 'planned', 'scheduled', 'active', 'paused', 'completed', 'cancelled', 'archived');

-- [create] type cmis.experiment_status
create type "cmis"."experiment_status" as enum ('draft', 'running', 'paused', 'completed', 'cancelled');

-- [create] type cmis.field_data_type
create type "cmis"."field_data_type" as enum ('text', 'long_text', 'number', 'currency', 'boolean', 'date', 'datetime', 'select', 'multi_select', 'url', 'email', 'json');

-- [create] type cmis.integration_status
create type "cmis"."integration_status" as enum ('pending', 'active', 'expired', 'error', 'revoked', 'disconnected');

-- [create] type cmis.membership_status
create type "cmis"."membership_status" as enum ('invited', 'active', 'suspended', 'removed');

-- [create] type cmis.notification_channel
create type "cmis"."notification_channel" as enum ('in_app', 'email', 'push', 'slack', 'webhook');

-- [create] type cmis.social_post_status
create type "cmis"."social_post_status" as enum ('draft', 'pending_approval', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'cancelled');

-- [create] type cmis.sync_outcome
create type "cmis"."sync_outcome" as enum ('running', 'succeeded', 'partial', 'failed', 'cancelled');

-- [create] type cmis.team_member_role
create type "cmis"."team_member_role" as enum ('owner', 'lead', 'member', 'viewer');

-- [create] type cmis_marketing.offering_kind
create type "cmis_marketing"."offering_kind" as enum ('product', 'service', 'subscription', 'add_on');

-- [create] type cmis_ops.run_status
create type "cmis_ops"."run_status" as enum ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'skipped');

-- [create] type cmis_system_health.health_status
create type "cmis_system_health"."health_status" as enum ('ok', 'degraded', 'failing', 'unknown');

-- [create] type public.media_kind
create type "public"."media_kind" as enum ('image', 'video', 'audio', 'text', 'document', 'html5', 'carousel');

-- [create] type public.metric_aggregation
create type "public"."metric_aggregation" as enum ('sum', 'avg', 'min', 'max', 'ratio', 'last');

-- [setting] setting check_function_bodies
set check_function_bodies = off;

-- [create] function cmis.accept_invitation
CREATE OR REPLACE FUNCTION cmis.accept_invitation(p_token_hash bytea, p_user_id uuid)
 RETURNS uuid
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'cmis'
AS $function$
DECLARE
    v_inv cmis.org_invitations%ROWTYPE;
BEGIN
    SELECT * INTO v_inv FROM cmis.org_invitations
     WHERE token_hash = p_token_hash AND status = 'invited' AND expires_at > now()
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'invitation not found or expired';
    END IF;
    INSERT INTO cmis.user_orgs (user_id, org_id, role_id, status)
    VALUES (p_user_id, v_inv.org_id, v_inv.role_id, 'active')
    ON CONFLICT (user_id, org_id) DO UPDATE SET status = 'active', role_id = EXCLUDED.role_id;
    UPDATE cmis.org_invitations SET status = 'active' WHERE invitation_id = v_inv.invitation_id;
    RETURN v_inv.org_id;
END
$function$;

-- [create] function cmis.active_session_count
CREATE OR REPLACE FUNCTION cmis.active_session_count(p_user_id uuid)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$
    SELECT count(*)::integer FROM cmis.user_sessions
     WHERE user_id = p_user_id AND revoked_at IS NULL AND expires_at > now()
$function$;

-- [create] function cmis.current_org_id
CREATE OR REPLACE FUNCTION cmis.current_org_id()
 RETURNS uuid
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $function$;

-- [create] function cmis.prevent_system_role_change
CREATE OR REPLACE FUNCTION cmis.prevent_system_role_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF OLD.is_system THEN
        RAISE EXCEPTION 'system role % cannot be changed', OLD.role_name;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$function$;

-- [create] function cmis.revoke_user_sessions
CREATE OR REPLACE FUNCTION cmis.revoke_user_sessions(p_user_id uuid)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
DECLARE
    v_count integer;
BEGIN
    UPDATE cmis.user_sessions SET revoked_at = now()
     WHERE user_id = p_user_id AND revoked_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$function$;

-- [create] function cmis.set_updated_at
CREATE OR REPLACE FUNCTION cmis.set_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$function$;

-- [create] function cmis.user_has_permission
CREATE OR REPLACE FUNCTION cmis.user_has_permission(p_user_id uuid, p_org_id uuid, p_permission text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'cmis'
AS $function$
    SELECT coalesce(
        (SELECT up.is_granted
           FROM cmis.user_permissions up
           JOIN cmis.permissions p ON p.permission_id = up.permission_id
          WHERE up.user_id = p_user_id AND up.org_id = p_org_id AND p.permission_code = p_permission
            AND up.deleted_at IS NULL AND (up.expires_at IS NULL OR up.expires_at > now())
          LIMIT 1),
        EXISTS (SELECT 1
                  FROM cmis.user_orgs uo
                  JOIN cmis.role_permissions rp ON rp.role_id = uo.role_id
                  JOIN cmis.permissions p ON p.permission_id = rp.permission_id
                 WHERE uo.user_id = p_user_id AND uo.org_id = p_org_id AND uo.status = 'active'
                   AND uo.deleted_at IS NULL AND p.permission_code = p_permission))
$function$;

-- [alter] comment function cmis.current_org_id
COMMENT ON FUNCTION "cmis"."current_org_id" IS 'Tenant of the current session (app.current_org_id), used by every RLS policy.';

-- [alter] comment function cmis.set_updated_at
COMMENT ON FUNCTION "cmis"."set_updated_at" IS 'BEFORE UPDATE trigger: stamps updated_at.';

-- [alter] comment function cmis.user_has_permission
COMMENT ON FUNCTION "cmis"."user_has_permission" IS 'Effective permission: a per-user override wins over the role.';

-- [create] table cmis.ad_accounts
create table "cmis"."ad_accounts" (
    "ad_account_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid,
    "platform_code" text not null,
    "external_account_id" text not null,
    "name" text not null,
    "currency_code" character(3) not null,
    "timezone_name" text not null default 'UTC'::text,
    "status" cmis.integration_status not null default 'active'::cmis.integration_status,
    "account_status_raw" text,
    "spend_cap" numeric(14,2),
    "amount_spent" numeric(14,2) not null default 0,
    "balance" numeric(14,2),
    "business_name" text,
    "is_default" boolean not null default false,
    "settings" jsonb not null default '{}'::jsonb,
    "last_synced_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ad_accounts
alter table "cmis"."ad_accounts" enable row level security;

-- [alter] comment table cmis.ad_accounts
COMMENT ON TABLE "cmis"."ad_accounts" IS 'Advertising accounts (Meta act_..., Google Ads customer ids, ...) reachable through an integration.';

-- [alter] comment column cmis.ad_accounts.currency_code
COMMENT ON COLUMN "cmis"."ad_accounts"."currency_code" IS 'Billing currency of the account on the platform; fixed once created.';

-- [alter] comment column cmis.ad_accounts.spend_cap
COMMENT ON COLUMN "cmis"."ad_accounts"."spend_cap" IS 'Lifetime spend cap in the account currency; NULL for none.';

-- [create] table cmis.ad_audiences
create table "cmis"."ad_audiences" (
    "ad_audience_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "platform" cmis.ad_platform_kind not null,
    "external_audience_id" text,
    "name" text not null,
    "audience_type" text not null,
    "source_audience_id" uuid,
    "lookalike_ratio" numeric(4,3),
    "approximate_size" bigint,
    "rules" jsonb not null default '{}'::jsonb,
    "retention_days" smallint,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ad_audiences
alter table "cmis"."ad_audiences" enable row level security;

-- [alter] comment table cmis.ad_audiences
COMMENT ON TABLE "cmis"."ad_audiences" IS 'Custom, lookalike and saved audiences defined on an ad platform.';

-- [alter] comment column cmis.ad_audiences.source_audience_id
COMMENT ON COLUMN "cmis"."ad_audiences"."source_audience_id" IS 'Seed audience of a lookalike audience.';

-- [create] table cmis.ad_budget_changes
create table "cmis"."ad_budget_changes" (
    "budget_change_id" uuid not null default uuidv7(),
    "change_number" bigint not null,
    "org_id" uuid not null,
    "ad_campaign_id" uuid not null,
    "ad_set_id" uuid,
    "budget_kind" text not null,
    "old_amount" numeric(14,2),
    "new_amount" numeric(14,2),
    "reason" text,
    "changed_by" uuid,
    "changed_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.ad_budget_changes
alter table "cmis"."ad_budget_changes" enable row level security;

-- [alter] comment table cmis.ad_budget_changes
COMMENT ON TABLE "cmis"."ad_budget_changes" IS 'History of budget and bid changes, written by trigger and by the rules engine.';

-- [create] table cmis.ad_campaigns
create table "cmis"."ad_campaigns" (
    "ad_campaign_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "campaign_id" uuid,
    "integration_id" uuid not null,
    "ad_campaign_number" integer not null,
    "platform" cmis.ad_platform_kind not null,
    "external_account_id" text not null,
    "external_campaign_id" text,
    "name" text not null,
    "objective" text not null,
    "status" cmis.ad_entity_status not null default 'draft'::cmis.ad_entity_status,
    "buying_type" text not null default 'auction'::text,
    "bid_strategy" text,
    "daily_budget" cmis.ad_money,
    "lifetime_budget" cmis.ad_money,
    "currency" character(3) not null default 'USD'::bpchar,
    "start_at" timestamp with time zone,
    "end_at" timestamp with time zone,
    "targeting" jsonb not null default '{}'::jsonb,
    "platform_settings" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(name, ''::text) || ' '::text) || COALESCE(objective, ''::text)) || ' '::text) || COALESCE(external_campaign_id, ''::text)))) stored,
    "created_by" uuid,
    "last_synced_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ad_campaigns
alter table "cmis"."ad_campaigns" enable row level security;

-- [alter] comment table cmis.ad_campaigns
COMMENT ON TABLE "cmis"."ad_campaigns" IS 'Platform-side ad campaigns, optionally linked to a CMIS campaign, mirrored through an integration.';

-- [alter] comment column cmis.ad_campaigns.campaign_id
COMMENT ON COLUMN "cmis"."ad_campaigns"."campaign_id" IS 'CMIS campaign this ad campaign delivers; NULL for campaigns imported but not yet mapped.';

-- [alter] comment column cmis.ad_campaigns.integration_id
COMMENT ON COLUMN "cmis"."ad_campaigns"."integration_id" IS 'Connected ad account (integration) the campaign lives in.';

-- [alter] comment column cmis.ad_campaigns.ad_campaign_number
COMMENT ON COLUMN "cmis"."ad_campaigns"."ad_campaign_number" IS 'Human-readable number shown in the UI (AC-1234).';

-- [alter] comment column cmis.ad_campaigns.external_campaign_id
COMMENT ON COLUMN "cmis"."ad_campaigns"."external_campaign_id" IS 'Identifier on the platform; NULL until first published.';

-- [create] table cmis.ad_conversion_events
create table "cmis"."ad_conversion_events" (
    "conversion_event_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "ad_campaign_id" uuid,
    "ad_id" uuid,
    "integration_id" uuid not null,
    "external_event_id" text not null,
    "event_name" text not null,
    "event_time" timestamp with time zone not null,
    "event_value" numeric(14,2),
    "currency" character(3),
    "click_id" text,
    "attribution_window" text not null default '7d_click'::text,
    "client_ip" inet,
    "user_data" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.ad_conversion_events
alter table "cmis"."ad_conversion_events" enable row level security;

-- [alter] comment table cmis.ad_conversion_events
COMMENT ON TABLE "cmis"."ad_conversion_events" IS 'Conversions reported by or sent to the platforms (pixel / conversions API), deduplicated by external_event_id.';

-- [alter] comment column cmis.ad_conversion_events.user_data
COMMENT ON COLUMN "cmis"."ad_conversion_events"."user_data" IS 'Hashed user identifiers (em, ph) as sent to the conversions API; never plain text.';

-- [create] table cmis.ad_creatives
create table "cmis"."ad_creatives" (
    "ad_creative_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "integration_id" uuid,
    "external_creative_id" text,
    "name" text not null,
    "creative_type" text not null,
    "headline" text,
    "primary_text" text,
    "description" text,
    "call_to_action" text,
    "destination_url" text,
    "display_url" text,
    "media_urls" text[] not null default '{}'::text[],
    "asset_checksum" text,
    "specs" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((((COALESCE(name, ''::text) || ' '::text) || COALESCE(headline, ''::text)) || ' '::text) || COALESCE(primary_text, ''::text)) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ad_creatives
alter table "cmis"."ad_creatives" enable row level security;

-- [alter] comment table cmis.ad_creatives
COMMENT ON TABLE "cmis"."ad_creatives" IS 'Ad creatives (copy + media) that can be reused by several ads.';

-- [alter] comment column cmis.ad_creatives.asset_checksum
COMMENT ON COLUMN "cmis"."ad_creatives"."asset_checksum" IS 'Checksum of the primary media file, used to detect re-uploads.';

-- [create] table cmis.ad_metrics_daily
create table "cmis"."ad_metrics_daily" (
    "ad_metric_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "ad_campaign_id" uuid not null,
    "ad_set_id" uuid,
    "ad_id" uuid,
    "metric_date" date not null,
    "impressions" bigint not null default 0,
    "reach" bigint not null default 0,
    "clicks" bigint not null default 0,
    "spend" cmis.ad_money not null default 0,
    "conversions" numeric(14,2) not null default 0,
    "conversion_value" numeric(14,2) not null default 0,
    "video_views" bigint not null default 0,
    "currency" character(3) not null default 'USD'::bpchar,
    "ctr" numeric(9,6) generated always as (
CASE
    WHEN (impressions > 0) THEN round(((clicks)::numeric / (impressions)::numeric), 6)
    ELSE NULL::numeric
END) stored,
    "cpc" numeric(14,4) generated always as (
CASE
    WHEN (clicks > 0) THEN round(((spend)::numeric / (clicks)::numeric), 4)
    ELSE NULL::numeric
END) stored,
    "raw_payload" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.ad_metrics_daily
alter table "cmis"."ad_metrics_daily" enable row level security;

-- [alter] comment table cmis.ad_metrics_daily
COMMENT ON TABLE "cmis"."ad_metrics_daily" IS 'Daily delivery metrics per ad campaign, ad set or ad (the finest level the platform reports).';

-- [alter] comment column cmis.ad_metrics_daily.metric_date
COMMENT ON COLUMN "cmis"."ad_metrics_daily"."metric_date" IS 'Day in the ad account time zone.';

-- [alter] comment column cmis.ad_metrics_daily.ctr
COMMENT ON COLUMN "cmis"."ad_metrics_daily"."ctr" IS 'Click-through rate, derived: clicks / impressions.';

-- [create] table cmis.ad_platform_sync_states
create table "cmis"."ad_platform_sync_states" (
    "sync_state_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "platform" cmis.ad_platform_kind not null,
    "entity_type" text not null,
    "sync_cursor" text,
    "status" text not null default 'idle'::text,
    "sync_interval" interval not null default '01:00:00'::interval,
    "last_synced_at" timestamp with time zone,
    "next_sync_at" timestamp with time zone not null default now(),
    "consecutive_failures" integer not null default 0,
    "last_error" text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.ad_platform_sync_states
alter table "cmis"."ad_platform_sync_states" enable row level security;

-- [alter] comment table cmis.ad_platform_sync_states
COMMENT ON TABLE "cmis"."ad_platform_sync_states" IS 'Incremental sync cursor and schedule per integration and entity type.';

-- [alter] comment column cmis.ad_platform_sync_states.sync_cursor
COMMENT ON COLUMN "cmis"."ad_platform_sync_states"."sync_cursor" IS 'Opaque platform paging/updated-since cursor where the next sync resumes.';

-- [create] table cmis.ad_rules
create table "cmis"."ad_rules" (
    "ad_rule_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "name" text not null,
    "description" text,
    "scope_level" text not null,
    "ad_campaign_ids" uuid[] not null default '{}'::uuid[],
    "conditions" jsonb not null,
    "actions" jsonb not null,
    "evaluation_interval" interval not null default '01:00:00'::interval,
    "is_enabled" boolean not null default true,
    "last_evaluated_at" timestamp with time zone,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ad_rules
alter table "cmis"."ad_rules" enable row level security;

-- [alter] comment table cmis.ad_rules
COMMENT ON TABLE "cmis"."ad_rules" IS 'Automated rules (pause, scale budget, notify) evaluated against ad metrics.';

-- [create] table cmis.ad_set_audiences
create table "cmis"."ad_set_audiences" (
    "ad_set_id" uuid not null,
    "ad_audience_id" uuid not null,
    "org_id" uuid not null,
    "is_excluded" boolean not null default false,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.ad_set_audiences
alter table "cmis"."ad_set_audiences" enable row level security;

-- [alter] comment table cmis.ad_set_audiences
COMMENT ON TABLE "cmis"."ad_set_audiences" IS 'Audiences included in (or excluded from) an ad set.';

-- [create] table cmis.ad_sets
create table "cmis"."ad_sets" (
    "ad_set_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "ad_campaign_id" uuid not null,
    "external_ad_set_id" text,
    "name" text not null,
    "status" cmis.ad_entity_status not null default 'draft'::cmis.ad_entity_status,
    "optimization_goal" text not null,
    "billing_event" text not null default 'impressions'::text,
    "bid_amount" cmis.ad_money,
    "daily_budget" cmis.ad_money,
    "age_range" int4range not null default int4range(18, 65, '[]'::text),
    "genders" text[] not null default '{}'::text[],
    "locations" text[] not null default '{}'::text[],
    "placements" text[] not null default '{}'::text[],
    "targeting" jsonb not null default '{}'::jsonb,
    "start_at" timestamp with time zone,
    "end_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ad_sets
alter table "cmis"."ad_sets" enable row level security;

-- [alter] comment table cmis.ad_sets
COMMENT ON TABLE "cmis"."ad_sets" IS 'Ad sets / ad groups: targeting, bidding and budget below an ad campaign.';

-- [alter] comment column cmis.ad_sets.age_range
COMMENT ON COLUMN "cmis"."ad_sets"."age_range" IS 'Targeted age range, inclusive, within 13..100.';

-- [create] table cmis.ad_sync_runs
create table "cmis"."ad_sync_runs" (
    "sync_run_id" uuid not null default uuidv7(),
    "run_number" bigint not null,
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "sync_state_id" uuid not null,
    "status" text not null default 'running'::text,
    "started_at" timestamp with time zone not null default now(),
    "finished_at" timestamp with time zone,
    "rows_fetched" integer not null default 0,
    "rows_upserted" integer not null default 0,
    "api_calls" integer not null default 0,
    "error_details" jsonb
);

-- [alter] table cmis.ad_sync_runs
alter table "cmis"."ad_sync_runs" enable row level security;

-- [alter] comment table cmis.ad_sync_runs
COMMENT ON TABLE "cmis"."ad_sync_runs" IS 'One execution of a platform sync, with volumes and errors.';

-- [create] table cmis.ads
create table "cmis"."ads" (
    "ad_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "ad_set_id" uuid not null,
    "ad_creative_id" uuid not null,
    "external_ad_id" text,
    "name" text not null,
    "status" cmis.ad_entity_status not null default 'draft'::cmis.ad_entity_status,
    "review_status" text not null default 'not_submitted'::text,
    "review_feedback" jsonb,
    "tracking_params" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.ads
alter table "cmis"."ads" enable row level security;

-- [alter] comment table cmis.ads
COMMENT ON TABLE "cmis"."ads" IS 'Ads: one creative delivered within one ad set.';

-- [create] table cmis.api_keys
create table "cmis"."api_keys" (
    "api_key_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "name" text not null,
    "key_prefix" character(8) not null,
    "key_hash" bytea not null,
    "scopes" text[] not null default '{}'::text[],
    "created_by" uuid,
    "last_used_at" timestamp with time zone,
    "expires_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.api_keys
alter table "cmis"."api_keys" enable row level security;

-- [alter] comment table cmis.api_keys
COMMENT ON TABLE "cmis"."api_keys" IS 'Hashed API keys for machine access; only the prefix is shown to users.';

-- [create] table cmis.audiences
create table "cmis"."audiences" (
    "audience_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "segment_id" uuid,
    "ad_account_id" uuid,
    "platform_code" text,
    "name" text not null,
    "audience_type" text not null default 'saved'::text,
    "age_span" int4range not null default '[18,66)'::int4range,
    "gender_codes" text[] not null default '{}'::text[],
    "country_codes" character(2)[] not null default '{}'::character(2)[],
    "language_codes" text[] not null default '{}'::text[],
    "interests" text[] not null default '{}'::text[],
    "lookalike_source_audience_id" uuid,
    "lookalike_ratio" numeric(4,3),
    "external_audience_id" text,
    "size_estimate" bigint,
    "targeting" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.audiences
alter table "cmis"."audiences" enable row level security;

-- [alter] comment table cmis.audiences
COMMENT ON TABLE "cmis"."audiences" IS 'Targetable audiences, optionally built from a segment and pushed to an ad account.';

-- [alter] comment column cmis.audiences.age_span
COMMENT ON COLUMN "cmis"."audiences"."age_span" IS 'Targeted ages as a range, e.g. [25,45).';

-- [create] table cmis.automation_rules
create table "cmis"."automation_rules" (
    "rule_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "name" text not null,
    "event_type" text not null,
    "conditions" jsonb not null default '[]'::jsonb,
    "actions" jsonb not null,
    "workflow_id" uuid,
    "campaign_id" uuid,
    "priority" smallint not null default 100,
    "is_enabled" boolean not null default true,
    "cooldown" interval,
    "active_during" tstzrange,
    "last_fired_at" timestamp with time zone,
    "fire_count" bigint not null default 0,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.automation_rules
alter table "cmis"."automation_rules" enable row level security;

-- [alter] comment table cmis.automation_rules
COMMENT ON TABLE "cmis"."automation_rules" IS 'If-this-then-that rules: on an event matching the conditions, run the actions or a workflow.';

-- [alter] comment column cmis.automation_rules.event_type
COMMENT ON COLUMN "cmis"."automation_rules"."event_type" IS 'Domain event name such as campaign.launched or post.published.';

-- [alter] comment column cmis.automation_rules.priority
COMMENT ON COLUMN "cmis"."automation_rules"."priority" IS 'Lower fires first when several rules match one event.';

-- [create] table cmis.campaign_audiences
create table "cmis"."campaign_audiences" (
    "campaign_audience_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "audience_id" uuid not null,
    "is_excluded" boolean not null default false,
    "bid_modifier" numeric(5,2) not null default 1.00,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.campaign_audiences
alter table "cmis"."campaign_audiences" enable row level security;

-- [alter] comment table cmis.campaign_audiences
COMMENT ON TABLE "cmis"."campaign_audiences" IS 'Audiences targeted (or excluded) by a campaign.';

-- [create] table cmis.campaign_budgets
create table "cmis"."campaign_budgets" (
    "budget_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "budget_type" text not null,
    "period" daterange not null,
    "amount" cmis.budget_amount not null,
    "currency_code" character(3) not null,
    "spent_amount" cmis.budget_amount not null default 0,
    "pacing" text not null default 'standard'::text,
    "notes" text,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.campaign_budgets
alter table "cmis"."campaign_budgets" enable row level security;

-- [alter] comment table cmis.campaign_budgets
COMMENT ON TABLE "cmis"."campaign_budgets" IS 'Budget lines of a campaign per period; lines of one type never overlap in time.';

-- [alter] comment column cmis.campaign_budgets.period
COMMENT ON COLUMN "cmis"."campaign_budgets"."period" IS 'Dates covered by the line, e.g. [2025-11-01,2025-12-01).';

-- [create] table cmis.campaign_channels
create table "cmis"."campaign_channels" (
    "campaign_channel_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "channel_code" text not null,
    "allocation_pct" numeric(5,2) not null default 0,
    "is_active" boolean not null default true,
    "settings" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.campaign_channels
alter table "cmis"."campaign_channels" enable row level security;

-- [alter] comment table cmis.campaign_channels
COMMENT ON TABLE "cmis"."campaign_channels" IS 'Channels a campaign runs on and the share of budget allocated to each.';

-- [create] table cmis.campaign_context_links
create table "cmis"."campaign_context_links" (
    "link_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "context_id" uuid not null,
    "link_type" text not null default 'primary'::text,
    "weight" numeric(5,4) not null default 1,
    "notes" text,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.campaign_context_links
alter table "cmis"."campaign_context_links" enable row level security;

-- [alter] comment table cmis.campaign_context_links
COMMENT ON TABLE "cmis"."campaign_context_links" IS 'Which contexts a campaign draws on, with a relevance weight used by generation.';

-- [create] table cmis.campaign_goals
create table "cmis"."campaign_goals" (
    "goal_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "metric_code" text not null,
    "comparison" text not null default 'gte'::text,
    "target_value" numeric(18,4) not null,
    "baseline_value" numeric(18,4),
    "current_value" numeric(18,4),
    "due_date" date,
    "achieved_at" timestamp with time zone,
    "is_primary" boolean not null default false,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.campaign_goals
alter table "cmis"."campaign_goals" enable row level security;

-- [alter] comment table cmis.campaign_goals
COMMENT ON TABLE "cmis"."campaign_goals" IS 'Measurable KPI targets of a campaign; at most one primary goal per campaign.';

-- [create] table cmis.campaign_members
create table "cmis"."campaign_members" (
    "campaign_member_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "user_id" uuid not null,
    "member_role" text not null default 'editor'::text,
    "added_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.campaign_members
alter table "cmis"."campaign_members" enable row level security;

-- [alter] comment table cmis.campaign_members
COMMENT ON TABLE "cmis"."campaign_members" IS 'Users working on a campaign and their role on it.';

-- [create] table cmis.campaign_milestones
create table "cmis"."campaign_milestones" (
    "milestone_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "name" text not null,
    "description" text,
    "due_at" timestamp with time zone not null,
    "completed_at" timestamp with time zone,
    "completed_by" uuid,
    "sort_order" integer not null default 0,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.campaign_milestones
alter table "cmis"."campaign_milestones" enable row level security;

-- [alter] comment table cmis.campaign_milestones
COMMENT ON TABLE "cmis"."campaign_milestones" IS 'Key dates of a campaign (brief approved, creatives delivered, launch, wrap-up).';

-- [create] table cmis.campaign_status_history
create table "cmis"."campaign_status_history" (
    "history_id" bigint not null,
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "old_status" cmis.campaign_status,
    "new_status" cmis.campaign_status not null,
    "changed_by" uuid,
    "reason" text,
    "changed_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.campaign_status_history
alter table "cmis"."campaign_status_history" enable row level security;

-- [alter] comment table cmis.campaign_status_history
COMMENT ON TABLE "cmis"."campaign_status_history" IS 'Append-only log of campaign status changes, written by trigger.';

-- [create] table cmis.campaigns
create table "cmis"."campaigns" (
    "campaign_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "campaign_number" bigint not null,
    "name" text not null,
    "description" text,
    "objective_code" text,
    "funnel_stage_code" text,
    "status" cmis.campaign_status not null default 'draft'::cmis.campaign_status,
    "priority" smallint not null default 3,
    "currency_code" character(3) not null default 'USD'::bpchar,
    "total_budget" cmis.budget_amount,
    "start_date" date,
    "end_date" date,
    "attribution_model_code" text,
    "ad_account_id" uuid,
    "parent_campaign_id" uuid,
    "owner_user_id" uuid,
    "created_by" uuid,
    "tags" text[] not null default '{}'::text[],
    "metadata" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "launched_at" timestamp with time zone,
    "archived_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.campaigns
alter table "cmis"."campaigns" enable row level security;

-- [alter] comment table cmis.campaigns
COMMENT ON TABLE "cmis"."campaigns" IS 'Marketing campaigns of an org: objective, budget, flight dates and lifecycle status.';

-- [alter] comment column cmis.campaigns.campaign_id
COMMENT ON COLUMN "cmis"."campaigns"."campaign_id" IS 'Primary key referenced by content, ad platform, experiment and social tables.';

-- [alter] comment column cmis.campaigns.campaign_number
COMMENT ON COLUMN "cmis"."campaigns"."campaign_number" IS 'Human-readable number (CMP-1042) from cmis.campaign_number_seq.';

-- [alter] comment column cmis.campaigns.total_budget
COMMENT ON COLUMN "cmis"."campaigns"."total_budget" IS 'Planned lifetime budget in currency_code; detailed budgets are in cmis.campaign_budgets.';

-- [create] table cmis.comment_mentions
create table "cmis"."comment_mentions" (
    "mention_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "comment_id" uuid not null,
    "mentioned_user_id" uuid,
    "mentioned_team_id" uuid,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.comment_mentions
alter table "cmis"."comment_mentions" enable row level security;

-- [alter] comment table cmis.comment_mentions
COMMENT ON TABLE "cmis"."comment_mentions" IS '@mentions of a user or a whole team in a comment; each raises a notification.';

-- [create] table cmis.comments
create table "cmis"."comments" (
    "comment_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "entity_type" text not null,
    "entity_id" uuid not null,
    "parent_comment_id" uuid,
    "thread_root_id" uuid,
    "author_user_id" uuid,
    "body" text not null,
    "body_format" text not null default 'markdown'::text,
    "is_resolved" boolean not null default false,
    "resolved_by" uuid,
    "resolved_at" timestamp with time zone,
    "edited_at" timestamp with time zone,
    "reactions" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, COALESCE(body, ''::text))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.comments
alter table "cmis"."comments" enable row level security;

-- [alter] comment table cmis.comments
COMMENT ON TABLE "cmis"."comments" IS 'Threaded discussion on any entity (polymorphic entity_type + entity_id).';

-- [alter] comment column cmis.comments.thread_root_id
COMMENT ON COLUMN "cmis"."comments"."thread_root_id" IS 'First comment of the thread; NULL on the root itself.';

-- [alter] comment column cmis.comments.reactions
COMMENT ON COLUMN "cmis"."comments"."reactions" IS 'Emoji reactions: {"emoji": ["user_id", ...]}.';

-- [create] table cmis.contexts
create table "cmis"."contexts" (
    "context_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "context_type" text not null,
    "name" text not null,
    "slug" text not null,
    "description" text,
    "body" text,
    "attributes" jsonb not null default '{}'::jsonb,
    "parent_context_id" uuid,
    "path" ltree,
    "version" integer not null default 1,
    "is_active" boolean not null default true,
    "embedding" vector(1536),
    "embedding_model" text,
    "embedded_at" timestamp with time zone,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)) || ' '::text) || COALESCE(body, ''::text)))) stored,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.contexts
alter table "cmis"."contexts" enable row level security;

-- [alter] comment table cmis.contexts
COMMENT ON TABLE "cmis"."contexts" IS 'Knowledge that shapes campaigns (brand voice, products, markets, personas), as a tree with embeddings.';

-- [alter] comment column cmis.contexts.path
COMMENT ON COLUMN "cmis"."contexts"."path" IS 'ltree of slugs from the root context, maintained by trigger from parent_context_id.';

-- [alter] comment column cmis.contexts.embedding
COMMENT ON COLUMN "cmis"."contexts"."embedding" IS '1536-dimension embedding of name, description and body for semantic retrieval.';

-- [create] table cmis.experiment_assignments
create table "cmis"."experiment_assignments" (
    "assignment_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "experiment_id" uuid not null,
    "variant_id" uuid not null,
    "subject_type" text not null,
    "subject_key" text not null,
    "assigned_at" timestamp with time zone not null default now(),
    "context" jsonb not null default '{}'::jsonb
);

-- [alter] table cmis.experiment_assignments
alter table "cmis"."experiment_assignments" enable row level security;

-- [alter] comment table cmis.experiment_assignments
COMMENT ON TABLE "cmis"."experiment_assignments" IS 'Sticky assignment of a subject to one variant of an experiment.';

-- [alter] comment column cmis.experiment_assignments.subject_key
COMMENT ON COLUMN "cmis"."experiment_assignments"."subject_key" IS 'Identifier of the subject in its type (hashed user id, session id ...).';

-- [create] table cmis.experiment_results
create table "cmis"."experiment_results" (
    "result_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "experiment_id" uuid not null,
    "variant_id" uuid not null,
    "metric_name" text not null,
    "measured_on" date not null,
    "sample_size" integer not null,
    "conversions" integer not null default 0,
    "metric_value" numeric(18,6) not null,
    "std_error" numeric(18,6),
    "ci_low" numeric(18,6),
    "ci_high" numeric(18,6),
    "p_value" numeric(7,6),
    "lift_vs_control" numeric(10,6),
    "computed_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.experiment_results
alter table "cmis"."experiment_results" enable row level security;

-- [alter] comment table cmis.experiment_results
COMMENT ON TABLE "cmis"."experiment_results" IS 'Daily computed statistics per variant and metric.';

-- [create] table cmis.experiment_variants
create table "cmis"."experiment_variants" (
    "variant_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "experiment_id" uuid not null,
    "variant_key" text not null,
    "name" text not null,
    "description" text,
    "is_control" boolean not null default false,
    "weight" numeric(5,4) not null,
    "ad_creative_id" uuid,
    "config" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.experiment_variants
alter table "cmis"."experiment_variants" enable row level security;

-- [alter] comment table cmis.experiment_variants
COMMENT ON TABLE "cmis"."experiment_variants" IS 'Arms of an experiment; weights of an experiment must sum to 1 when it starts.';

-- [alter] comment column cmis.experiment_variants.variant_key
COMMENT ON COLUMN "cmis"."experiment_variants"."variant_key" IS 'Stable key used by clients (control, b, c ...).';

-- [create] table cmis.experiments
create table "cmis"."experiments" (
    "experiment_id" uuid not null default uuidv7(),
    "experiment_number" integer not null,
    "org_id" uuid not null,
    "campaign_id" uuid not null,
    "name" text not null,
    "hypothesis" text,
    "primary_metric" text not null,
    "status" cmis.experiment_status not null default 'draft'::cmis.experiment_status,
    "traffic_allocation" numeric(5,4) not null default 1,
    "confidence_level" numeric(4,3) not null default 0.95,
    "minimum_sample_size" integer not null default 1000,
    "run_window" tstzrange,
    "winner_variant_id" uuid,
    "created_by" uuid,
    "metadata" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(name, ''::text) || ' '::text) || COALESCE(hypothesis, ''::text)) || ' '::text) || COALESCE(primary_metric, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.experiments
alter table "cmis"."experiments" enable row level security;

-- [alter] comment table cmis.experiments
COMMENT ON TABLE "cmis"."experiments" IS 'A/B experiments on a campaign, measured on one primary metric.';

-- [alter] comment column cmis.experiments.traffic_allocation
COMMENT ON COLUMN "cmis"."experiments"."traffic_allocation" IS 'Share (0..1] of eligible subjects entered into the experiment.';

-- [alter] comment column cmis.experiments.run_window
COMMENT ON COLUMN "cmis"."experiments"."run_window" IS 'When the experiment runs; running experiments of a campaign on the same metric may not overlap.';

-- [create] table cmis.field_aliases
create table "cmis"."field_aliases" (
    "alias_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "field_id" uuid not null,
    "source_system" text not null,
    "alias" text not null,
    "transform_expression" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.field_aliases
alter table "cmis"."field_aliases" enable row level security;

-- [alter] comment table cmis.field_aliases
COMMENT ON TABLE "cmis"."field_aliases" IS 'External column names that importers map onto a field.';

-- [create] table cmis.field_definitions
create table "cmis"."field_definitions" (
    "field_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "field_group_id" uuid,
    "entity_type" text not null,
    "field_key" cmis.field_key not null,
    "key_path" ltree,
    "label" text not null,
    "help_text" text,
    "data_type" cmis.field_data_type not null,
    "is_required" boolean not null default false,
    "is_searchable" boolean not null default false,
    "is_system" boolean not null default false,
    "default_value" jsonb,
    "validation_rules" jsonb not null default '{}'::jsonb,
    "numeric_range" numrange,
    "display_order" integer not null default 0,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(label, ''::text) || ' '::text) || COALESCE((field_key)::text, ''::text)) || ' '::text) || COALESCE(help_text, ''::text)))) stored,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.field_definitions
alter table "cmis"."field_definitions" enable row level security;

-- [alter] comment table cmis.field_definitions
COMMENT ON TABLE "cmis"."field_definitions" IS 'Custom fields a tenant defines on an entity type.';

-- [alter] comment column cmis.field_definitions.key_path
COMMENT ON COLUMN "cmis"."field_definitions"."key_path" IS 'Hierarchical path (group.sub.field) for nested JSON export.';

-- [alter] comment column cmis.field_definitions.numeric_range
COMMENT ON COLUMN "cmis"."field_definitions"."numeric_range" IS 'Allowed range for number and currency fields.';

-- [create] table cmis.field_groups
create table "cmis"."field_groups" (
    "field_group_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "entity_type" text not null,
    "name" text not null,
    "description" text,
    "display_order" integer not null default 0,
    "is_collapsed" boolean not null default false,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.field_groups
alter table "cmis"."field_groups" enable row level security;

-- [alter] comment table cmis.field_groups
COMMENT ON TABLE "cmis"."field_groups" IS 'Sections that group dynamic fields on an entity form.';

-- [create] table cmis.field_options
create table "cmis"."field_options" (
    "option_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "field_id" uuid not null,
    "option_value" text not null,
    "label" text not null,
    "color" character(7),
    "sort_order" integer not null default 0,
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.field_options
alter table "cmis"."field_options" enable row level security;

-- [alter] comment table cmis.field_options
COMMENT ON TABLE "cmis"."field_options" IS 'Choices of select and multi_select fields.';

-- [create] table cmis.field_value_history
create table "cmis"."field_value_history" (
    "history_id" uuid not null default uuidv7(),
    "change_seq" bigint not null,
    "org_id" uuid not null,
    "field_value_id" uuid,
    "field_id" uuid not null,
    "entity_id" uuid not null,
    "old_value" jsonb,
    "new_value" jsonb,
    "changed_by" uuid,
    "changed_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.field_value_history
alter table "cmis"."field_value_history" enable row level security;

-- [alter] comment table cmis.field_value_history
COMMENT ON TABLE "cmis"."field_value_history" IS 'Append-only change log of field values, written by trigger.';

-- [create] table cmis.field_values
create table "cmis"."field_values" (
    "field_value_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "field_id" uuid not null,
    "entity_type" text not null,
    "entity_id" uuid not null,
    "value_text" text,
    "value_number" numeric,
    "value_boolean" boolean,
    "value_date" date,
    "value_timestamp" timestamp with time zone,
    "value_json" jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, COALESCE(value_text, ''::text))) stored,
    "updated_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.field_values
alter table "cmis"."field_values" enable row level security;

-- [alter] comment table cmis.field_values
COMMENT ON TABLE "cmis"."field_values" IS 'Value of a dynamic field for one entity; exactly the value_* column of the field type is set.';

-- [alter] comment column cmis.field_values.entity_id
COMMENT ON COLUMN "cmis"."field_values"."entity_id" IS 'Primary key of the entity (campaign_id, post_id ...) of type entity_type.';

-- [create] table cmis.integration_sync_logs
create table "cmis"."integration_sync_logs" (
    "sync_log_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "sync_number" bigint not null,
    "sync_type" text not null,
    "trigger_source" text not null default 'schedule'::text,
    "outcome" cmis.sync_outcome not null default 'running'::cmis.sync_outcome,
    "started_at" timestamp with time zone not null default now(),
    "finished_at" timestamp with time zone,
    "records_fetched" integer not null default 0,
    "records_written" integer not null default 0,
    "error_message" text,
    "details" jsonb not null default '{}'::jsonb
);

-- [alter] table cmis.integration_sync_logs
alter table "cmis"."integration_sync_logs" enable row level security;

-- [alter] comment table cmis.integration_sync_logs
COMMENT ON TABLE "cmis"."integration_sync_logs" IS 'One row per sync run of an integration with counts and outcome.';

-- [alter] comment column cmis.integration_sync_logs.sync_number
COMMENT ON COLUMN "cmis"."integration_sync_logs"."sync_number" IS 'Human-readable run number from cmis.integration_sync_number_seq.';

-- [create] table cmis.integrations
create table "cmis"."integrations" (
    "integration_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "platform_code" text not null,
    "name" text not null,
    "status" cmis.integration_status not null default 'pending'::cmis.integration_status,
    "external_user_id" text,
    "external_business_id" text,
    "granted_scopes" text[] not null default '{}'::text[],
    "api_version" text,
    "settings" jsonb not null default '{}'::jsonb,
    "connected_by" uuid,
    "connected_at" timestamp with time zone,
    "disconnected_at" timestamp with time zone,
    "last_synced_at" timestamp with time zone,
    "last_error" text,
    "error_count" integer not null default 0,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.integrations
alter table "cmis"."integrations" enable row level security;

-- [alter] comment table cmis.integrations
COMMENT ON TABLE "cmis"."integrations" IS 'One authorised connection of an org to an external platform; anchor for accounts, tokens and syncs.';

-- [alter] comment column cmis.integrations.integration_id
COMMENT ON COLUMN "cmis"."integrations"."integration_id" IS 'Primary key referenced by ad platforms, social publishing and workflows.';

-- [alter] comment column cmis.integrations.external_business_id
COMMENT ON COLUMN "cmis"."integrations"."external_business_id" IS 'Business Manager / MCC / organisation id on the platform side.';

-- [create] table cmis.meta_documentation
create table "cmis"."meta_documentation" (
    "doc_id" uuid not null default gen_random_uuid(),
    "doc_number" smallint not null,
    "object_kind" text not null,
    "schema_name" name not null,
    "object_name" text not null,
    "summary" text not null,
    "body" text,
    "tags" text[] not null default '{}'::text[],
    "doc_version" integer not null default 1,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(object_name, ''::text) || ' '::text) || COALESCE(summary, ''::text)) || ' '::text) || COALESCE(body, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis.meta_documentation
COMMENT ON TABLE "cmis"."meta_documentation" IS 'Global documentation of schema objects for developers and AI agents.';

-- [create] table cmis.meta_field_dictionary
create table "cmis"."meta_field_dictionary" (
    "dictionary_id" uuid not null default gen_random_uuid(),
    "term" citext not null,
    "definition" text not null,
    "data_type" text,
    "example_values" text[] not null default '{}'::text[],
    "related_terms" citext[] not null default '{}'::citext[],
    "owner_team" text,
    "owner_email" cmis.email_address,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE((term)::text, ''::text) || ' '::text) || COALESCE(definition, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis.meta_field_dictionary
COMMENT ON TABLE "cmis"."meta_field_dictionary" IS 'Business glossary: what a metric or field name means across CMIS.';

-- [create] table cmis.meta_function_descriptions
create table "cmis"."meta_function_descriptions" (
    "function_description_id" uuid not null default gen_random_uuid(),
    "schema_name" name not null,
    "function_name" name not null,
    "signature" text not null,
    "purpose" text not null,
    "is_security_definer" boolean not null default false,
    "volatility" character(1) not null default 'v'::bpchar,
    "security_notes" text,
    "examples" jsonb not null default '[]'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis.meta_function_descriptions
COMMENT ON TABLE "cmis"."meta_function_descriptions" IS 'Plain-language description of database functions; SECURITY DEFINER ones must explain their safety.';

-- [create] table cmis.notification_preferences
create table "cmis"."notification_preferences" (
    "preference_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "user_id" uuid not null,
    "notification_type" text not null,
    "channel" cmis.notification_channel not null,
    "is_enabled" boolean not null default true,
    "digest_frequency" text not null default 'immediate'::text,
    "quiet_hours" int4range,
    "time_zone" text not null default 'UTC'::text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.notification_preferences
alter table "cmis"."notification_preferences" enable row level security;

-- [alter] comment table cmis.notification_preferences
COMMENT ON TABLE "cmis"."notification_preferences" IS 'Per user, notification type and channel: on/off, digest frequency and quiet hours.';

-- [alter] comment column cmis.notification_preferences.quiet_hours
COMMENT ON COLUMN "cmis"."notification_preferences"."quiet_hours" IS 'Hours of the day (0-24, in time_zone) when nothing is delivered.';

-- [create] table cmis.notifications
create table "cmis"."notifications" (
    "notification_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "user_id" uuid not null,
    "sequence_number" bigint not null,
    "channel" cmis.notification_channel not null default 'in_app'::cmis.notification_channel,
    "notification_type" text not null,
    "title" text not null,
    "body" text,
    "link_url" text,
    "entity_type" text,
    "entity_id" uuid,
    "source_comment_id" uuid,
    "payload" jsonb not null default '{}'::jsonb,
    "priority" smallint not null default 3,
    "delivered_at" timestamp with time zone,
    "read_at" timestamp with time zone,
    "expires_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.notifications
alter table "cmis"."notifications" enable row level security;

-- [alter] comment table cmis.notifications
COMMENT ON TABLE "cmis"."notifications" IS 'Messages to one user (cmis.users) about activity in the org.';

-- [alter] comment column cmis.notifications.sequence_number
COMMENT ON COLUMN "cmis"."notifications"."sequence_number" IS 'Monotonic number from cmis.notification_sequence_seq for cursor pagination.';

-- [alter] comment column cmis.notifications.read_at
COMMENT ON COLUMN "cmis"."notifications"."read_at" IS 'When the recipient read it; NULL means unread.';

-- [create] table cmis.oauth_tokens
create table "cmis"."oauth_tokens" (
    "token_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "token_type" text not null default 'bearer'::text,
    "access_token_encrypted" bytea not null,
    "refresh_token_encrypted" bytea,
    "encryption_key_id" text not null,
    "scopes" text[] not null default '{}'::text[],
    "issued_at" timestamp with time zone not null default now(),
    "expires_at" timestamp with time zone,
    "refreshed_at" timestamp with time zone,
    "revoked_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.oauth_tokens
alter table "cmis"."oauth_tokens" enable row level security;

-- [alter] comment table cmis.oauth_tokens
COMMENT ON TABLE "cmis"."oauth_tokens" IS 'Encrypted OAuth tokens of an integration; at most one live token per integration and type.';

-- [alter] comment column cmis.oauth_tokens.access_token_encrypted
COMMENT ON COLUMN "cmis"."oauth_tokens"."access_token_encrypted" IS 'Ciphertext from the application KMS envelope; never plaintext.';

-- [alter] comment column cmis.oauth_tokens.encryption_key_id
COMMENT ON COLUMN "cmis"."oauth_tokens"."encryption_key_id" IS 'Id of the KMS data key that encrypted the token, for rotation.';

-- [create] table cmis.org_invitations
create table "cmis"."org_invitations" (
    "invitation_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "email" cmis.email_address not null,
    "role_id" uuid,
    "invited_by" uuid,
    "token_hash" bytea not null,
    "status" cmis.membership_status not null default 'invited'::cmis.membership_status,
    "expires_at" timestamp with time zone not null default (now() + '7 days'::interval),
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.org_invitations
alter table "cmis"."org_invitations" enable row level security;

-- [create] table cmis.orgs
create table "cmis"."orgs" (
    "org_id" uuid not null default uuidv7(),
    "name" text not null,
    "slug" text not null,
    "default_locale" text not null default 'en'::text,
    "currency" character(3) not null default 'USD'::bpchar,
    "settings" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.orgs
alter table "cmis"."orgs" enable row level security;

-- [alter] comment table cmis.orgs
COMMENT ON TABLE "cmis"."orgs" IS 'Tenants. Every tenant-scoped row carries org_id referencing this table.';

-- [alter] comment column cmis.orgs.slug
COMMENT ON COLUMN "cmis"."orgs"."slug" IS 'URL-safe unique name of the organisation.';

-- [create] table cmis.permissions
create table "cmis"."permissions" (
    "permission_id" uuid not null default gen_random_uuid(),
    "permission_code" text not null,
    "description" text,
    "category" text not null default 'general'::text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis.permissions
COMMENT ON TABLE "cmis"."permissions" IS 'Catalogue of permission codes such as campaigns.publish.';

-- [create] table cmis.platform_connections
create table "cmis"."platform_connections" (
    "connection_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "platform_code" text not null,
    "connection_type" text not null,
    "status" cmis.integration_status not null default 'pending'::cmis.integration_status,
    "is_primary" boolean not null default false,
    "config" jsonb not null default '{}'::jsonb,
    "last_health_check_at" timestamp with time zone,
    "last_health_ok" boolean,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.platform_connections
alter table "cmis"."platform_connections" enable row level security;

-- [alter] comment table cmis.platform_connections
COMMENT ON TABLE "cmis"."platform_connections" IS 'Features enabled through an integration (ads, organic publishing, analytics, ...).';

-- [create] table cmis.publishing_queue_items
create table "cmis"."publishing_queue_items" (
    "queue_item_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "queue_id" uuid not null,
    "post_id" uuid not null,
    "position" integer not null,
    "status" text not null default 'queued'::text,
    "slot_at" timestamp with time zone,
    "attempts" smallint not null default 0,
    "locked_by" text,
    "locked_until" timestamp with time zone,
    "last_error" text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.publishing_queue_items
alter table "cmis"."publishing_queue_items" enable row level security;

-- [alter] comment table cmis.publishing_queue_items
COMMENT ON TABLE "cmis"."publishing_queue_items" IS 'Posts waiting in a publishing queue; position is unique per queue (deferred, so items can be reordered).';

-- [create] table cmis.publishing_queues
create table "cmis"."publishing_queues" (
    "queue_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "name" text not null,
    "timezone" text not null default 'UTC'::text,
    "posting_slots" time without time zone[] not null default '{09:00:00,12:00:00,17:00:00}'::time without time zone[],
    "active_weekdays" smallint[] not null default '{1,2,3,4,5}'::smallint[],
    "max_posts_per_day" smallint not null default 5,
    "is_paused" boolean not null default false,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.publishing_queues
alter table "cmis"."publishing_queues" enable row level security;

-- [alter] comment table cmis.publishing_queues
COMMENT ON TABLE "cmis"."publishing_queues" IS 'Publishing queue of a social account: posts fill its recurring time slots in order.';

-- [alter] comment column cmis.publishing_queues.active_weekdays
COMMENT ON COLUMN "cmis"."publishing_queues"."active_weekdays" IS 'ISO weekdays (1 = Monday) on which slots are used.';

-- [create] table cmis.role_permissions
create table "cmis"."role_permissions" (
    "role_id" uuid not null,
    "permission_id" uuid not null,
    "org_id" uuid,
    "granted_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.role_permissions
alter table "cmis"."role_permissions" enable row level security;

-- [create] table cmis.roles
create table "cmis"."roles" (
    "role_id" uuid not null default gen_random_uuid(),
    "org_id" uuid,
    "role_name" text not null,
    "description" text,
    "is_system" boolean not null default false,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.roles
alter table "cmis"."roles" enable row level security;

-- [alter] comment table cmis.roles
COMMENT ON TABLE "cmis"."roles" IS 'RBAC roles; system roles (org_id NULL) are shared by all tenants.';

-- [create] table cmis.scheduled_social_posts
create table "cmis"."scheduled_social_posts" (
    "scheduled_post_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "post_id" uuid not null,
    "integration_id" uuid not null,
    "scheduled_for" timestamp with time zone not null,
    "timezone" text not null default 'UTC'::text,
    "recurrence_rule" text,
    "status" text not null default 'pending'::text,
    "published_at" timestamp with time zone,
    "attempt_count" smallint not null default 0,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.scheduled_social_posts
alter table "cmis"."scheduled_social_posts" enable row level security;

-- [alter] comment table cmis.scheduled_social_posts
COMMENT ON TABLE "cmis"."scheduled_social_posts" IS 'Posts scheduled at an explicit time (optionally recurring), outside any queue.';

-- [alter] comment column cmis.scheduled_social_posts.recurrence_rule
COMMENT ON COLUMN "cmis"."scheduled_social_posts"."recurrence_rule" IS 'iCalendar RRULE for evergreen posts, NULL for one-off.';

-- [create] table cmis.segments
create table "cmis"."segments" (
    "segment_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "name" text not null,
    "description" text,
    "rules" jsonb not null default '{"all": []}'::jsonb,
    "is_dynamic" boolean not null default true,
    "estimated_size" bigint,
    "last_computed_at" timestamp with time zone,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.segments
alter table "cmis"."segments" enable row level security;

-- [alter] comment table cmis.segments
COMMENT ON TABLE "cmis"."segments" IS 'Platform-neutral segment definitions (rule trees over customer attributes).';

-- [alter] comment column cmis.segments.rules
COMMENT ON COLUMN "cmis"."segments"."rules" IS 'Rule tree such as {"all": [{"attr": "country", "in": ["DE", "AT"]}]}.';

-- [create] table cmis.social_accounts
create table "cmis"."social_accounts" (
    "social_account_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid,
    "platform_code" text not null,
    "external_account_id" text not null,
    "account_type" text not null default 'page'::text,
    "handle" citext,
    "display_name" text not null,
    "profile_url" cmis.https_url,
    "avatar_url" cmis.https_url,
    "bio" text,
    "followers_count" bigint not null default 0,
    "following_count" bigint not null default 0,
    "is_verified" boolean not null default false,
    "status" cmis.integration_status not null default 'active'::cmis.integration_status,
    "profile_data" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(display_name, ''::text) || ' '::text) || COALESCE((handle)::text, ''::text)) || ' '::text) || COALESCE(bio, ''::text)))) stored,
    "last_synced_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.social_accounts
alter table "cmis"."social_accounts" enable row level security;

-- [alter] comment table cmis.social_accounts
COMMENT ON TABLE "cmis"."social_accounts" IS 'Organic social identities (pages, profiles, channels) an org publishes to.';

-- [alter] comment column cmis.social_accounts.external_account_id
COMMENT ON COLUMN "cmis"."social_accounts"."external_account_id" IS 'Id of the account on the platform; unique per org and platform.';

-- [create] table cmis.social_approval_requests
create table "cmis"."social_approval_requests" (
    "approval_request_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "post_id" uuid not null,
    "requested_by" uuid,
    "reviewer_id" uuid,
    "decision" text not null default 'pending'::text,
    "reviewer_comment" text,
    "due_at" timestamp with time zone,
    "decided_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.social_approval_requests
alter table "cmis"."social_approval_requests" enable row level security;

-- [alter] comment table cmis.social_approval_requests
COMMENT ON TABLE "cmis"."social_approval_requests" IS 'Review requests for posts that need approval before scheduling.';

-- [create] table cmis.social_comments
create table "cmis"."social_comments" (
    "comment_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "post_id" uuid not null,
    "parent_comment_id" uuid,
    "external_comment_id" text not null,
    "author_handle" text not null,
    "author_external_id" text,
    "body" text not null,
    "sentiment" numeric(4,3),
    "is_hidden" boolean not null default false,
    "replied_by" uuid,
    "replied_at" timestamp with time zone,
    "commented_at" timestamp with time zone not null,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(author_handle, ''::text) || ' '::text) || COALESCE(body, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.social_comments
alter table "cmis"."social_comments" enable row level security;

-- [alter] comment table cmis.social_comments
COMMENT ON TABLE "cmis"."social_comments" IS 'Comments and replies on published posts, pulled from the platform for the inbox.';

-- [alter] comment column cmis.social_comments.sentiment
COMMENT ON COLUMN "cmis"."social_comments"."sentiment" IS 'Model sentiment score in [-1, 1].';

-- [create] table cmis.social_hashtag_sets
create table "cmis"."social_hashtag_sets" (
    "hashtag_set_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "name" text not null,
    "hashtags" cmis.hashtag[] not null,
    "platforms" text[] not null default '{}'::text[],
    "usage_count" integer not null default 0,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.social_hashtag_sets
alter table "cmis"."social_hashtag_sets" enable row level security;

-- [alter] comment table cmis.social_hashtag_sets
COMMENT ON TABLE "cmis"."social_hashtag_sets" IS 'Reusable named sets of hashtags (at most 30, the Instagram limit).';

-- [create] table cmis.social_post_media
create table "cmis"."social_post_media" (
    "post_media_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "post_id" uuid not null,
    "position" smallint not null,
    "media_type" text not null,
    "storage_url" text not null,
    "thumbnail_url" text,
    "alt_text" text,
    "mime_type" text,
    "width" integer,
    "height" integer,
    "duration_seconds" numeric(8,3),
    "file_size_bytes" bigint,
    "checksum" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.social_post_media
alter table "cmis"."social_post_media" enable row level security;

-- [alter] comment table cmis.social_post_media
COMMENT ON TABLE "cmis"."social_post_media" IS 'Ordered media attachments of a post (up to 20, e.g. a carousel).';

-- [create] table cmis.social_post_metrics
create table "cmis"."social_post_metrics" (
    "post_metric_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "post_id" uuid not null,
    "captured_at" timestamp with time zone not null default now(),
    "impressions" bigint not null default 0,
    "reach" bigint not null default 0,
    "likes" bigint not null default 0,
    "comments" bigint not null default 0,
    "shares" bigint not null default 0,
    "saves" bigint not null default 0,
    "link_clicks" bigint not null default 0,
    "video_views" bigint not null default 0,
    "engagement_rate" numeric(9,6) generated always as (
CASE
    WHEN (impressions > 0) THEN round((((((likes + comments) + shares) + saves))::numeric / (impressions)::numeric), 6)
    ELSE NULL::numeric
END) stored,
    "raw_payload" jsonb not null default '{}'::jsonb
);

-- [alter] table cmis.social_post_metrics
alter table "cmis"."social_post_metrics" enable row level security;

-- [alter] comment table cmis.social_post_metrics
COMMENT ON TABLE "cmis"."social_post_metrics" IS 'Engagement snapshots of a published post, captured periodically.';

-- [alter] comment column cmis.social_post_metrics.engagement_rate
COMMENT ON COLUMN "cmis"."social_post_metrics"."engagement_rate" IS '(likes + comments + shares + saves) / impressions.';

-- [create] table cmis.social_post_versions
create table "cmis"."social_post_versions" (
    "post_version_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "post_id" uuid not null,
    "version_number" integer not null,
    "caption" text,
    "hashtags" text[] not null default '{}'::text[],
    "link_url" text,
    "edited_by" uuid,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.social_post_versions
alter table "cmis"."social_post_versions" enable row level security;

-- [alter] comment table cmis.social_post_versions
COMMENT ON TABLE "cmis"."social_post_versions" IS 'Previous captions of a post, captured by trigger on every edit.';

-- [create] table cmis.social_posts
create table "cmis"."social_posts" (
    "post_id" uuid not null default uuidv7(),
    "post_number" integer not null,
    "org_id" uuid not null,
    "campaign_id" uuid,
    "integration_id" uuid not null,
    "platform" text not null,
    "post_type" text not null default 'feed'::text,
    "status" cmis.social_post_status not null default 'draft'::cmis.social_post_status,
    "caption" text,
    "hashtags" cmis.hashtag[] not null default '{}'::cmis.hashtag[],
    "link_url" text,
    "first_comment" text,
    "location_tag" text,
    "external_post_id" text,
    "permalink" text,
    "published_at" timestamp with time zone,
    "author_id" uuid,
    "approved_by" uuid,
    "approved_at" timestamp with time zone,
    "metadata" jsonb not null default '{}'::jsonb,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(caption, ''::text) || ' '::text) || COALESCE(first_comment, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.social_posts
alter table "cmis"."social_posts" enable row level security;

-- [alter] comment table cmis.social_posts
COMMENT ON TABLE "cmis"."social_posts" IS 'Organic social posts for one connected social account (integration).';

-- [alter] comment column cmis.social_posts.post_number
COMMENT ON COLUMN "cmis"."social_posts"."post_number" IS 'Human-readable post number (P-10001).';

-- [alter] comment column cmis.social_posts.integration_id
COMMENT ON COLUMN "cmis"."social_posts"."integration_id" IS 'Connected social account the post is published to.';

-- [alter] comment column cmis.social_posts.external_post_id
COMMENT ON COLUMN "cmis"."social_posts"."external_post_id" IS 'Identifier returned by the platform once published.';

-- [create] table cmis.social_publish_attempts
create table "cmis"."social_publish_attempts" (
    "attempt_id" uuid not null default uuidv7(),
    "attempt_number" bigint not null,
    "org_id" uuid not null,
    "post_id" uuid not null,
    "scheduled_post_id" uuid,
    "integration_id" uuid not null,
    "started_at" timestamp with time zone not null default now(),
    "finished_at" timestamp with time zone,
    "outcome" text,
    "http_status" smallint,
    "error_code" text,
    "response" jsonb
);

-- [alter] table cmis.social_publish_attempts
alter table "cmis"."social_publish_attempts" enable row level security;

-- [alter] comment table cmis.social_publish_attempts
COMMENT ON TABLE "cmis"."social_publish_attempts" IS 'Each call to a platform publish API, successful or not.';

-- [create] table cmis.team_members
create table "cmis"."team_members" (
    "team_member_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "team_id" uuid not null,
    "user_id" uuid not null,
    "member_role" cmis.team_member_role not null default 'member'::cmis.team_member_role,
    "joined_at" timestamp with time zone not null default now(),
    "left_at" timestamp with time zone,
    "invited_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.team_members
alter table "cmis"."team_members" enable row level security;

-- [alter] comment table cmis.team_members
COMMENT ON TABLE "cmis"."team_members" IS 'Membership periods of users (cmis.users) in teams; periods of one user in one team never overlap.';

-- [alter] comment column cmis.team_members.left_at
COMMENT ON COLUMN "cmis"."team_members"."left_at" IS 'End of the membership; NULL while the user is still a member.';

-- [create] table cmis.teams
create table "cmis"."teams" (
    "team_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "name" text not null,
    "slug" text not null,
    "description" text,
    "parent_team_id" uuid,
    "path" ltree,
    "color" text,
    "settings" jsonb not null default '{}'::jsonb,
    "created_by" uuid,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.teams
alter table "cmis"."teams" enable row level security;

-- [alter] comment table cmis.teams
COMMENT ON TABLE "cmis"."teams" IS 'Groups of users inside an org; teams may nest under a parent team.';

-- [alter] comment column cmis.teams.path
COMMENT ON COLUMN "cmis"."teams"."path" IS 'Materialised ancestry (ltree of slugs with - replaced by _) for subtree queries.';

-- [create] table cmis.user_orgs
create table "cmis"."user_orgs" (
    "user_org_id" uuid not null default gen_random_uuid(),
    "user_id" uuid not null,
    "org_id" uuid not null,
    "role_id" uuid,
    "status" cmis.membership_status not null default 'active'::cmis.membership_status,
    "joined_at" timestamp with time zone not null default now(),
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.user_orgs
alter table "cmis"."user_orgs" enable row level security;

-- [alter] comment table cmis.user_orgs
COMMENT ON TABLE "cmis"."user_orgs" IS 'Membership of a user in an org, with the role held there.';

-- [create] table cmis.user_permissions
create table "cmis"."user_permissions" (
    "user_permission_id" uuid not null default gen_random_uuid(),
    "user_id" uuid not null,
    "org_id" uuid not null,
    "permission_id" uuid not null,
    "is_granted" boolean not null default true,
    "expires_at" timestamp with time zone,
    "granted_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.user_permissions
alter table "cmis"."user_permissions" enable row level security;

-- [alter] comment table cmis.user_permissions
COMMENT ON TABLE "cmis"."user_permissions" IS 'Per-user overrides of role permissions, optionally expiring.';

-- [create] table cmis.user_sessions
create table "cmis"."user_sessions" (
    "session_id" uuid not null default gen_random_uuid(),
    "user_id" uuid not null,
    "org_id" uuid,
    "ip_address" inet,
    "user_agent" text,
    "started_at" timestamp with time zone not null default now(),
    "last_seen_at" timestamp with time zone not null default now(),
    "expires_at" timestamp with time zone not null,
    "revoked_at" timestamp with time zone
);

-- [create] table cmis.users
create table "cmis"."users" (
    "user_id" uuid not null default uuidv7(),
    "email" cmis.email_address not null,
    "display_name" text not null,
    "password_hash" text,
    "is_superadmin" boolean not null default false,
    "last_login_at" timestamp with time zone,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(display_name, ''::text) || ' '::text) || COALESCE((email)::text, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] comment table cmis.users
COMMENT ON TABLE "cmis"."users" IS 'People who sign in; membership in orgs is in cmis.user_orgs.';

-- [alter] comment column cmis.users.password_hash
COMMENT ON COLUMN "cmis"."users"."password_hash" IS 'Argon2id hash; NULL for SSO-only users.';

-- [create] table cmis.webhook_deliveries
create table "cmis"."webhook_deliveries" (
    "delivery_id" bigint not null,
    "org_id" uuid not null,
    "webhook_id" uuid not null,
    "event_type" text not null,
    "event_id" uuid not null default gen_random_uuid(),
    "payload" jsonb not null,
    "attempt" smallint not null default 1,
    "response_status" smallint,
    "response_body" text,
    "duration_ms" integer,
    "succeeded" boolean generated always as (((response_status >= 200) AND (response_status <= 299))) stored,
    "next_retry_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "delivered_at" timestamp with time zone
);

-- [alter] table cmis.webhook_deliveries
alter table "cmis"."webhook_deliveries" enable row level security;

-- [alter] comment table cmis.webhook_deliveries
COMMENT ON TABLE "cmis"."webhook_deliveries" IS 'Delivery attempts of webhook events, one row per attempt.';

-- [alter] comment column cmis.webhook_deliveries.event_id
COMMENT ON COLUMN "cmis"."webhook_deliveries"."event_id" IS 'Idempotency key sent to the receiver; repeated across retries of one event.';

-- [create] table cmis.webhooks
create table "cmis"."webhooks" (
    "webhook_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid,
    "direction" text not null default 'outbound'::text,
    "name" text not null,
    "target_url" cmis.https_url not null,
    "secret_hash" bytea not null,
    "event_types" text[] not null,
    "is_active" boolean not null default true,
    "consecutive_failures" integer not null default 0,
    "max_failures" integer not null default 10,
    "disabled_at" timestamp with time zone,
    "last_delivery_at" timestamp with time zone,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.webhooks
alter table "cmis"."webhooks" enable row level security;

-- [alter] comment table cmis.webhooks
COMMENT ON TABLE "cmis"."webhooks" IS 'Webhook subscriptions: outbound to customer endpoints, inbound from platforms; auto-disabled after max_failures.';

-- [alter] comment column cmis.webhooks.secret_hash
COMMENT ON COLUMN "cmis"."webhooks"."secret_hash" IS 'Hash of the signing secret; the secret itself is shown only once.';

-- [create] table cmis.workflow_runs
create table "cmis"."workflow_runs" (
    "workflow_run_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "workflow_id" uuid not null,
    "run_number" bigint not null,
    "workflow_version" integer not null,
    "status" cmis_ops.run_status not null default 'queued'::cmis_ops.run_status,
    "trigger_payload" jsonb not null default '{}'::jsonb,
    "triggered_by" uuid,
    "current_step_id" uuid,
    "started_at" timestamp with time zone,
    "finished_at" timestamp with time zone,
    "error_message" text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.workflow_runs
alter table "cmis"."workflow_runs" enable row level security;

-- [alter] comment table cmis.workflow_runs
COMMENT ON TABLE "cmis"."workflow_runs" IS 'One execution of a workflow with the payload that triggered it.';

-- [alter] comment column cmis.workflow_runs.triggered_by
COMMENT ON COLUMN "cmis"."workflow_runs"."triggered_by" IS 'User who started a manual run; NULL for scheduled or event runs.';

-- [create] table cmis.workflow_step_runs
create table "cmis"."workflow_step_runs" (
    "step_run_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "workflow_run_id" uuid not null,
    "step_id" uuid not null,
    "attempt" smallint not null default 1,
    "status" cmis_ops.run_status not null default 'queued'::cmis_ops.run_status,
    "input" jsonb,
    "output" jsonb,
    "error_message" text,
    "started_at" timestamp with time zone,
    "finished_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis.workflow_step_runs
alter table "cmis"."workflow_step_runs" enable row level security;

-- [alter] comment table cmis.workflow_step_runs
COMMENT ON TABLE "cmis"."workflow_step_runs" IS 'Execution of one step within a workflow run, one row per attempt.';

-- [create] table cmis.workflow_steps
create table "cmis"."workflow_steps" (
    "step_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "workflow_id" uuid not null,
    "step_order" integer not null,
    "name" text not null,
    "action_type" text not null,
    "config" jsonb not null default '{}'::jsonb,
    "on_failure" text not null default 'stop'::text,
    "next_step_id" uuid,
    "step_timeout" interval,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.workflow_steps
alter table "cmis"."workflow_steps" enable row level security;

-- [alter] comment table cmis.workflow_steps
COMMENT ON TABLE "cmis"."workflow_steps" IS 'Ordered steps of a workflow; branches jump with next_step_id.';

-- [alter] comment column cmis.workflow_steps.next_step_id
COMMENT ON COLUMN "cmis"."workflow_steps"."next_step_id" IS 'Explicit successor for branching; NULL means the next step_order.';

-- [create] table cmis.workflows
create table "cmis"."workflows" (
    "workflow_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "name" text not null,
    "description" text,
    "trigger_type" text not null,
    "trigger_config" jsonb not null default '{}'::jsonb,
    "schedule" cmis_ops.cron_expression,
    "status" text not null default 'draft'::text,
    "version" integer not null default 1,
    "campaign_id" uuid,
    "owner_user_id" uuid,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis.workflows
alter table "cmis"."workflows" enable row level security;

-- [alter] comment table cmis.workflows
COMMENT ON TABLE "cmis"."workflows" IS 'Automation workflow definitions: a trigger and an ordered list of steps.';

-- [alter] comment column cmis.workflows.version
COMMENT ON COLUMN "cmis"."workflows"."version" IS 'Incremented when the steps change; runs record the version they executed.';

-- [create] table cmis_marketing.bundle_items
create table "cmis_marketing"."bundle_items" (
    "bundle_item_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "bundle_id" uuid not null,
    "offering_id" uuid not null,
    "quantity" integer not null default 1,
    "position" smallint not null default 0,
    "is_optional" boolean not null default false,
    "price_override" cmis_marketing.money_amount,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis_marketing.bundle_items
alter table "cmis_marketing"."bundle_items" enable row level security;

-- [alter] comment table cmis_marketing.bundle_items
COMMENT ON TABLE "cmis_marketing"."bundle_items" IS 'Offerings contained in a bundle, with quantity and an optional unit price override.';

-- [create] table cmis_marketing.bundles
create table "cmis_marketing"."bundles" (
    "bundle_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "name" text not null,
    "slug" text not null,
    "description" text,
    "pricing_mode" text not null default 'sum_of_items'::text,
    "fixed_price" cmis_marketing.money_amount,
    "discount_percent" numeric(5,2),
    "currency" cmis_marketing.currency_code not null default 'USD'::bpchar,
    "is_active" boolean not null default true,
    "valid_during" tstzrange,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis_marketing.bundles
alter table "cmis_marketing"."bundles" enable row level security;

-- [alter] comment table cmis_marketing.bundles
COMMENT ON TABLE "cmis_marketing"."bundles" IS 'Packages of offerings sold together at a computed, fixed or discounted price.';

-- [alter] comment column cmis_marketing.bundles.pricing_mode
COMMENT ON COLUMN "cmis_marketing"."bundles"."pricing_mode" IS 'sum_of_items, fixed (fixed_price) or percent_discount (discount_percent off the sum).';

-- [create] table cmis_marketing.offering_campaign_links
create table "cmis_marketing"."offering_campaign_links" (
    "link_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "offering_id" uuid not null,
    "campaign_id" uuid not null,
    "link_role" text not null default 'featured'::text,
    "promo_price" cmis_marketing.money_amount,
    "starts_at" timestamp with time zone,
    "ends_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis_marketing.offering_campaign_links
alter table "cmis_marketing"."offering_campaign_links" enable row level security;

-- [alter] comment table cmis_marketing.offering_campaign_links
COMMENT ON TABLE "cmis_marketing"."offering_campaign_links" IS 'Offerings promoted by a campaign, with an optional promotional price.';

-- [create] table cmis_marketing.offerings
create table "cmis_marketing"."offerings" (
    "offering_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "sku_number" integer not null,
    "sku" text not null,
    "name" text not null,
    "slug" text not null,
    "kind" cmis_marketing.offering_kind not null default 'product'::cmis_marketing.offering_kind,
    "description" text,
    "base_price" cmis_marketing.money_amount not null,
    "currency" cmis_marketing.currency_code not null default 'USD'::bpchar,
    "billing_interval" text not null default 'one_time'::text,
    "tags" text[] not null default '{}'::text[],
    "attributes" jsonb not null default '{}'::jsonb,
    "is_active" boolean not null default true,
    "available_from" timestamp with time zone,
    "available_until" timestamp with time zone,
    "created_by" uuid,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((((COALESCE(name, ''::text) || ' '::text) || COALESCE(sku, ''::text)) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis_marketing.offerings
alter table "cmis_marketing"."offerings" enable row level security;

-- [alter] comment table cmis_marketing.offerings
COMMENT ON TABLE "cmis_marketing"."offerings" IS 'Sellable items of a tenant: products, services, subscriptions and add-ons.';

-- [alter] comment column cmis_marketing.offerings.sku_number
COMMENT ON COLUMN "cmis_marketing"."offerings"."sku_number" IS 'Internal catalogue number from cmis_marketing.offering_sku_number_seq.';

-- [alter] comment column cmis_marketing.offerings.base_price
COMMENT ON COLUMN "cmis_marketing"."offerings"."base_price" IS 'List price before price lists, bundles and promotions.';

-- [create] table cmis_marketing.price_list_entries
create table "cmis_marketing"."price_list_entries" (
    "entry_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "price_list_id" uuid not null,
    "offering_id" uuid not null,
    "unit_price" cmis_marketing.money_amount not null,
    "min_quantity" integer not null default 1,
    "valid_during" tstzrange not null default tstzrange(now(), NULL::timestamp with time zone),
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis_marketing.price_list_entries
alter table "cmis_marketing"."price_list_entries" enable row level security;

-- [alter] comment table cmis_marketing.price_list_entries
COMMENT ON TABLE "cmis_marketing"."price_list_entries" IS 'Unit price of an offering in a price list, per quantity tier and validity period.';

-- [alter] comment column cmis_marketing.price_list_entries.valid_during
COMMENT ON COLUMN "cmis_marketing"."price_list_entries"."valid_during" IS 'Entries of one offering and tier may not overlap in time (exclusion constraint).';

-- [create] table cmis_marketing.price_lists
create table "cmis_marketing"."price_lists" (
    "price_list_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "price_list_number" integer not null,
    "name" text not null,
    "currency" cmis_marketing.currency_code not null,
    "region_code" character(2),
    "customer_segment" text,
    "is_default" boolean not null default false,
    "status" text not null default 'draft'::text,
    "valid_during" tstzrange not null default tstzrange(now(), NULL::timestamp with time zone),
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis_marketing.price_lists
alter table "cmis_marketing"."price_lists" enable row level security;

-- [alter] comment table cmis_marketing.price_lists
COMMENT ON TABLE "cmis_marketing"."price_lists" IS 'Named price lists per currency, region or customer segment, valid for a period.';

-- [alter] comment column cmis_marketing.price_lists.is_default
COMMENT ON COLUMN "cmis_marketing"."price_lists"."is_default" IS 'At most one live default price list per org (partial unique index).';

-- [create] table cmis_ops.cache
create table "cmis_ops"."cache" (
    "key" text not null,
    "value" text not null,
    "expiration" integer not null
);

-- [alter] comment table cmis_ops.cache
COMMENT ON TABLE "cmis_ops"."cache" IS 'Laravel database cache store: serialized values keyed by cache key.';

-- [alter] comment column cmis_ops.cache.expiration
COMMENT ON COLUMN "cmis_ops"."cache"."expiration" IS 'Unix epoch second after which the entry is stale.';

-- [create] table cmis_ops.cache_locks
create table "cmis_ops"."cache_locks" (
    "key" text not null,
    "owner" text not null,
    "expiration" integer not null
);

-- [alter] comment table cmis_ops.cache_locks
COMMENT ON TABLE "cmis_ops"."cache_locks" IS 'Atomic locks of the Laravel cache store (Cache::lock).';

-- [alter] comment column cmis_ops.cache_locks.owner
COMMENT ON COLUMN "cmis_ops"."cache_locks"."owner" IS 'Random token of the process holding the lock.';

-- [create] table cmis_ops.data_sync_cursors
create table "cmis_ops"."data_sync_cursors" (
    "cursor_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "integration_id" uuid not null,
    "stream_name" text not null,
    "cursor_kind" text not null default 'timestamp'::text,
    "cursor_value" text,
    "last_synced_at" timestamp with time zone,
    "sync_lag" interval,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis_ops.data_sync_cursors
alter table "cmis_ops"."data_sync_cursors" enable row level security;

-- [alter] comment table cmis_ops.data_sync_cursors
COMMENT ON TABLE "cmis_ops"."data_sync_cursors" IS 'Incremental sync position per integration stream (high-water mark).';

-- [alter] comment column cmis_ops.data_sync_cursors.cursor_value
COMMENT ON COLUMN "cmis_ops"."data_sync_cursors"."cursor_value" IS 'Opaque position: timestamp, offset, page token or last id, as cursor_kind says.';

-- [create] table cmis_ops.etl_pipelines
create table "cmis_ops"."etl_pipelines" (
    "pipeline_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "integration_id" uuid,
    "name" text not null,
    "description" text,
    "source_kind" text not null,
    "target_table" text not null,
    "schedule" cmis_ops.cron_expression,
    "config" jsonb not null default '{}'::jsonb,
    "is_enabled" boolean not null default true,
    "max_retries" smallint not null default 3,
    "run_timeout" interval not null default '00:30:00'::interval,
    "last_run_at" timestamp with time zone,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis_ops.etl_pipelines
alter table "cmis_ops"."etl_pipelines" enable row level security;

-- [alter] comment table cmis_ops.etl_pipelines
COMMENT ON TABLE "cmis_ops"."etl_pipelines" IS 'Configured extract-transform-load pipelines of a tenant, optionally fed by an integration.';

-- [alter] comment column cmis_ops.etl_pipelines.target_table
COMMENT ON COLUMN "cmis_ops"."etl_pipelines"."target_table" IS 'Schema-qualified table the pipeline loads into, e.g. cmis.campaigns.';

-- [alter] comment column cmis_ops.etl_pipelines.schedule
COMMENT ON COLUMN "cmis_ops"."etl_pipelines"."schedule" IS 'Cron schedule; NULL for pipelines run only on demand.';

-- [create] table cmis_ops.etl_runs
create table "cmis_ops"."etl_runs" (
    "run_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "pipeline_id" uuid not null,
    "run_number" bigint not null,
    "status" cmis_ops.run_status not null default 'queued'::cmis_ops.run_status,
    "attempt" smallint not null default 1,
    "queued_at" timestamp with time zone not null default now(),
    "started_at" timestamp with time zone,
    "finished_at" timestamp with time zone,
    "rows_read" bigint not null default 0,
    "rows_written" bigint not null default 0,
    "rows_rejected" bigint not null default 0,
    "error_message" text,
    "stats" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] table cmis_ops.etl_runs
alter table "cmis_ops"."etl_runs" enable row level security;

-- [alter] comment table cmis_ops.etl_runs
COMMENT ON TABLE "cmis_ops"."etl_runs" IS 'One execution (attempt) of an ETL pipeline with row counters and outcome.';

-- [alter] comment column cmis_ops.etl_runs.run_number
COMMENT ON COLUMN "cmis_ops"."etl_runs"."run_number" IS 'Human-readable run number from cmis_ops.etl_run_number_seq.';

-- [create] table cmis_ops.failed_jobs
create table "cmis_ops"."failed_jobs" (
    "id" bigint not null,
    "uuid" uuid not null default gen_random_uuid(),
    "connection" text not null,
    "queue" cmis_ops.queue_name not null,
    "payload" jsonb not null,
    "exception" text not null,
    "attempts" smallint not null default 0,
    "failed_at" timestamp with time zone not null default now(),
    "retried_at" timestamp with time zone
);

-- [alter] comment table cmis_ops.failed_jobs
COMMENT ON TABLE "cmis_ops"."failed_jobs" IS 'Jobs that exhausted their attempts, kept for inspection and manual retry.';

-- [alter] comment column cmis_ops.failed_jobs.uuid
COMMENT ON COLUMN "cmis_ops"."failed_jobs"."uuid" IS 'Public id used by queue:retry.';

-- [create] table cmis_ops.job_batches
create table "cmis_ops"."job_batches" (
    "batch_id" uuid not null default uuidv7(),
    "name" text not null,
    "total_jobs" integer not null default 0,
    "pending_jobs" integer not null default 0,
    "failed_jobs" integer not null default 0,
    "failed_job_ids" bigint[] not null default '{}'::bigint[],
    "options" jsonb not null default '{}'::jsonb,
    "cancelled_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "finished_at" timestamp with time zone
);

-- [alter] comment table cmis_ops.job_batches
COMMENT ON TABLE "cmis_ops"."job_batches" IS 'Laravel job batches (Bus::batch) with their progress counters.';

-- [create] table cmis_ops.jobs
create table "cmis_ops"."jobs" (
    "id" bigint not null,
    "queue" cmis_ops.queue_name not null default 'default'::text,
    "payload" jsonb not null,
    "attempts" smallint not null default 0,
    "priority" smallint not null default 0,
    "batch_id" uuid,
    "reserved_at" timestamp with time zone,
    "reserved_by" text,
    "available_at" timestamp with time zone not null default now(),
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis_ops.jobs
COMMENT ON TABLE "cmis_ops"."jobs" IS 'Database queue: pending and reserved jobs; a worker deletes a job when it succeeds.';

-- [alter] comment column cmis_ops.jobs.id
COMMENT ON COLUMN "cmis_ops"."jobs"."id" IS 'Bigint id from cmis_ops.jobs_id_seq (FIFO order within a queue).';

-- [alter] comment column cmis_ops.jobs.reserved_at
COMMENT ON COLUMN "cmis_ops"."jobs"."reserved_at" IS 'Set when a worker takes the job; NULL while the job waits.';

-- [create] table cmis_ops.scheduled_tasks
create table "cmis_ops"."scheduled_tasks" (
    "task_id" uuid not null default gen_random_uuid(),
    "task_name" text not null,
    "command" text not null,
    "cron_expression" text not null,
    "timezone_name" text not null default 'UTC'::text,
    "is_enabled" boolean not null default true,
    "without_overlapping" boolean not null default true,
    "max_runtime" interval not null default '01:00:00'::interval,
    "last_started_at" timestamp with time zone,
    "last_finished_at" timestamp with time zone,
    "last_exit_code" smallint,
    "next_run_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis_ops.scheduled_tasks
COMMENT ON TABLE "cmis_ops"."scheduled_tasks" IS 'Scheduler entries (artisan commands on a cron expression) and their last run.';

-- [alter] comment column cmis_ops.scheduled_tasks.cron_expression
COMMENT ON COLUMN "cmis_ops"."scheduled_tasks"."cron_expression" IS 'Five or six field cron expression, evaluated in timezone_name.';

-- [create] table cmis_ops.sessions
create table "cmis_ops"."sessions" (
    "id" text not null,
    "user_id" uuid,
    "ip_address" inet,
    "user_agent" text,
    "payload" text not null,
    "last_activity" timestamp with time zone not null default now()
);

-- [alter] comment table cmis_ops.sessions
COMMENT ON TABLE "cmis_ops"."sessions" IS 'Laravel database session store for the web UI (API tokens use cmis.user_sessions).';

-- [alter] comment column cmis_ops.sessions.payload
COMMENT ON COLUMN "cmis_ops"."sessions"."payload" IS 'Base64 serialized session data; never readable by cmis_readonly.';

-- [create] table cmis_staging.import_batches
create table "cmis_staging"."import_batches" (
    "batch_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "batch_number" integer not null,
    "pipeline_id" uuid,
    "integration_id" uuid,
    "source_name" text not null,
    "file_name" text,
    "file_size_bytes" bigint,
    "checksum_sha256" bytea,
    "entity_type" text not null,
    "status" text not null default 'pending'::text,
    "row_count" integer not null default 0,
    "error_count" integer not null default 0,
    "uploaded_by" uuid,
    "received_at" timestamp with time zone not null default now(),
    "validated_at" timestamp with time zone,
    "loaded_at" timestamp with time zone,
    "metadata" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table cmis_staging.import_batches
alter table "cmis_staging"."import_batches" enable row level security;

-- [alter] comment table cmis_staging.import_batches
COMMENT ON TABLE "cmis_staging"."import_batches" IS 'A file or API payload landed for import; validated before it is loaded into the hot tables.';

-- [alter] comment column cmis_staging.import_batches.entity_type
COMMENT ON COLUMN "cmis_staging"."import_batches"."entity_type" IS 'Kind of record the batch carries, e.g. contacts, campaigns, ad_metrics.';

-- [create] table cmis_staging.import_errors
create table "cmis_staging"."import_errors" (
    "import_error_id" uuid not null default gen_random_uuid(),
    "org_id" uuid not null,
    "batch_id" uuid not null,
    "import_row_id" uuid,
    "field_name" text,
    "error_code" text not null,
    "message" text not null,
    "severity" text not null default 'error'::text,
    "raw_value" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] table cmis_staging.import_errors
alter table "cmis_staging"."import_errors" enable row level security;

-- [alter] comment table cmis_staging.import_errors
COMMENT ON TABLE "cmis_staging"."import_errors" IS 'Validation findings of an import batch, per row and field when known.';

-- [create] table cmis_staging.import_rows
create table "cmis_staging"."import_rows" (
    "import_row_id" uuid not null default uuidv7(),
    "org_id" uuid not null,
    "batch_id" uuid not null,
    "row_number" integer not null,
    "payload" jsonb not null,
    "normalized" jsonb,
    "status" text not null default 'pending'::text,
    "target_id" uuid,
    "created_at" timestamp with time zone not null default now(),
    "processed_at" timestamp with time zone
);

-- [alter] table cmis_staging.import_rows
alter table "cmis_staging"."import_rows" enable row level security;

-- [alter] comment table cmis_staging.import_rows
COMMENT ON TABLE "cmis_staging"."import_rows" IS 'Raw rows of an import batch, as received and after normalisation.';

-- [alter] comment column cmis_staging.import_rows.target_id
COMMENT ON COLUMN "cmis_staging"."import_rows"."target_id" IS 'Primary key of the row created or updated from this import row.';

-- [create] table cmis_system_health.health_check_results
create table "cmis_system_health"."health_check_results" (
    "result_id" bigint not null,
    "check_id" uuid not null,
    "status" cmis_system_health.health_status not null,
    "latency_ms" integer,
    "message" text,
    "details" jsonb not null default '{}'::jsonb,
    "host_name" text,
    "observed_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis_system_health.health_check_results
COMMENT ON TABLE "cmis_system_health"."health_check_results" IS 'Append-only samples of health check runs; rows are never updated.';

-- [create] table cmis_system_health.health_checks
create table "cmis_system_health"."health_checks" (
    "check_id" uuid not null default gen_random_uuid(),
    "check_name" text not null,
    "component" text not null,
    "check_type" text not null,
    "interval_seconds" integer not null default 60,
    "warn_threshold_ms" integer,
    "fail_threshold_ms" integer,
    "is_enabled" boolean not null default true,
    "config" jsonb not null default '{}'::jsonb,
    "last_status" cmis_system_health.health_status not null default 'unknown'::cmis_system_health.health_status,
    "last_checked_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table cmis_system_health.health_checks
COMMENT ON TABLE "cmis_system_health"."health_checks" IS 'Registered health checks (database, queue depth, platform APIs, ...) and their latest status.';

-- [alter] comment column cmis_system_health.health_checks.last_status
COMMENT ON COLUMN "cmis_system_health"."health_checks"."last_status" IS 'Denormalised status of the newest result, maintained by trigger.';

-- [create] table lab.experiment_event_log
create table "lab"."experiment_event_log" (
    "event_id" uuid not null default uuidv7(),
    "event_seq" bigint not null,
    "org_id" uuid not null,
    "experiment_id" uuid not null,
    "variant_id" uuid,
    "assignment_id" uuid,
    "event_type" text not null,
    "event_name" text,
    "event_value" numeric(14,4),
    "occurred_at" timestamp with time zone not null default now(),
    "payload" jsonb not null default '{}'::jsonb
);

-- [alter] table lab.experiment_event_log
alter table "lab"."experiment_event_log" enable row level security;

-- [alter] comment table lab.experiment_event_log
COMMENT ON TABLE "lab"."experiment_event_log" IS 'Append-only exposure and conversion events that experiment results are computed from.';

-- [alter] comment column lab.experiment_event_log.event_seq
COMMENT ON COLUMN "lab"."experiment_event_log"."event_seq" IS 'Monotonic sequence number used by incremental result computation.';

-- [create] table lab.experiment_feature_flags
create table "lab"."experiment_feature_flags" (
    "flag_id" uuid not null default gen_random_uuid(),
    "org_id" uuid,
    "flag_key" text not null,
    "description" text,
    "is_enabled" boolean not null default false,
    "rollout_percentage" smallint not null default 0,
    "experiment_id" uuid,
    "targeting_rules" jsonb not null default '[]'::jsonb,
    "expires_at" timestamp with time zone,
    "created_by" uuid,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now(),
    "deleted_at" timestamp with time zone
);

-- [alter] table lab.experiment_feature_flags
alter table "lab"."experiment_feature_flags" enable row level security;

-- [alter] comment table lab.experiment_feature_flags
COMMENT ON TABLE "lab"."experiment_feature_flags" IS 'Feature flags for experimental features; org_id NULL is a global default overridden per org.';

-- [alter] comment column lab.experiment_feature_flags.rollout_percentage
COMMENT ON COLUMN "lab"."experiment_feature_flags"."rollout_percentage" IS 'Share of subjects (0..100) that see the feature, by stable hash of the subject key.';

-- [create] table public.ad_formats
create table "public"."ad_formats" (
    "format_code" text not null,
    "platform_code" text not null,
    "name" text not null,
    "media_kind" media_kind not null,
    "aspect_ratio_codes" text[] not null default '{}'::text[],
    "max_file_size_bytes" bigint,
    "max_duration_seconds" integer,
    "max_headline_chars" smallint,
    "max_body_chars" smallint,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.ad_formats
COMMENT ON TABLE "public"."ad_formats" IS 'Creative formats per platform with their size and length limits.';

-- [create] table public.ad_objective_types
create table "public"."ad_objective_types" (
    "objective_code" text not null,
    "name" text not null,
    "funnel_stage_code" text,
    "description" text,
    "platform_codes" text[] not null default '{}'::text[],
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.ad_objective_types
COMMENT ON TABLE "public"."ad_objective_types" IS 'Platform-neutral campaign objectives (awareness, traffic, leads, sales, ...).';

-- [alter] comment column public.ad_objective_types.platform_codes
COMMENT ON COLUMN "public"."ad_objective_types"."platform_codes" IS 'Platforms that offer an equivalent native objective.';

-- [create] table public.ad_placement_types
create table "public"."ad_placement_types" (
    "placement_code" text not null,
    "platform_code" text not null,
    "name" text not null,
    "media_kinds" media_kind[] not null default '{}'::media_kind[],
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.ad_placement_types
COMMENT ON TABLE "public"."ad_placement_types" IS 'Where an ad can run on a platform (feed, stories, reels, search, ...).';

-- [create] table public.age_ranges
create table "public"."age_ranges" (
    "age_range_code" text not null,
    "age_span" int4range not null,
    "label" text not null,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.age_ranges
COMMENT ON TABLE "public"."age_ranges" IS 'Non-overlapping age buckets (18-24, 25-34, ...) used in targeting and breakdowns.';

-- [create] table public.aspect_ratios
create table "public"."aspect_ratios" (
    "aspect_ratio_code" text not null,
    "width_units" smallint not null,
    "height_units" smallint not null,
    "ratio" numeric(8,4) generated always as (round(((width_units)::numeric / (height_units)::numeric), 4)) stored,
    "name" text not null,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.aspect_ratios
COMMENT ON TABLE "public"."aspect_ratios" IS 'Creative aspect ratios (1:1, 4:5, 9:16, 16:9, 1.91:1 as 191:100).';

-- [create] table public.attribution_models
create table "public"."attribution_models" (
    "model_code" text not null,
    "name" text not null,
    "click_lookback_days" smallint not null default 7,
    "view_lookback_days" smallint not null default 1,
    "is_data_driven" boolean not null default false,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.attribution_models
COMMENT ON TABLE "public"."attribution_models" IS 'Conversion attribution models (last_click, first_click, linear, time_decay, data_driven).';

-- [create] table public.bid_strategies
create table "public"."bid_strategies" (
    "bid_strategy_code" text not null,
    "name" text not null,
    "requires_bid_amount" boolean not null default false,
    "requires_target_roas" boolean not null default false,
    "description" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.bid_strategies
COMMENT ON TABLE "public"."bid_strategies" IS 'Bidding strategies (lowest_cost, cost_cap, bid_cap, target_roas, ...).';

-- [create] table public.billing_event_types
create table "public"."billing_event_types" (
    "billing_event_code" text not null,
    "name" text not null,
    "unit_label" text not null,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.billing_event_types
COMMENT ON TABLE "public"."billing_event_types" IS 'What a platform charges for (impressions, clicks, thruplays, ...).';

-- [create] table public.call_to_action_types
create table "public"."call_to_action_types" (
    "cta_code" text not null,
    "label" text not null,
    "platform_codes" text[] not null default '{}'::text[],
    "requires_link" boolean not null default true,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.call_to_action_types
COMMENT ON TABLE "public"."call_to_action_types" IS 'Call-to-action buttons (LEARN_MORE, SHOP_NOW, SIGN_UP, ...) and where they exist.';

-- [create] table public.channel_types
create table "public"."channel_types" (
    "channel_code" text not null,
    "name" text not null,
    "is_paid" boolean not null default false,
    "is_owned" boolean not null default false,
    "sort_order" smallint not null default 0,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.channel_types
COMMENT ON TABLE "public"."channel_types" IS 'Marketing channels (paid_social, organic_social, search, email, web, ...).';

-- [create] table public.content_types
create table "public"."content_types" (
    "content_type_code" text not null,
    "name" text not null,
    "media_kind" media_kind not null,
    "max_duration_seconds" integer,
    "is_ephemeral" boolean not null default false,
    "description" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.content_types
COMMENT ON TABLE "public"."content_types" IS 'Kinds of content items (post, story, reel, article, newsletter, ...).';

-- [create] table public.countries
create table "public"."countries" (
    "country_code" iso_country_code not null,
    "iso3_code" character(3) not null,
    "numeric_code" smallint,
    "name" text not null,
    "official_name" text,
    "region_code" text,
    "default_currency_code" iso_currency_code,
    "phone_prefix" text,
    "is_eu_member" boolean not null default false,
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.countries
COMMENT ON TABLE "public"."countries" IS 'ISO 3166-1 countries used for targeting, billing and reporting.';

-- [alter] comment column public.countries.country_code
COMMENT ON COLUMN "public"."countries"."country_code" IS 'ISO 3166-1 alpha-2 code, the natural key.';

-- [create] table public.currencies
create table "public"."currencies" (
    "currency_code" iso_currency_code not null,
    "numeric_code" smallint,
    "name" text not null,
    "symbol" text,
    "minor_units" smallint not null default 2,
    "is_crypto" boolean not null default false,
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.currencies
COMMENT ON TABLE "public"."currencies" IS 'ISO 4217 currencies for budgets, spend and billing.';

-- [alter] comment column public.currencies.minor_units
COMMENT ON COLUMN "public"."currencies"."minor_units" IS 'Digits after the decimal point (2 for USD, 0 for JPY, 3 for KWD).';

-- [create] table public.device_types
create table "public"."device_types" (
    "device_type_code" text not null,
    "label" text not null,
    "is_mobile" boolean not null default false,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.device_types
COMMENT ON TABLE "public"."device_types" IS 'Device categories for targeting and breakdowns (desktop, mobile, tablet, ctv).';

-- [create] table public.funnel_stages
create table "public"."funnel_stages" (
    "stage_code" text not null,
    "name" text not null,
    "sort_order" smallint not null,
    "description" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.funnel_stages
COMMENT ON TABLE "public"."funnel_stages" IS 'Marketing funnel stages (awareness, consideration, conversion, retention, advocacy).';

-- [create] table public.genders
create table "public"."genders" (
    "gender_code" text not null,
    "label" text not null,
    "sort_order" smallint not null default 0,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.genders
COMMENT ON TABLE "public"."genders" IS 'Gender buckets as reported by ad platforms (female, male, unknown).';

-- [create] table public.industries
create table "public"."industries" (
    "industry_code" text not null,
    "name" text not null,
    "parent_industry_code" text,
    "path" ltree,
    "naics_code" text,
    "description" text,
    "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, ((COALESCE(name, ''::text) || ' '::text) || COALESCE(description, ''::text)))) stored,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.industries
COMMENT ON TABLE "public"."industries" IS 'Industry taxonomy (tree) used to classify orgs, audiences and benchmarks.';

-- [alter] comment column public.industries.path
COMMENT ON COLUMN "public"."industries"."path" IS 'Materialised ltree path from the root industry, maintained by trigger.';

-- [create] table public.kpi_metrics
create table "public"."kpi_metrics" (
    "metric_code" text not null,
    "name" text not null,
    "unit" text not null,
    "aggregation" metric_aggregation not null default 'sum'::metric_aggregation,
    "higher_is_better" boolean not null default true,
    "formula" text,
    "display_order" smallint not null,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.kpi_metrics
COMMENT ON TABLE "public"."kpi_metrics" IS 'KPI catalogue (impressions, ctr, cpc, cpa, roas, ...) used by goals and reports.';

-- [alter] comment column public.kpi_metrics.formula
COMMENT ON COLUMN "public"."kpi_metrics"."formula" IS 'For ratio metrics: the expression over base metrics, e.g. clicks / impressions.';

-- [create] table public.languages
create table "public"."languages" (
    "language_code" text not null,
    "iso639_2_code" character(3),
    "name" text not null,
    "native_name" text,
    "is_rtl" boolean not null default false,
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.languages
COMMENT ON TABLE "public"."languages" IS 'ISO 639 languages of copy, content and audiences.';

-- [alter] comment column public.languages.is_rtl
COMMENT ON COLUMN "public"."languages"."is_rtl" IS 'True for right-to-left scripts (Arabic, Hebrew, ...).';

-- [create] table public.locales
create table "public"."locales" (
    "locale_code" text not null,
    "language_code" text not null,
    "country_code" iso_country_code,
    "name" text not null,
    "date_format" text not null default 'YYYY-MM-DD'::text,
    "decimal_separator" character(1) not null default '.'::bpchar,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.locales
COMMENT ON TABLE "public"."locales" IS 'BCP 47 locales (language plus optional country) for formatting and copy.';

-- [create] table public.media_mime_types
create table "public"."media_mime_types" (
    "mime_type" text not null,
    "media_kind" media_kind not null,
    "file_extensions" text[] not null default '{}'::text[],
    "max_size_bytes" bigint,
    "is_allowed" boolean not null default true,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.media_mime_types
COMMENT ON TABLE "public"."media_mime_types" IS 'Allowed upload MIME types and their size limits.';

-- [create] table public.platform_api_versions
create table "public"."platform_api_versions" (
    "platform_code" text not null,
    "api_version" text not null,
    "released_on" date not null,
    "sunset_on" date,
    "is_default" boolean not null default false,
    "changelog_url" text,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.platform_api_versions
COMMENT ON TABLE "public"."platform_api_versions" IS 'API versions per platform with their support window.';

-- [create] table public.platforms
create table "public"."platforms" (
    "platform_code" text not null,
    "name" text not null,
    "category" text not null,
    "api_base_url" text,
    "supports_ads" boolean not null default false,
    "supports_organic" boolean not null default false,
    "supports_webhooks" boolean not null default false,
    "oauth_scopes" text[] not null default '{}'::text[],
    "rate_limit_per_hour" integer,
    "is_active" boolean not null default true,
    "metadata" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.platforms
COMMENT ON TABLE "public"."platforms" IS 'External platforms CMIS integrates with (meta, google_ads, tiktok, linkedin, x, ...).';

-- [alter] comment column public.platforms.platform_code
COMMENT ON COLUMN "public"."platforms"."platform_code" IS 'Stable code referenced by integrations, accounts and ad objects.';

-- [create] table public.regions
create table "public"."regions" (
    "region_code" text not null,
    "name" text not null,
    "parent_region_code" text,
    "path" ltree,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.regions
COMMENT ON TABLE "public"."regions" IS 'Sales and reporting regions (EMEA, APAC, ...) arranged as a tree.';

-- [alter] comment column public.regions.path
COMMENT ON COLUMN "public"."regions"."path" IS 'Materialised ltree path of region codes from the root, maintained by trigger.';

-- [create] table public.timezones
create table "public"."timezones" (
    "timezone_name" text not null,
    "country_code" iso_country_code,
    "utc_offset" interval not null,
    "observes_dst" boolean not null default false,
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now()
);

-- [alter] comment table public.timezones
COMMENT ON TABLE "public"."timezones" IS 'IANA time zones for ad account reporting days and publishing schedules.';

-- [alter] comment column public.timezones.utc_offset
COMMENT ON COLUMN "public"."timezones"."utc_offset" IS 'Standard (non-DST) offset from UTC.';

-- [create] view cmis.ad_campaign_spend_v
create or replace view "cmis"."ad_campaign_spend_v" with (security_invoker=true) as  SELECT ac.org_id,
    ac.ad_campaign_id,
    ac.campaign_id,
    ac.platform,
    ac.name,
    ac.status,
    COALESCE(sum(m.spend::numeric), 0::numeric)::numeric(14,2) AS total_spend,
    COALESCE(sum(m.impressions), 0::numeric)::bigint AS total_impressions,
    COALESCE(sum(m.clicks), 0::numeric)::bigint AS total_clicks,
    COALESCE(sum(m.conversions), 0::numeric)::numeric(14,2) AS total_conversions,
    max(m.metric_date) AS last_metric_date
   FROM cmis.ad_campaigns ac
     LEFT JOIN cmis.ad_metrics_daily m ON m.ad_campaign_id = ac.ad_campaign_id AND m.ad_set_id IS NULL
  WHERE ac.deleted_at IS NULL
  GROUP BY ac.org_id, ac.ad_campaign_id, ac.campaign_id, ac.platform, ac.name, ac.status;

-- [create] view cmis.social_posts_due_v
create or replace view "cmis"."social_posts_due_v" with (security_invoker=true) as  SELECT s.scheduled_post_id,
    s.org_id,
    s.post_id,
    s.integration_id,
    p.platform,
    s.scheduled_for,
    s.attempt_count
   FROM cmis.scheduled_social_posts s
     JOIN cmis.social_posts p ON p.post_id = s.post_id
  WHERE s.status = 'pending'::text AND s.scheduled_for <= now() AND p.deleted_at IS NULL AND (p.status = ANY (ARRAY['approved'::cmis.social_post_status, 'scheduled'::cmis.social_post_status]));

-- [create] view cmis.team_roster
create or replace view "cmis"."team_roster" with (security_invoker=true) as  SELECT t.team_id,
    t.org_id,
    t.name AS team_name,
    t.path,
    tm.user_id,
    u.display_name,
    u.email,
    tm.member_role,
    tm.joined_at
   FROM cmis.teams t
     JOIN cmis.team_members tm ON tm.team_id = t.team_id AND tm.left_at IS NULL
     JOIN cmis.users u ON u.user_id = tm.user_id AND u.deleted_at IS NULL
  WHERE t.deleted_at IS NULL;

-- [create] view cmis.v_campaign_overview
create or replace view "cmis"."v_campaign_overview" with (security_invoker=true) as  SELECT c.campaign_id,
    c.org_id,
    c.campaign_number,
    c.name,
    c.status,
    c.objective_code,
    c.start_date,
    c.end_date,
    c.currency_code,
    c.total_budget,
    COALESCE(b.budgeted, 0::numeric)::numeric(14,2) AS budgeted_amount,
    COALESCE(b.spent, 0::numeric)::numeric(14,2) AS spent_amount,
    ( SELECT count(*) AS count
           FROM cmis.campaign_channels ch
          WHERE ch.campaign_id = c.campaign_id AND ch.is_active) AS active_channel_count,
    ( SELECT count(*) AS count
           FROM cmis.campaign_context_links l
          WHERE l.campaign_id = c.campaign_id) AS context_count,
    g.metric_code AS primary_metric_code,
    g.target_value AS primary_target_value,
    g.current_value AS primary_current_value,
    c.owner_user_id,
    c.updated_at
   FROM cmis.campaigns c
     LEFT JOIN LATERAL ( SELECT sum(cb.amount::numeric) AS budgeted,
            sum(cb.spent_amount::numeric) AS spent
           FROM cmis.campaign_budgets cb
          WHERE cb.campaign_id = c.campaign_id AND cb.deleted_at IS NULL) b ON true
     LEFT JOIN cmis.campaign_goals g ON g.campaign_id = c.campaign_id AND g.is_primary AND g.deleted_at IS NULL
  WHERE c.deleted_at IS NULL;

-- [create] view cmis.v_integration_overview
create or replace view "cmis"."v_integration_overview" with (security_invoker=true) as  SELECT i.integration_id,
    i.org_id,
    i.platform_code,
    i.name,
    i.status,
    i.connected_at,
    i.last_synced_at,
    ( SELECT count(*) AS count
           FROM cmis.ad_accounts a
          WHERE a.integration_id = i.integration_id AND a.deleted_at IS NULL) AS ad_account_count,
    ( SELECT count(*) AS count
           FROM cmis.social_accounts s
          WHERE s.integration_id = i.integration_id AND s.deleted_at IS NULL) AS social_account_count,
    ( SELECT max(t.expires_at) AS max
           FROM cmis.oauth_tokens t
          WHERE t.integration_id = i.integration_id AND t.revoked_at IS NULL) AS token_expires_at,
    l.outcome AS last_sync_outcome,
    l.finished_at AS last_sync_finished_at
   FROM cmis.integrations i
     LEFT JOIN LATERAL ( SELECT sl.outcome,
            sl.finished_at
           FROM cmis.integration_sync_logs sl
          WHERE sl.integration_id = i.integration_id
          ORDER BY sl.started_at DESC
         LIMIT 1) l ON true
  WHERE i.deleted_at IS NULL;

-- [create] view cmis_marketing.bundle_pricing
create or replace view "cmis_marketing"."bundle_pricing" with (security_invoker=true) as  SELECT b.bundle_id,
    b.org_id,
    b.name,
    b.pricing_mode,
    b.currency,
    count(bi.bundle_item_id) AS item_count,
    COALESCE(sum(COALESCE(bi.price_override, o.base_price)::numeric * bi.quantity::numeric) FILTER (WHERE NOT bi.is_optional), 0::numeric)::numeric(14,2) AS list_price,
        CASE b.pricing_mode
            WHEN 'fixed'::text THEN b.fixed_price::numeric(14,2)
            WHEN 'percent_discount'::text THEN round(COALESCE(sum(COALESCE(bi.price_override, o.base_price)::numeric * bi.quantity::numeric) FILTER (WHERE NOT bi.is_optional), 0::numeric) * (100::numeric - b.discount_percent) / 100::numeric, 2)
            ELSE COALESCE(sum(COALESCE(bi.price_override, o.base_price)::numeric * bi.quantity::numeric) FILTER (WHERE NOT bi.is_optional), 0::numeric)::numeric(14,2)
        END AS effective_price
   FROM cmis_marketing.bundles b
     LEFT JOIN cmis_marketing.bundle_items bi ON bi.bundle_id = b.bundle_id
     LEFT JOIN cmis_marketing.offerings o ON o.offering_id = bi.offering_id AND o.deleted_at IS NULL
  WHERE b.deleted_at IS NULL
  GROUP BY b.bundle_id, b.org_id, b.name, b.pricing_mode, b.currency, b.fixed_price, b.discount_percent;

-- [create] view cmis_ops.v_queue_depth
create or replace view "cmis_ops"."v_queue_depth" as  SELECT queue,
    count(*) FILTER (WHERE reserved_at IS NULL AND available_at <= now()) AS ready_jobs,
    count(*) FILTER (WHERE reserved_at IS NULL AND available_at > now()) AS delayed_jobs,
    count(*) FILTER (WHERE reserved_at IS NOT NULL) AS reserved_jobs,
    min(created_at) FILTER (WHERE reserved_at IS NULL) AS oldest_waiting_at
   FROM cmis_ops.jobs j
  GROUP BY queue;

-- [create] view cmis_system_health.v_current_health
create or replace view "cmis_system_health"."v_current_health" as  SELECT c.check_id,
    c.check_name,
    c.component,
    c.check_type,
    r.status,
    r.latency_ms,
    r.message,
    r.observed_at,
    r.observed_at IS NULL OR r.observed_at < (now() - make_interval(secs => (c.interval_seconds * 3)::double precision)) AS is_stale
   FROM cmis_system_health.health_checks c
     LEFT JOIN LATERAL ( SELECT hr.status,
            hr.latency_ms,
            hr.message,
            hr.observed_at
           FROM cmis_system_health.health_check_results hr
          WHERE hr.check_id = c.check_id
          ORDER BY hr.observed_at DESC
         LIMIT 1) r ON true
  WHERE c.is_enabled;

-- [create] view public.v_platform_capabilities
create or replace view "public"."v_platform_capabilities" as  SELECT p.platform_code,
    p.name,
    p.category,
    p.supports_ads,
    p.supports_organic,
    p.supports_webhooks,
    v.api_version AS default_api_version,
    v.sunset_on AS default_api_sunset_on,
    ( SELECT count(*) AS count
           FROM ad_formats f
          WHERE f.platform_code = p.platform_code) AS ad_format_count,
    ( SELECT count(*) AS count
           FROM ad_placement_types pl
          WHERE pl.platform_code = p.platform_code) AS placement_count
   FROM platforms p
     LEFT JOIN platform_api_versions v ON v.platform_code = p.platform_code AND v.is_default
  WHERE p.is_active;

-- [alter] comment view cmis.ad_campaign_spend_v
COMMENT ON VIEW "cmis"."ad_campaign_spend_v" IS 'Lifetime spend and delivery per live ad campaign (campaign-level metric rows).';

-- [alter] comment view cmis.social_posts_due_v
COMMENT ON VIEW "cmis"."social_posts_due_v" IS 'Scheduled posts whose time has come and that are approved for publishing.';

-- [alter] comment view cmis.team_roster
COMMENT ON VIEW "cmis"."team_roster" IS 'Current members of every live team with their names; runs with the caller''s RLS.';

-- [alter] comment view cmis.v_campaign_overview
COMMENT ON VIEW "cmis"."v_campaign_overview" IS 'Campaign list with budget totals, channel and context counts and the primary goal; security_invoker so RLS applies.';

-- [alter] comment view cmis.v_integration_overview
COMMENT ON VIEW "cmis"."v_integration_overview" IS 'Integration health at a glance: accounts, token expiry and last sync; security_invoker so RLS applies.';

-- [alter] comment view cmis_marketing.bundle_pricing
COMMENT ON VIEW "cmis_marketing"."bundle_pricing" IS 'List and effective price of each live bundle (required items only); runs with the caller''s RLS.';

-- [alter] comment view cmis_ops.v_queue_depth
COMMENT ON VIEW "cmis_ops"."v_queue_depth" IS 'Ready, delayed and reserved job counts per queue.';

-- [alter] comment view cmis_system_health.v_current_health
COMMENT ON VIEW "cmis_system_health"."v_current_health" IS 'Newest result of every enabled check, flagged stale after three missed intervals.';

-- [alter] comment view public.v_platform_capabilities
COMMENT ON VIEW "public"."v_platform_capabilities" IS 'One row per active platform: features, default API version and catalogue sizes.';

-- [create] trigger cmis.orgs.orgs_set_updated_at
CREATE TRIGGER orgs_set_updated_at BEFORE UPDATE ON cmis.orgs FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();

-- [create] trigger cmis.roles.roles_protect_system
CREATE TRIGGER roles_protect_system BEFORE DELETE OR UPDATE ON cmis.roles FOR EACH ROW WHEN (old.is_system) EXECUTE FUNCTION cmis.prevent_system_role_change();

-- [create] trigger cmis.roles.roles_set_updated_at
CREATE TRIGGER roles_set_updated_at BEFORE UPDATE ON cmis.roles FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();

-- [create] trigger cmis.user_orgs.user_orgs_set_updated_at
CREATE TRIGGER user_orgs_set_updated_at BEFORE UPDATE ON cmis.user_orgs FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();

-- [create] trigger cmis.users.users_set_updated_at
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON cmis.users FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();

-- [create] policy cmis.ad_accounts.ad_accounts_tenant_isolation
create policy "ad_accounts_tenant_isolation"
on "cmis"."ad_accounts"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_audiences.ad_audiences_tenant_isolation
create policy "ad_audiences_tenant_isolation"
on "cmis"."ad_audiences"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_budget_changes.ad_budget_changes_tenant_isolation
create policy "ad_budget_changes_tenant_isolation"
on "cmis"."ad_budget_changes"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_campaigns.ad_campaigns_tenant_isolation
create policy "ad_campaigns_tenant_isolation"
on "cmis"."ad_campaigns"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_conversion_events.ad_conversion_events_tenant_isolation
create policy "ad_conversion_events_tenant_isolation"
on "cmis"."ad_conversion_events"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_creatives.ad_creatives_tenant_isolation
create policy "ad_creatives_tenant_isolation"
on "cmis"."ad_creatives"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_metrics_daily.ad_metrics_daily_tenant_isolation
create policy "ad_metrics_daily_tenant_isolation"
on "cmis"."ad_metrics_daily"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_platform_sync_states.ad_platform_sync_states_tenant_isolation
create policy "ad_platform_sync_states_tenant_isolation"
on "cmis"."ad_platform_sync_states"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_rules.ad_rules_tenant_isolation
create policy "ad_rules_tenant_isolation"
on "cmis"."ad_rules"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_set_audiences.ad_set_audiences_tenant_isolation
create policy "ad_set_audiences_tenant_isolation"
on "cmis"."ad_set_audiences"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_sets.ad_sets_tenant_isolation
create policy "ad_sets_tenant_isolation"
on "cmis"."ad_sets"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ad_sync_runs.ad_sync_runs_tenant_isolation
create policy "ad_sync_runs_tenant_isolation"
on "cmis"."ad_sync_runs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.ads.ads_tenant_isolation
create policy "ads_tenant_isolation"
on "cmis"."ads"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.api_keys.api_keys_tenant_isolation
create policy "api_keys_tenant_isolation"
on "cmis"."api_keys"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.audiences.audiences_tenant_isolation
create policy "audiences_tenant_isolation"
on "cmis"."audiences"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.automation_rules.automation_rules_tenant_isolation
create policy "automation_rules_tenant_isolation"
on "cmis"."automation_rules"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_audiences.campaign_audiences_tenant_isolation
create policy "campaign_audiences_tenant_isolation"
on "cmis"."campaign_audiences"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_budgets.campaign_budgets_tenant_isolation
create policy "campaign_budgets_tenant_isolation"
on "cmis"."campaign_budgets"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_channels.campaign_channels_tenant_isolation
create policy "campaign_channels_tenant_isolation"
on "cmis"."campaign_channels"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_context_links.campaign_context_links_tenant_isolation
create policy "campaign_context_links_tenant_isolation"
on "cmis"."campaign_context_links"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_goals.campaign_goals_tenant_isolation
create policy "campaign_goals_tenant_isolation"
on "cmis"."campaign_goals"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_members.campaign_members_tenant_isolation
create policy "campaign_members_tenant_isolation"
on "cmis"."campaign_members"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_milestones.campaign_milestones_tenant_isolation
create policy "campaign_milestones_tenant_isolation"
on "cmis"."campaign_milestones"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaign_status_history.campaign_status_history_tenant_isolation
create policy "campaign_status_history_tenant_isolation"
on "cmis"."campaign_status_history"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.campaigns.campaigns_readonly_hide_drafts
create policy "campaigns_readonly_hide_drafts"
on "cmis"."campaigns"
as restrictive
for select
to cmis_readonly
using (((status <> 'draft'::cmis.campaign_status) AND (deleted_at IS NULL)));

-- [create] policy cmis.campaigns.campaigns_tenant_isolation
create policy "campaigns_tenant_isolation"
on "cmis"."campaigns"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.comment_mentions.comment_mentions_tenant_isolation
create policy "comment_mentions_tenant_isolation"
on "cmis"."comment_mentions"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.comments.comments_tenant_isolation
create policy "comments_tenant_isolation"
on "cmis"."comments"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.contexts.contexts_tenant_isolation
create policy "contexts_tenant_isolation"
on "cmis"."contexts"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.experiment_assignments.experiment_assignments_tenant_isolation
create policy "experiment_assignments_tenant_isolation"
on "cmis"."experiment_assignments"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.experiment_results.experiment_results_tenant_isolation
create policy "experiment_results_tenant_isolation"
on "cmis"."experiment_results"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.experiment_variants.experiment_variants_tenant_isolation
create policy "experiment_variants_tenant_isolation"
on "cmis"."experiment_variants"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.experiments.experiments_tenant_isolation
create policy "experiments_tenant_isolation"
on "cmis"."experiments"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.field_aliases.field_aliases_tenant_isolation
create policy "field_aliases_tenant_isolation"
on "cmis"."field_aliases"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.field_definitions.field_definitions_tenant_isolation
create policy "field_definitions_tenant_isolation"
on "cmis"."field_definitions"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.field_groups.field_groups_tenant_isolation
create policy "field_groups_tenant_isolation"
on "cmis"."field_groups"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.field_options.field_options_tenant_isolation
create policy "field_options_tenant_isolation"
on "cmis"."field_options"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.field_value_history.field_value_history_tenant_isolation
create policy "field_value_history_tenant_isolation"
on "cmis"."field_value_history"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.field_values.field_values_tenant_isolation
create policy "field_values_tenant_isolation"
on "cmis"."field_values"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.integration_sync_logs.integration_sync_logs_tenant_isolation
create policy "integration_sync_logs_tenant_isolation"
on "cmis"."integration_sync_logs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.integrations.integrations_tenant_isolation
create policy "integrations_tenant_isolation"
on "cmis"."integrations"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.notification_preferences.notification_preferences_tenant_isolation
create policy "notification_preferences_tenant_isolation"
on "cmis"."notification_preferences"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.notifications.notifications_tenant_isolation
create policy "notifications_tenant_isolation"
on "cmis"."notifications"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.oauth_tokens.oauth_tokens_tenant_isolation
create policy "oauth_tokens_tenant_isolation"
on "cmis"."oauth_tokens"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.org_invitations.org_invitations_readonly
create policy "org_invitations_readonly"
on "cmis"."org_invitations"
as restrictive
for select
to cmis_readonly
using ((status <> 'removed'::cmis.membership_status));

-- [create] policy cmis.org_invitations.org_invitations_tenant_isolation
create policy "org_invitations_tenant_isolation"
on "cmis"."org_invitations"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.orgs.orgs_tenant_isolation
create policy "orgs_tenant_isolation"
on "cmis"."orgs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()));

-- [create] policy cmis.platform_connections.platform_connections_tenant_isolation
create policy "platform_connections_tenant_isolation"
on "cmis"."platform_connections"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.publishing_queue_items.publishing_queue_items_tenant_isolation
create policy "publishing_queue_items_tenant_isolation"
on "cmis"."publishing_queue_items"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.publishing_queues.publishing_queues_tenant_isolation
create policy "publishing_queues_tenant_isolation"
on "cmis"."publishing_queues"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.role_permissions.role_permissions_tenant_isolation
create policy "role_permissions_tenant_isolation"
on "cmis"."role_permissions"
as permissive
for all
to public
using (((org_id IS NULL) OR (org_id = cmis.current_org_id())));

-- [create] policy cmis.roles.roles_tenant_isolation
create policy "roles_tenant_isolation"
on "cmis"."roles"
as permissive
for all
to public
using (((org_id IS NULL) OR (org_id = cmis.current_org_id())));

-- [create] policy cmis.scheduled_social_posts.scheduled_social_posts_tenant_isolation
create policy "scheduled_social_posts_tenant_isolation"
on "cmis"."scheduled_social_posts"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.segments.segments_tenant_isolation
create policy "segments_tenant_isolation"
on "cmis"."segments"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_accounts.social_accounts_tenant_isolation
create policy "social_accounts_tenant_isolation"
on "cmis"."social_accounts"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_approval_requests.social_approval_requests_tenant_isolation
create policy "social_approval_requests_tenant_isolation"
on "cmis"."social_approval_requests"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_comments.social_comments_readonly_visible
create policy "social_comments_readonly_visible"
on "cmis"."social_comments"
as restrictive
for select
to cmis_readonly
using ((NOT is_hidden));

-- [create] policy cmis.social_comments.social_comments_tenant_isolation
create policy "social_comments_tenant_isolation"
on "cmis"."social_comments"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_hashtag_sets.social_hashtag_sets_tenant_isolation
create policy "social_hashtag_sets_tenant_isolation"
on "cmis"."social_hashtag_sets"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_post_media.social_post_media_tenant_isolation
create policy "social_post_media_tenant_isolation"
on "cmis"."social_post_media"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_post_metrics.social_post_metrics_tenant_isolation
create policy "social_post_metrics_tenant_isolation"
on "cmis"."social_post_metrics"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_post_versions.social_post_versions_tenant_isolation
create policy "social_post_versions_tenant_isolation"
on "cmis"."social_post_versions"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_posts.social_posts_tenant_isolation
create policy "social_posts_tenant_isolation"
on "cmis"."social_posts"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.social_publish_attempts.social_publish_attempts_tenant_isolation
create policy "social_publish_attempts_tenant_isolation"
on "cmis"."social_publish_attempts"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.team_members.team_members_tenant_isolation
create policy "team_members_tenant_isolation"
on "cmis"."team_members"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.teams.teams_tenant_isolation
create policy "teams_tenant_isolation"
on "cmis"."teams"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.user_orgs.user_orgs_tenant_isolation
create policy "user_orgs_tenant_isolation"
on "cmis"."user_orgs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.user_permissions.user_permissions_tenant_isolation
create policy "user_permissions_tenant_isolation"
on "cmis"."user_permissions"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.webhook_deliveries.webhook_deliveries_tenant_isolation
create policy "webhook_deliveries_tenant_isolation"
on "cmis"."webhook_deliveries"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.webhooks.webhooks_tenant_isolation
create policy "webhooks_tenant_isolation"
on "cmis"."webhooks"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.workflow_runs.workflow_runs_tenant_isolation
create policy "workflow_runs_tenant_isolation"
on "cmis"."workflow_runs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.workflow_step_runs.workflow_step_runs_tenant_isolation
create policy "workflow_step_runs_tenant_isolation"
on "cmis"."workflow_step_runs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.workflow_steps.workflow_steps_tenant_isolation
create policy "workflow_steps_tenant_isolation"
on "cmis"."workflow_steps"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis.workflows.workflows_tenant_isolation
create policy "workflows_tenant_isolation"
on "cmis"."workflows"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_marketing.bundle_items.bundle_items_tenant_isolation
create policy "bundle_items_tenant_isolation"
on "cmis_marketing"."bundle_items"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_marketing.bundles.bundles_tenant_isolation
create policy "bundles_tenant_isolation"
on "cmis_marketing"."bundles"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_marketing.offering_campaign_links.offering_campaign_links_tenant_isolation
create policy "offering_campaign_links_tenant_isolation"
on "cmis_marketing"."offering_campaign_links"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_marketing.offerings.offerings_tenant_isolation
create policy "offerings_tenant_isolation"
on "cmis_marketing"."offerings"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_marketing.price_list_entries.price_list_entries_tenant_isolation
create policy "price_list_entries_tenant_isolation"
on "cmis_marketing"."price_list_entries"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_marketing.price_lists.price_lists_tenant_isolation
create policy "price_lists_tenant_isolation"
on "cmis_marketing"."price_lists"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_ops.data_sync_cursors.data_sync_cursors_tenant_isolation
create policy "data_sync_cursors_tenant_isolation"
on "cmis_ops"."data_sync_cursors"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_ops.etl_pipelines.etl_pipelines_tenant_isolation
create policy "etl_pipelines_tenant_isolation"
on "cmis_ops"."etl_pipelines"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_ops.etl_runs.etl_runs_tenant_isolation
create policy "etl_runs_tenant_isolation"
on "cmis_ops"."etl_runs"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_staging.import_batches.import_batches_tenant_isolation
create policy "import_batches_tenant_isolation"
on "cmis_staging"."import_batches"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_staging.import_errors.import_errors_tenant_isolation
create policy "import_errors_tenant_isolation"
on "cmis_staging"."import_errors"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy cmis_staging.import_rows.import_rows_tenant_isolation
create policy "import_rows_tenant_isolation"
on "cmis_staging"."import_rows"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy lab.experiment_event_log.experiment_event_log_tenant_isolation
create policy "experiment_event_log_tenant_isolation"
on "lab"."experiment_event_log"
as permissive
for all
to public
using ((org_id = cmis.current_org_id()))
with check ((org_id = cmis.current_org_id()));

-- [create] policy lab.experiment_feature_flags.experiment_feature_flags_tenant_isolation
create policy "experiment_feature_flags_tenant_isolation"
on "lab"."experiment_feature_flags"
as permissive
for all
to public
using (((org_id IS NULL) OR (org_id = cmis.current_org_id())))
with check ((org_id = cmis.current_org_id()));

-- [create] index cmis.ad_accounts_pkey
CREATE UNIQUE INDEX ad_accounts_pkey ON cmis.ad_accounts USING btree (ad_account_id);

-- [create] index cmis.ad_audiences_pkey
CREATE UNIQUE INDEX ad_audiences_pkey ON cmis.ad_audiences USING btree (ad_audience_id);

-- [create] index cmis.ad_budget_changes_pkey
CREATE UNIQUE INDEX ad_budget_changes_pkey ON cmis.ad_budget_changes USING btree (budget_change_id);

-- [create] index cmis.ad_campaigns_pkey
CREATE UNIQUE INDEX ad_campaigns_pkey ON cmis.ad_campaigns USING btree (ad_campaign_id);

-- [create] index cmis.ad_conversion_events_pkey
CREATE UNIQUE INDEX ad_conversion_events_pkey ON cmis.ad_conversion_events USING btree (conversion_event_id);

-- [create] index cmis.ad_creatives_pkey
CREATE UNIQUE INDEX ad_creatives_pkey ON cmis.ad_creatives USING btree (ad_creative_id);

-- [create] index cmis.ad_metrics_daily_pkey
CREATE UNIQUE INDEX ad_metrics_daily_pkey ON cmis.ad_metrics_daily USING btree (ad_metric_id);

-- [create] index cmis.ad_platform_sync_states_pkey
CREATE UNIQUE INDEX ad_platform_sync_states_pkey ON cmis.ad_platform_sync_states USING btree (sync_state_id);

-- [create] index cmis.ad_rules_pkey
CREATE UNIQUE INDEX ad_rules_pkey ON cmis.ad_rules USING btree (ad_rule_id);

-- [create] index cmis.ad_set_audiences_pkey
CREATE UNIQUE INDEX ad_set_audiences_pkey ON cmis.ad_set_audiences USING btree (ad_set_id, ad_audience_id);

-- [create] index cmis.ad_sets_pkey
CREATE UNIQUE INDEX ad_sets_pkey ON cmis.ad_sets USING btree (ad_set_id);

-- [create] index cmis.ad_sync_runs_pkey
CREATE UNIQUE INDEX ad_sync_runs_pkey ON cmis.ad_sync_runs USING btree (sync_run_id);

-- [create] index cmis.ads_pkey
CREATE UNIQUE INDEX ads_pkey ON cmis.ads USING btree (ad_id);

-- [create] index cmis.api_keys_key_prefix_key
CREATE UNIQUE INDEX api_keys_key_prefix_key ON cmis.api_keys USING btree (key_prefix);

-- [create] index cmis.api_keys_org_id_idx
CREATE INDEX api_keys_org_id_idx ON cmis.api_keys USING btree (org_id) WHERE (deleted_at IS NULL);

-- [create] index cmis.api_keys_pkey
CREATE UNIQUE INDEX api_keys_pkey ON cmis.api_keys USING btree (api_key_id);

-- [create] index cmis.audiences_pkey
CREATE UNIQUE INDEX audiences_pkey ON cmis.audiences USING btree (audience_id);

-- [create] index cmis.automation_rules_pkey
CREATE UNIQUE INDEX automation_rules_pkey ON cmis.automation_rules USING btree (rule_id);

-- [create] index cmis.campaign_audiences_pkey
CREATE UNIQUE INDEX campaign_audiences_pkey ON cmis.campaign_audiences USING btree (campaign_audience_id);

-- [create] index cmis.campaign_budgets_pkey
CREATE UNIQUE INDEX campaign_budgets_pkey ON cmis.campaign_budgets USING btree (budget_id);

-- [create] index cmis.campaign_channels_pkey
CREATE UNIQUE INDEX campaign_channels_pkey ON cmis.campaign_channels USING btree (campaign_channel_id);

-- [create] index cmis.campaign_context_links_pkey
CREATE UNIQUE INDEX campaign_context_links_pkey ON cmis.campaign_context_links USING btree (link_id);

-- [create] index cmis.campaign_goals_pkey
CREATE UNIQUE INDEX campaign_goals_pkey ON cmis.campaign_goals USING btree (goal_id);

-- [create] index cmis.campaign_members_pkey
CREATE UNIQUE INDEX campaign_members_pkey ON cmis.campaign_members USING btree (campaign_member_id);

-- [create] index cmis.campaign_milestones_pkey
CREATE UNIQUE INDEX campaign_milestones_pkey ON cmis.campaign_milestones USING btree (milestone_id);

-- [create] index cmis.campaign_status_history_pkey
CREATE UNIQUE INDEX campaign_status_history_pkey ON cmis.campaign_status_history USING btree (history_id);

-- [create] index cmis.campaigns_pkey
CREATE UNIQUE INDEX campaigns_pkey ON cmis.campaigns USING btree (campaign_id);

-- [create] index cmis.comment_mentions_pkey
CREATE UNIQUE INDEX comment_mentions_pkey ON cmis.comment_mentions USING btree (mention_id);

-- [create] index cmis.comments_pkey
CREATE UNIQUE INDEX comments_pkey ON cmis.comments USING btree (comment_id);

-- [create] index cmis.contexts_pkey
CREATE UNIQUE INDEX contexts_pkey ON cmis.contexts USING btree (context_id);

-- [create] index cmis.experiment_assignments_pkey
CREATE UNIQUE INDEX experiment_assignments_pkey ON cmis.experiment_assignments USING btree (assignment_id);

-- [create] index cmis.experiment_results_pkey
CREATE UNIQUE INDEX experiment_results_pkey ON cmis.experiment_results USING btree (result_id);

-- [create] index cmis.experiment_variants_pkey
CREATE UNIQUE INDEX experiment_variants_pkey ON cmis.experiment_variants USING btree (variant_id);

-- [create] index cmis.experiments_pkey
CREATE UNIQUE INDEX experiments_pkey ON cmis.experiments USING btree (experiment_id);

-- [create] index cmis.field_aliases_pkey
CREATE UNIQUE INDEX field_aliases_pkey ON cmis.field_aliases USING btree (alias_id);

-- [create] index cmis.field_definitions_pkey
CREATE UNIQUE INDEX field_definitions_pkey ON cmis.field_definitions USING btree (field_id);

-- [create] index cmis.field_groups_pkey
CREATE UNIQUE INDEX field_groups_pkey ON cmis.field_groups USING btree (field_group_id);

-- [create] index cmis.field_options_pkey
CREATE UNIQUE INDEX field_options_pkey ON cmis.field_options USING btree (option_id);

-- [create] index cmis.field_value_history_pkey
CREATE UNIQUE INDEX field_value_history_pkey ON cmis.field_value_history USING btree (history_id);

-- [create] index cmis.field_values_pkey
CREATE UNIQUE INDEX field_values_pkey ON cmis.field_values USING btree (field_value_id);

-- [create] index cmis.integration_sync_logs_pkey
CREATE UNIQUE INDEX integration_sync_logs_pkey ON cmis.integration_sync_logs USING btree (sync_log_id);

-- [create] index cmis.integrations_pkey
CREATE UNIQUE INDEX integrations_pkey ON cmis.integrations USING btree (integration_id);

-- [create] index cmis.meta_documentation_pkey
CREATE UNIQUE INDEX meta_documentation_pkey ON cmis.meta_documentation USING btree (doc_id);

-- [create] index cmis.meta_field_dictionary_pkey
CREATE UNIQUE INDEX meta_field_dictionary_pkey ON cmis.meta_field_dictionary USING btree (dictionary_id);

-- [create] index cmis.meta_function_descriptions_pkey
CREATE UNIQUE INDEX meta_function_descriptions_pkey ON cmis.meta_function_descriptions USING btree (function_description_id);

-- [create] index cmis.notification_preferences_pkey
CREATE UNIQUE INDEX notification_preferences_pkey ON cmis.notification_preferences USING btree (preference_id);

-- [create] index cmis.notifications_pkey
CREATE UNIQUE INDEX notifications_pkey ON cmis.notifications USING btree (notification_id);

-- [create] index cmis.oauth_tokens_pkey
CREATE UNIQUE INDEX oauth_tokens_pkey ON cmis.oauth_tokens USING btree (token_id);

-- [create] index cmis.org_invitations_org_email_idx
CREATE INDEX org_invitations_org_email_idx ON cmis.org_invitations USING btree (org_id, email);

-- [create] index cmis.org_invitations_pkey
CREATE UNIQUE INDEX org_invitations_pkey ON cmis.org_invitations USING btree (invitation_id);

-- [create] index cmis.orgs_active_idx
CREATE INDEX orgs_active_idx ON cmis.orgs USING btree (name) WHERE (deleted_at IS NULL);

-- [create] index cmis.orgs_pkey
CREATE UNIQUE INDEX orgs_pkey ON cmis.orgs USING btree (org_id);

-- [create] index cmis.orgs_slug_key
CREATE UNIQUE INDEX orgs_slug_key ON cmis.orgs USING btree (slug);

-- [create] index cmis.permissions_code_key
CREATE UNIQUE INDEX permissions_code_key ON cmis.permissions USING btree (permission_code);

-- [create] index cmis.permissions_pkey
CREATE UNIQUE INDEX permissions_pkey ON cmis.permissions USING btree (permission_id);

-- [create] index cmis.platform_connections_pkey
CREATE UNIQUE INDEX platform_connections_pkey ON cmis.platform_connections USING btree (connection_id);

-- [create] index cmis.publishing_queue_items_pkey
CREATE UNIQUE INDEX publishing_queue_items_pkey ON cmis.publishing_queue_items USING btree (queue_item_id);

-- [create] index cmis.publishing_queues_pkey
CREATE UNIQUE INDEX publishing_queues_pkey ON cmis.publishing_queues USING btree (queue_id);

-- [create] index cmis.role_permissions_permission_id_idx
CREATE INDEX role_permissions_permission_id_idx ON cmis.role_permissions USING btree (permission_id);

-- [create] index cmis.role_permissions_pkey
CREATE UNIQUE INDEX role_permissions_pkey ON cmis.role_permissions USING btree (role_id, permission_id);

-- [create] index cmis.roles_org_id_idx
CREATE INDEX roles_org_id_idx ON cmis.roles USING btree (org_id) WHERE (deleted_at IS NULL);

-- [create] index cmis.roles_org_name_key
CREATE UNIQUE INDEX roles_org_name_key ON cmis.roles USING btree (org_id, role_name) NULLS NOT DISTINCT;

-- [create] index cmis.roles_pkey
CREATE UNIQUE INDEX roles_pkey ON cmis.roles USING btree (role_id);

-- [create] index cmis.scheduled_social_posts_pkey
CREATE UNIQUE INDEX scheduled_social_posts_pkey ON cmis.scheduled_social_posts USING btree (scheduled_post_id);

-- [create] index cmis.segments_pkey
CREATE UNIQUE INDEX segments_pkey ON cmis.segments USING btree (segment_id);

-- [create] index cmis.social_accounts_pkey
CREATE UNIQUE INDEX social_accounts_pkey ON cmis.social_accounts USING btree (social_account_id);

-- [create] index cmis.social_approval_requests_pkey
CREATE UNIQUE INDEX social_approval_requests_pkey ON cmis.social_approval_requests USING btree (approval_request_id);

-- [create] index cmis.social_comments_pkey
CREATE UNIQUE INDEX social_comments_pkey ON cmis.social_comments USING btree (comment_id);

-- [create] index cmis.social_hashtag_sets_pkey
CREATE UNIQUE INDEX social_hashtag_sets_pkey ON cmis.social_hashtag_sets USING btree (hashtag_set_id);

-- [create] index cmis.social_post_media_pkey
CREATE UNIQUE INDEX social_post_media_pkey ON cmis.social_post_media USING btree (post_media_id);

-- [create] index cmis.social_post_metrics_pkey
CREATE UNIQUE INDEX social_post_metrics_pkey ON cmis.social_post_metrics USING btree (post_metric_id);

-- [create] index cmis.social_post_versions_pkey
CREATE UNIQUE INDEX social_post_versions_pkey ON cmis.social_post_versions USING btree (post_version_id);

-- [create] index cmis.social_posts_pkey
CREATE UNIQUE INDEX social_posts_pkey ON cmis.social_posts USING btree (post_id);

-- [create] index cmis.social_publish_attempts_pkey
CREATE UNIQUE INDEX social_publish_attempts_pkey ON cmis.social_publish_attempts USING btree (attempt_id);

-- [create] index cmis.team_members_pkey
CREATE UNIQUE INDEX team_members_pkey ON cmis.team_members USING btree (team_member_id);

-- [create] index cmis.teams_pkey
CREATE UNIQUE INDEX teams_pkey ON cmis.teams USING btree (team_id);

-- [create] index cmis.user_orgs_org_id_idx
CREATE INDEX user_orgs_org_id_idx ON cmis.user_orgs USING btree (org_id) WHERE (deleted_at IS NULL);

-- [create] index cmis.user_orgs_pkey
CREATE UNIQUE INDEX user_orgs_pkey ON cmis.user_orgs USING btree (user_org_id);

-- [create] index cmis.user_orgs_role_id_idx
CREATE INDEX user_orgs_role_id_idx ON cmis.user_orgs USING btree (role_id);

-- [create] index cmis.user_orgs_user_org_key
CREATE UNIQUE INDEX user_orgs_user_org_key ON cmis.user_orgs USING btree (user_id, org_id);

-- [create] index cmis.user_permissions_pkey
CREATE UNIQUE INDEX user_permissions_pkey ON cmis.user_permissions USING btree (user_permission_id);

-- [create] index cmis.user_permissions_user_org_idx
CREATE INDEX user_permissions_user_org_idx ON cmis.user_permissions USING btree (user_id, org_id) INCLUDE (permission_id, is_granted) WHERE (deleted_at IS NULL);

-- [create] index cmis.user_sessions_expires_idx
CREATE INDEX user_sessions_expires_idx ON cmis.user_sessions USING brin (expires_at);

-- [alter] statement SelectStmt
select 1;

-- [create] index cmis.user_sessions_pkey
CREATE UNIQUE INDEX user_sessions_pkey ON cmis.user_sessions USING btree (session_id);

-- [create] index cmis.user_sessions_user_id_idx
CREATE INDEX user_sessions_user_id_idx ON cmis.user_sessions USING btree (user_id, last_seen_at DESC);

-- [create] index cmis.users_active_idx
CREATE INDEX users_active_idx ON cmis.users USING btree (lower((email)::text)) WHERE (deleted_at IS NULL);

-- [create] index cmis.users_display_name_trgm_idx
CREATE INDEX users_display_name_trgm_idx ON cmis.users USING gin (display_name gin_trgm_ops);

-- [create] index cmis.users_email_key
CREATE UNIQUE INDEX users_email_key ON cmis.users USING btree (email);

-- [create] index cmis.users_pkey
CREATE UNIQUE INDEX users_pkey ON cmis.users USING btree (user_id);

-- [create] index cmis.users_search_idx
CREATE INDEX users_search_idx ON cmis.users USING gin (search_vector);

-- [create] index cmis.webhook_deliveries_pkey
CREATE UNIQUE INDEX webhook_deliveries_pkey ON cmis.webhook_deliveries USING btree (delivery_id);

-- [create] index cmis.webhooks_pkey
CREATE UNIQUE INDEX webhooks_pkey ON cmis.webhooks USING btree (webhook_id);

-- [create] index cmis.workflow_runs_pkey
CREATE UNIQUE INDEX workflow_runs_pkey ON cmis.workflow_runs USING btree (workflow_run_id);

-- [create] index cmis.workflow_step_runs_pkey
CREATE UNIQUE INDEX workflow_step_runs_pkey ON cmis.workflow_step_runs USING btree (step_run_id);

-- [create] index cmis.workflow_steps_pkey
CREATE UNIQUE INDEX workflow_steps_pkey ON cmis.workflow_steps USING btree (step_id);

-- [create] index cmis.workflows_pkey
CREATE UNIQUE INDEX workflows_pkey ON cmis.workflows USING btree (workflow_id);

-- [create] index cmis_marketing.bundle_items_pkey
CREATE UNIQUE INDEX bundle_items_pkey ON cmis_marketing.bundle_items USING btree (bundle_item_id);

-- [create] index cmis_marketing.bundles_pkey
CREATE UNIQUE INDEX bundles_pkey ON cmis_marketing.bundles USING btree (bundle_id);

-- [create] index cmis_marketing.offering_campaign_links_pkey
CREATE UNIQUE INDEX offering_campaign_links_pkey ON cmis_marketing.offering_campaign_links USING btree (link_id);

-- [create] index cmis_marketing.offerings_pkey
CREATE UNIQUE INDEX offerings_pkey ON cmis_marketing.offerings USING btree (offering_id);

-- [create] index cmis_marketing.price_list_entries_pkey
CREATE UNIQUE INDEX price_list_entries_pkey ON cmis_marketing.price_list_entries USING btree (entry_id);

-- [create] index cmis_marketing.price_lists_pkey
CREATE UNIQUE INDEX price_lists_pkey ON cmis_marketing.price_lists USING btree (price_list_id);

-- [create] index cmis_ops.cache_locks_pkey
CREATE UNIQUE INDEX cache_locks_pkey ON cmis_ops.cache_locks USING btree (key);

-- [create] index cmis_ops.cache_pkey
CREATE UNIQUE INDEX cache_pkey ON cmis_ops.cache USING btree (key);

-- [create] index cmis_ops.data_sync_cursors_pkey
CREATE UNIQUE INDEX data_sync_cursors_pkey ON cmis_ops.data_sync_cursors USING btree (cursor_id);

-- [create] index cmis_ops.etl_pipelines_pkey
CREATE UNIQUE INDEX etl_pipelines_pkey ON cmis_ops.etl_pipelines USING btree (pipeline_id);

-- [create] index cmis_ops.etl_runs_pkey
CREATE UNIQUE INDEX etl_runs_pkey ON cmis_ops.etl_runs USING btree (run_id);

-- [create] index cmis_ops.failed_jobs_pkey
CREATE UNIQUE INDEX failed_jobs_pkey ON cmis_ops.failed_jobs USING btree (id);

-- [create] index cmis_ops.job_batches_pkey
CREATE UNIQUE INDEX job_batches_pkey ON cmis_ops.job_batches USING btree (batch_id);

-- [create] index cmis_ops.jobs_pkey
CREATE UNIQUE INDEX jobs_pkey ON cmis_ops.jobs USING btree (id);

-- [create] index cmis_ops.scheduled_tasks_pkey
CREATE UNIQUE INDEX scheduled_tasks_pkey ON cmis_ops.scheduled_tasks USING btree (task_id);

-- [create] index cmis_ops.sessions_pkey
CREATE UNIQUE INDEX sessions_pkey ON cmis_ops.sessions USING btree (id);

-- [create] index cmis_staging.import_batches_pkey
CREATE UNIQUE INDEX import_batches_pkey ON cmis_staging.import_batches USING btree (batch_id);

-- [create] index cmis_staging.import_errors_pkey
CREATE UNIQUE INDEX import_errors_pkey ON cmis_staging.import_errors USING btree (import_error_id);

-- [create] index cmis_staging.import_rows_pkey
CREATE UNIQUE INDEX import_rows_pkey ON cmis_staging.import_rows USING btree (import_row_id);

-- [create] index cmis_system_health.health_check_results_pkey
CREATE UNIQUE INDEX health_check_results_pkey ON cmis_system_health.health_check_results USING btree (result_id);

-- [create] index cmis_system_health.health_checks_pkey
CREATE UNIQUE INDEX health_checks_pkey ON cmis_system_health.health_checks USING btree (check_id);

-- [create] index lab.experiment_event_log_pkey
CREATE UNIQUE INDEX experiment_event_log_pkey ON lab.experiment_event_log USING btree (event_id);

-- [create] index lab.experiment_feature_flags_pkey
CREATE UNIQUE INDEX experiment_feature_flags_pkey ON lab.experiment_feature_flags USING btree (flag_id);

-- [create] index public.ad_formats_pkey
CREATE UNIQUE INDEX ad_formats_pkey ON public.ad_formats USING btree (format_code);

-- [create] index public.ad_objective_types_pkey
CREATE UNIQUE INDEX ad_objective_types_pkey ON public.ad_objective_types USING btree (objective_code);

-- [create] index public.ad_placement_types_pkey
CREATE UNIQUE INDEX ad_placement_types_pkey ON public.ad_placement_types USING btree (placement_code);

-- [create] index public.age_ranges_pkey
CREATE UNIQUE INDEX age_ranges_pkey ON public.age_ranges USING btree (age_range_code);

-- [create] index public.aspect_ratios_pkey
CREATE UNIQUE INDEX aspect_ratios_pkey ON public.aspect_ratios USING btree (aspect_ratio_code);

-- [create] index public.attribution_models_pkey
CREATE UNIQUE INDEX attribution_models_pkey ON public.attribution_models USING btree (model_code);

-- [create] index public.bid_strategies_pkey
CREATE UNIQUE INDEX bid_strategies_pkey ON public.bid_strategies USING btree (bid_strategy_code);

-- [create] index public.billing_event_types_pkey
CREATE UNIQUE INDEX billing_event_types_pkey ON public.billing_event_types USING btree (billing_event_code);

-- [create] index public.call_to_action_types_pkey
CREATE UNIQUE INDEX call_to_action_types_pkey ON public.call_to_action_types USING btree (cta_code);

-- [create] index public.channel_types_pkey
CREATE UNIQUE INDEX channel_types_pkey ON public.channel_types USING btree (channel_code);

-- [create] index public.content_types_pkey
CREATE UNIQUE INDEX content_types_pkey ON public.content_types USING btree (content_type_code);

-- [create] index public.countries_pkey
CREATE UNIQUE INDEX countries_pkey ON public.countries USING btree (country_code);

-- [create] index public.currencies_pkey
CREATE UNIQUE INDEX currencies_pkey ON public.currencies USING btree (currency_code);

-- [create] index public.device_types_pkey
CREATE UNIQUE INDEX device_types_pkey ON public.device_types USING btree (device_type_code);

-- [create] index public.funnel_stages_pkey
CREATE UNIQUE INDEX funnel_stages_pkey ON public.funnel_stages USING btree (stage_code);

-- [create] index public.genders_pkey
CREATE UNIQUE INDEX genders_pkey ON public.genders USING btree (gender_code);

-- [create] index public.industries_pkey
CREATE UNIQUE INDEX industries_pkey ON public.industries USING btree (industry_code);

-- [create] index public.kpi_metrics_pkey
CREATE UNIQUE INDEX kpi_metrics_pkey ON public.kpi_metrics USING btree (metric_code);

-- [create] index public.languages_pkey
CREATE UNIQUE INDEX languages_pkey ON public.languages USING btree (language_code);

-- [create] index public.locales_pkey
CREATE UNIQUE INDEX locales_pkey ON public.locales USING btree (locale_code);

-- [create] index public.media_mime_types_pkey
CREATE UNIQUE INDEX media_mime_types_pkey ON public.media_mime_types USING btree (mime_type);

-- [create] index public.platform_api_versions_pkey
CREATE UNIQUE INDEX platform_api_versions_pkey ON public.platform_api_versions USING btree (platform_code, api_version);

-- [create] index public.platforms_pkey
CREATE UNIQUE INDEX platforms_pkey ON public.platforms USING btree (platform_code);

-- [create] index public.regions_pkey
CREATE UNIQUE INDEX regions_pkey ON public.regions USING btree (region_code);

-- [create] index public.timezones_pkey
CREATE UNIQUE INDEX timezones_pkey ON public.timezones USING btree (timezone_name);

-- [alter] privilege table cmis.ad_accounts
grant delete on table "cmis"."ad_accounts" to "cmis_app";

-- [alter] privilege table cmis.ad_accounts
grant insert on table "cmis"."ad_accounts" to "cmis_app";

-- [alter] privilege table cmis.ad_accounts
grant select on table "cmis"."ad_accounts" to "cmis_app";

-- [alter] privilege table cmis.ad_accounts
grant update on table "cmis"."ad_accounts" to "cmis_app";

-- [alter] privilege table cmis.ad_accounts
grant select on table "cmis"."ad_accounts" to "cmis_readonly";

-- [alter] privilege table cmis.ad_audiences
grant delete on table "cmis"."ad_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_audiences
grant insert on table "cmis"."ad_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_audiences
grant select on table "cmis"."ad_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_audiences
grant update on table "cmis"."ad_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_audiences
grant select on table "cmis"."ad_audiences" to "cmis_readonly";

-- [alter] privilege table cmis.ad_budget_changes
grant delete on table "cmis"."ad_budget_changes" to "cmis_app";

-- [alter] privilege table cmis.ad_budget_changes
grant insert on table "cmis"."ad_budget_changes" to "cmis_app";

-- [alter] privilege table cmis.ad_budget_changes
grant select on table "cmis"."ad_budget_changes" to "cmis_app";

-- [alter] privilege table cmis.ad_budget_changes
grant update on table "cmis"."ad_budget_changes" to "cmis_app";

-- [alter] privilege table cmis.ad_budget_changes
grant select on table "cmis"."ad_budget_changes" to "cmis_readonly";

-- [alter] privilege table cmis.ad_campaigns
grant delete on table "cmis"."ad_campaigns" to "cmis_app";

-- [alter] privilege table cmis.ad_campaigns
grant insert on table "cmis"."ad_campaigns" to "cmis_app";

-- [alter] privilege table cmis.ad_campaigns
grant select on table "cmis"."ad_campaigns" to "cmis_app";

-- [alter] privilege table cmis.ad_campaigns
grant update on table "cmis"."ad_campaigns" to "cmis_app";

-- [alter] privilege table cmis.ad_campaigns
grant select on table "cmis"."ad_campaigns" to "cmis_readonly";

-- [alter] privilege table cmis.ad_conversion_events
grant delete on table "cmis"."ad_conversion_events" to "cmis_app";

-- [alter] privilege table cmis.ad_conversion_events
grant insert on table "cmis"."ad_conversion_events" to "cmis_app";

-- [alter] privilege table cmis.ad_conversion_events
grant select on table "cmis"."ad_conversion_events" to "cmis_app";

-- [alter] privilege table cmis.ad_conversion_events
grant update on table "cmis"."ad_conversion_events" to "cmis_app";

-- [alter] privilege table cmis.ad_conversion_events
grant select on table "cmis"."ad_conversion_events" to "cmis_readonly";

-- [alter] privilege table cmis.ad_creatives
grant delete on table "cmis"."ad_creatives" to "cmis_app";

-- [alter] privilege table cmis.ad_creatives
grant insert on table "cmis"."ad_creatives" to "cmis_app";

-- [alter] privilege table cmis.ad_creatives
grant select on table "cmis"."ad_creatives" to "cmis_app";

-- [alter] privilege table cmis.ad_creatives
grant update on table "cmis"."ad_creatives" to "cmis_app";

-- [alter] privilege table cmis.ad_creatives
grant select on table "cmis"."ad_creatives" to "cmis_readonly";

-- [alter] privilege table cmis.ad_metrics_daily
grant delete on table "cmis"."ad_metrics_daily" to "cmis_app";

-- [alter] privilege table cmis.ad_metrics_daily
grant insert on table "cmis"."ad_metrics_daily" to "cmis_app";

-- [alter] privilege table cmis.ad_metrics_daily
grant select on table "cmis"."ad_metrics_daily" to "cmis_app";

-- [alter] privilege table cmis.ad_metrics_daily
grant update on table "cmis"."ad_metrics_daily" to "cmis_app";

-- [alter] privilege table cmis.ad_metrics_daily
grant select on table "cmis"."ad_metrics_daily" to "cmis_readonly";

-- [alter] privilege table cmis.ad_platform_sync_states
grant delete on table "cmis"."ad_platform_sync_states" to "cmis_app";

-- [alter] privilege table cmis.ad_platform_sync_states
grant insert on table "cmis"."ad_platform_sync_states" to "cmis_app";

-- [alter] privilege table cmis.ad_platform_sync_states
grant select on table "cmis"."ad_platform_sync_states" to "cmis_app";

-- [alter] privilege table cmis.ad_platform_sync_states
grant update on table "cmis"."ad_platform_sync_states" to "cmis_app";

-- [alter] privilege table cmis.ad_platform_sync_states
grant select on table "cmis"."ad_platform_sync_states" to "cmis_readonly";

-- [alter] privilege table cmis.ad_rules
grant delete on table "cmis"."ad_rules" to "cmis_app";

-- [alter] privilege table cmis.ad_rules
grant insert on table "cmis"."ad_rules" to "cmis_app";

-- [alter] privilege table cmis.ad_rules
grant select on table "cmis"."ad_rules" to "cmis_app";

-- [alter] privilege table cmis.ad_rules
grant update on table "cmis"."ad_rules" to "cmis_app";

-- [alter] privilege table cmis.ad_rules
grant select on table "cmis"."ad_rules" to "cmis_readonly";

-- [alter] privilege table cmis.ad_set_audiences
grant delete on table "cmis"."ad_set_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_set_audiences
grant insert on table "cmis"."ad_set_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_set_audiences
grant select on table "cmis"."ad_set_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_set_audiences
grant update on table "cmis"."ad_set_audiences" to "cmis_app";

-- [alter] privilege table cmis.ad_set_audiences
grant select on table "cmis"."ad_set_audiences" to "cmis_readonly";

-- [alter] privilege table cmis.ad_sets
grant delete on table "cmis"."ad_sets" to "cmis_app";

-- [alter] privilege table cmis.ad_sets
grant insert on table "cmis"."ad_sets" to "cmis_app";

-- [alter] privilege table cmis.ad_sets
grant select on table "cmis"."ad_sets" to "cmis_app";

-- [alter] privilege table cmis.ad_sets
grant update on table "cmis"."ad_sets" to "cmis_app";

-- [alter] privilege table cmis.ad_sets
grant select on table "cmis"."ad_sets" to "cmis_readonly";

-- [alter] privilege table cmis.ad_sync_runs
grant delete on table "cmis"."ad_sync_runs" to "cmis_app";

-- [alter] privilege table cmis.ad_sync_runs
grant insert on table "cmis"."ad_sync_runs" to "cmis_app";

-- [alter] privilege table cmis.ad_sync_runs
grant select on table "cmis"."ad_sync_runs" to "cmis_app";

-- [alter] privilege table cmis.ad_sync_runs
grant update on table "cmis"."ad_sync_runs" to "cmis_app";

-- [alter] privilege table cmis.ad_sync_runs
grant select on table "cmis"."ad_sync_runs" to "cmis_readonly";

-- [alter] privilege table cmis.ads
grant delete on table "cmis"."ads" to "cmis_app";

-- [alter] privilege table cmis.ads
grant insert on table "cmis"."ads" to "cmis_app";

-- [alter] privilege table cmis.ads
grant select on table "cmis"."ads" to "cmis_app";

-- [alter] privilege table cmis.ads
grant update on table "cmis"."ads" to "cmis_app";

-- [alter] privilege table cmis.ads
grant select on table "cmis"."ads" to "cmis_readonly";

-- [alter] privilege table cmis.api_keys
grant delete on table "cmis"."api_keys" to "cmis_app";

-- [alter] privilege table cmis.api_keys
grant insert on table "cmis"."api_keys" to "cmis_app";

-- [alter] privilege table cmis.api_keys
grant select on table "cmis"."api_keys" to "cmis_app";

-- [alter] privilege table cmis.api_keys
grant update on table "cmis"."api_keys" to "cmis_app";

-- [alter] privilege table cmis.audiences
grant delete on table "cmis"."audiences" to "cmis_app";

-- [alter] privilege table cmis.audiences
grant insert on table "cmis"."audiences" to "cmis_app";

-- [alter] privilege table cmis.audiences
grant select on table "cmis"."audiences" to "cmis_app";

-- [alter] privilege table cmis.audiences
grant update on table "cmis"."audiences" to "cmis_app";

-- [alter] privilege table cmis.audiences
grant select on table "cmis"."audiences" to "cmis_readonly";

-- [alter] privilege table cmis.automation_rules
grant delete on table "cmis"."automation_rules" to "cmis_app";

-- [alter] privilege table cmis.automation_rules
grant insert on table "cmis"."automation_rules" to "cmis_app";

-- [alter] privilege table cmis.automation_rules
grant select on table "cmis"."automation_rules" to "cmis_app";

-- [alter] privilege table cmis.automation_rules
grant update on table "cmis"."automation_rules" to "cmis_app";

-- [alter] privilege table cmis.automation_rules
grant select on table "cmis"."automation_rules" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_audiences
grant delete on table "cmis"."campaign_audiences" to "cmis_app";

-- [alter] privilege table cmis.campaign_audiences
grant insert on table "cmis"."campaign_audiences" to "cmis_app";

-- [alter] privilege table cmis.campaign_audiences
grant select on table "cmis"."campaign_audiences" to "cmis_app";

-- [alter] privilege table cmis.campaign_audiences
grant update on table "cmis"."campaign_audiences" to "cmis_app";

-- [alter] privilege table cmis.campaign_audiences
grant select on table "cmis"."campaign_audiences" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_budgets
grant delete on table "cmis"."campaign_budgets" to "cmis_app";

-- [alter] privilege table cmis.campaign_budgets
grant insert on table "cmis"."campaign_budgets" to "cmis_app";

-- [alter] privilege table cmis.campaign_budgets
grant select on table "cmis"."campaign_budgets" to "cmis_app";

-- [alter] privilege table cmis.campaign_budgets
grant update on table "cmis"."campaign_budgets" to "cmis_app";

-- [alter] privilege table cmis.campaign_budgets
grant select on table "cmis"."campaign_budgets" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_channels
grant delete on table "cmis"."campaign_channels" to "cmis_app";

-- [alter] privilege table cmis.campaign_channels
grant insert on table "cmis"."campaign_channels" to "cmis_app";

-- [alter] privilege table cmis.campaign_channels
grant select on table "cmis"."campaign_channels" to "cmis_app";

-- [alter] privilege table cmis.campaign_channels
grant update on table "cmis"."campaign_channels" to "cmis_app";

-- [alter] privilege table cmis.campaign_channels
grant select on table "cmis"."campaign_channels" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_context_links
grant delete on table "cmis"."campaign_context_links" to "cmis_app";

-- [alter] privilege table cmis.campaign_context_links
grant insert on table "cmis"."campaign_context_links" to "cmis_app";

-- [alter] privilege table cmis.campaign_context_links
grant select on table "cmis"."campaign_context_links" to "cmis_app";

-- [alter] privilege table cmis.campaign_context_links
grant update on table "cmis"."campaign_context_links" to "cmis_app";

-- [alter] privilege table cmis.campaign_context_links
grant select on table "cmis"."campaign_context_links" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_goals
grant delete on table "cmis"."campaign_goals" to "cmis_app";

-- [alter] privilege table cmis.campaign_goals
grant insert on table "cmis"."campaign_goals" to "cmis_app";

-- [alter] privilege table cmis.campaign_goals
grant select on table "cmis"."campaign_goals" to "cmis_app";

-- [alter] privilege table cmis.campaign_goals
grant update on table "cmis"."campaign_goals" to "cmis_app";

-- [alter] privilege table cmis.campaign_goals
grant select on table "cmis"."campaign_goals" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_members
grant delete on table "cmis"."campaign_members" to "cmis_app";

-- [alter] privilege table cmis.campaign_members
grant insert on table "cmis"."campaign_members" to "cmis_app";

-- [alter] privilege table cmis.campaign_members
grant select on table "cmis"."campaign_members" to "cmis_app";

-- [alter] privilege table cmis.campaign_members
grant update on table "cmis"."campaign_members" to "cmis_app";

-- [alter] privilege table cmis.campaign_members
grant select on table "cmis"."campaign_members" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_milestones
grant delete on table "cmis"."campaign_milestones" to "cmis_app";

-- [alter] privilege table cmis.campaign_milestones
grant insert on table "cmis"."campaign_milestones" to "cmis_app";

-- [alter] privilege table cmis.campaign_milestones
grant select on table "cmis"."campaign_milestones" to "cmis_app";

-- [alter] privilege table cmis.campaign_milestones
grant update on table "cmis"."campaign_milestones" to "cmis_app";

-- [alter] privilege table cmis.campaign_milestones
grant select on table "cmis"."campaign_milestones" to "cmis_readonly";

-- [alter] privilege table cmis.campaign_status_history
grant delete on table "cmis"."campaign_status_history" to "cmis_app";

-- [alter] privilege table cmis.campaign_status_history
grant insert on table "cmis"."campaign_status_history" to "cmis_app";

-- [alter] privilege table cmis.campaign_status_history
grant select on table "cmis"."campaign_status_history" to "cmis_app";

-- [alter] privilege table cmis.campaign_status_history
grant update on table "cmis"."campaign_status_history" to "cmis_app";

-- [alter] privilege table cmis.campaign_status_history
grant select on table "cmis"."campaign_status_history" to "cmis_readonly";

-- [alter] privilege table cmis.campaigns
grant delete on table "cmis"."campaigns" to "cmis_app";

-- [alter] privilege table cmis.campaigns
grant insert on table "cmis"."campaigns" to "cmis_app";

-- [alter] privilege table cmis.campaigns
grant select on table "cmis"."campaigns" to "cmis_app";

-- [alter] privilege table cmis.campaigns
grant update on table "cmis"."campaigns" to "cmis_app";

-- [alter] privilege table cmis.campaigns
grant select on table "cmis"."campaigns" to "cmis_readonly";

-- [alter] privilege table cmis.comment_mentions
grant delete on table "cmis"."comment_mentions" to "cmis_app";

-- [alter] privilege table cmis.comment_mentions
grant insert on table "cmis"."comment_mentions" to "cmis_app";

-- [alter] privilege table cmis.comment_mentions
grant select on table "cmis"."comment_mentions" to "cmis_app";

-- [alter] privilege table cmis.comment_mentions
grant update on table "cmis"."comment_mentions" to "cmis_app";

-- [alter] privilege table cmis.comment_mentions
grant select on table "cmis"."comment_mentions" to "cmis_readonly";

-- [alter] privilege table cmis.comments
grant delete on table "cmis"."comments" to "cmis_app";

-- [alter] privilege table cmis.comments
grant insert on table "cmis"."comments" to "cmis_app";

-- [alter] privilege table cmis.comments
grant select on table "cmis"."comments" to "cmis_app";

-- [alter] privilege table cmis.comments
grant update on table "cmis"."comments" to "cmis_app";

-- [alter] privilege table cmis.comments
grant select on table "cmis"."comments" to "cmis_readonly";

-- [alter] privilege table cmis.contexts
grant delete on table "cmis"."contexts" to "cmis_app";

-- [alter] privilege table cmis.contexts
grant insert on table "cmis"."contexts" to "cmis_app";

-- [alter] privilege table cmis.contexts
grant select on table "cmis"."contexts" to "cmis_app";

-- [alter] privilege table cmis.contexts
grant update on table "cmis"."contexts" to "cmis_app";

-- [alter] privilege table cmis.contexts
grant select on table "cmis"."contexts" to "cmis_readonly";

-- [alter] privilege table cmis.experiment_assignments
grant delete on table "cmis"."experiment_assignments" to "cmis_app";

-- [alter] privilege table cmis.experiment_assignments
grant insert on table "cmis"."experiment_assignments" to "cmis_app";

-- [alter] privilege table cmis.experiment_assignments
grant select on table "cmis"."experiment_assignments" to "cmis_app";

-- [alter] privilege table cmis.experiment_assignments
grant update on table "cmis"."experiment_assignments" to "cmis_app";

-- [alter] privilege table cmis.experiment_assignments
grant select on table "cmis"."experiment_assignments" to "cmis_readonly";

-- [alter] privilege table cmis.experiment_results
grant delete on table "cmis"."experiment_results" to "cmis_app";

-- [alter] privilege table cmis.experiment_results
grant insert on table "cmis"."experiment_results" to "cmis_app";

-- [alter] privilege table cmis.experiment_results
grant select on table "cmis"."experiment_results" to "cmis_app";

-- [alter] privilege table cmis.experiment_results
grant update on table "cmis"."experiment_results" to "cmis_app";

-- [alter] privilege table cmis.experiment_results
grant select on table "cmis"."experiment_results" to "cmis_readonly";

-- [alter] privilege table cmis.experiment_variants
grant delete on table "cmis"."experiment_variants" to "cmis_app";

-- [alter] privilege table cmis.experiment_variants
grant insert on table "cmis"."experiment_variants" to "cmis_app";

-- [alter] privilege table cmis.experiment_variants
grant select on table "cmis"."experiment_variants" to "cmis_app";

-- [alter] privilege table cmis.experiment_variants
grant update on table "cmis"."experiment_variants" to "cmis_app";

-- [alter] privilege table cmis.experiment_variants
grant select on table "cmis"."experiment_variants" to "cmis_readonly";

-- [alter] privilege table cmis.experiments
grant delete on table "cmis"."experiments" to "cmis_app";

-- [alter] privilege table cmis.experiments
grant insert on table "cmis"."experiments" to "cmis_app";

-- [alter] privilege table cmis.experiments
grant select on table "cmis"."experiments" to "cmis_app";

-- [alter] privilege table cmis.experiments
grant update on table "cmis"."experiments" to "cmis_app";

-- [alter] privilege table cmis.experiments
grant select on table "cmis"."experiments" to "cmis_readonly";

-- [alter] privilege table cmis.field_aliases
grant delete on table "cmis"."field_aliases" to "cmis_app";

-- [alter] privilege table cmis.field_aliases
grant insert on table "cmis"."field_aliases" to "cmis_app";

-- [alter] privilege table cmis.field_aliases
grant select on table "cmis"."field_aliases" to "cmis_app";

-- [alter] privilege table cmis.field_aliases
grant update on table "cmis"."field_aliases" to "cmis_app";

-- [alter] privilege table cmis.field_aliases
grant select on table "cmis"."field_aliases" to "cmis_readonly";

-- [alter] privilege table cmis.field_definitions
grant delete on table "cmis"."field_definitions" to "cmis_app";

-- [alter] privilege table cmis.field_definitions
grant insert on table "cmis"."field_definitions" to "cmis_app";

-- [alter] privilege table cmis.field_definitions
grant select on table "cmis"."field_definitions" to "cmis_app";

-- [alter] privilege table cmis.field_definitions
grant update on table "cmis"."field_definitions" to "cmis_app";

-- [alter] privilege table cmis.field_definitions
grant select on table "cmis"."field_definitions" to "cmis_readonly";

-- [alter] privilege table cmis.field_groups
grant delete on table "cmis"."field_groups" to "cmis_app";

-- [alter] privilege table cmis.field_groups
grant insert on table "cmis"."field_groups" to "cmis_app";

-- [alter] privilege table cmis.field_groups
grant select on table "cmis"."field_groups" to "cmis_app";

-- [alter] privilege table cmis.field_groups
grant update on table "cmis"."field_groups" to "cmis_app";

-- [alter] privilege table cmis.field_groups
grant select on table "cmis"."field_groups" to "cmis_readonly";

-- [alter] privilege table cmis.field_options
grant delete on table "cmis"."field_options" to "cmis_app";

-- [alter] privilege table cmis.field_options
grant insert on table "cmis"."field_options" to "cmis_app";

-- [alter] privilege table cmis.field_options
grant select on table "cmis"."field_options" to "cmis_app";

-- [alter] privilege table cmis.field_options
grant update on table "cmis"."field_options" to "cmis_app";

-- [alter] privilege table cmis.field_options
grant select on table "cmis"."field_options" to "cmis_readonly";

-- [alter] privilege table cmis.field_value_history
grant insert on table "cmis"."field_value_history" to "cmis_app";

-- [alter] privilege table cmis.field_value_history
grant select on table "cmis"."field_value_history" to "cmis_app";

-- [alter] privilege table cmis.field_value_history
grant select on table "cmis"."field_value_history" to "cmis_readonly";

-- [alter] privilege table cmis.field_values
grant delete on table "cmis"."field_values" to "cmis_app";

-- [alter] privilege table cmis.field_values
grant insert on table "cmis"."field_values" to "cmis_app";

-- [alter] privilege table cmis.field_values
grant select on table "cmis"."field_values" to "cmis_app";

-- [alter] privilege table cmis.field_values
grant update on table "cmis"."field_values" to "cmis_app";

-- [alter] privilege table cmis.field_values
grant select on table "cmis"."field_values" to "cmis_readonly";

-- [alter] privilege table cmis.integration_sync_logs
grant delete on table "cmis"."integration_sync_logs" to "cmis_app";

-- [alter] privilege table cmis.integration_sync_logs
grant insert on table "cmis"."integration_sync_logs" to "cmis_app";

-- [alter] privilege table cmis.integration_sync_logs
grant select on table "cmis"."integration_sync_logs" to "cmis_app";

-- [alter] privilege table cmis.integration_sync_logs
grant update on table "cmis"."integration_sync_logs" to "cmis_app";

-- [alter] privilege table cmis.integration_sync_logs
grant select on table "cmis"."integration_sync_logs" to "cmis_readonly";

-- [alter] privilege table cmis.integrations
grant delete on table "cmis"."integrations" to "cmis_app";

-- [alter] privilege table cmis.integrations
grant insert on table "cmis"."integrations" to "cmis_app";

-- [alter] privilege table cmis.integrations
grant select on table "cmis"."integrations" to "cmis_app";

-- [alter] privilege table cmis.integrations
grant update on table "cmis"."integrations" to "cmis_app";

-- [alter] privilege table cmis.integrations
grant select on table "cmis"."integrations" to "cmis_readonly";

-- [alter] privilege table cmis.meta_documentation
grant select on table "cmis"."meta_documentation" to "cmis_app";

-- [alter] privilege table cmis.meta_documentation
grant select on table "cmis"."meta_documentation" to "cmis_readonly";

-- [alter] privilege table cmis.meta_field_dictionary
grant select on table "cmis"."meta_field_dictionary" to "cmis_app";

-- [alter] privilege table cmis.meta_field_dictionary
grant select on table "cmis"."meta_field_dictionary" to "cmis_readonly";

-- [alter] privilege table cmis.meta_function_descriptions
grant select on table "cmis"."meta_function_descriptions" to "cmis_app";

-- [alter] privilege table cmis.meta_function_descriptions
grant select on table "cmis"."meta_function_descriptions" to "cmis_readonly";

-- [alter] privilege table cmis.notification_preferences
grant delete on table "cmis"."notification_preferences" to "cmis_app";

-- [alter] privilege table cmis.notification_preferences
grant insert on table "cmis"."notification_preferences" to "cmis_app";

-- [alter] privilege table cmis.notification_preferences
grant select on table "cmis"."notification_preferences" to "cmis_app";

-- [alter] privilege table cmis.notification_preferences
grant update on table "cmis"."notification_preferences" to "cmis_app";

-- [alter] privilege table cmis.notifications
grant delete on table "cmis"."notifications" to "cmis_app";

-- [alter] privilege table cmis.notifications
grant insert on table "cmis"."notifications" to "cmis_app";

-- [alter] privilege table cmis.notifications
grant select on table "cmis"."notifications" to "cmis_app";

-- [alter] privilege table cmis.notifications
grant update on table "cmis"."notifications" to "cmis_app";

-- [alter] privilege table cmis.oauth_tokens
grant delete on table "cmis"."oauth_tokens" to "cmis_app";

-- [alter] privilege table cmis.oauth_tokens
grant insert on table "cmis"."oauth_tokens" to "cmis_app";

-- [alter] privilege table cmis.oauth_tokens
grant select on table "cmis"."oauth_tokens" to "cmis_app";

-- [alter] privilege table cmis.oauth_tokens
grant update on table "cmis"."oauth_tokens" to "cmis_app";

-- [alter] privilege table cmis.org_invitations
grant delete on table "cmis"."org_invitations" to "cmis_app";

-- [alter] privilege table cmis.org_invitations
grant insert on table "cmis"."org_invitations" to "cmis_app";

-- [alter] privilege table cmis.org_invitations
grant select on table "cmis"."org_invitations" to "cmis_app";

-- [alter] privilege table cmis.org_invitations
grant update on table "cmis"."org_invitations" to "cmis_app";

-- [alter] privilege table cmis.org_invitations
grant select on table "cmis"."org_invitations" to "cmis_readonly";

-- [alter] privilege table cmis.orgs
grant delete on table "cmis"."orgs" to "cmis_app";

-- [alter] privilege table cmis.orgs
grant insert on table "cmis"."orgs" to "cmis_app";

-- [alter] privilege table cmis.orgs
grant select on table "cmis"."orgs" to "cmis_app";

-- [alter] privilege table cmis.orgs
grant update on table "cmis"."orgs" to "cmis_app";

-- [alter] privilege table cmis.orgs
grant select on table "cmis"."orgs" to "cmis_readonly";

-- [alter] privilege table cmis.permissions
grant delete on table "cmis"."permissions" to "cmis_app";

-- [alter] privilege table cmis.permissions
grant insert on table "cmis"."permissions" to "cmis_app";

-- [alter] privilege table cmis.permissions
grant select on table "cmis"."permissions" to "cmis_app";

-- [alter] privilege table cmis.permissions
grant update on table "cmis"."permissions" to "cmis_app";

-- [alter] privilege table cmis.permissions
grant select on table "cmis"."permissions" to "cmis_readonly";

-- [alter] privilege table cmis.platform_connections
grant delete on table "cmis"."platform_connections" to "cmis_app";

-- [alter] privilege table cmis.platform_connections
grant insert on table "cmis"."platform_connections" to "cmis_app";

-- [alter] privilege table cmis.platform_connections
grant select on table "cmis"."platform_connections" to "cmis_app";

-- [alter] privilege table cmis.platform_connections
grant update on table "cmis"."platform_connections" to "cmis_app";

-- [alter] privilege table cmis.platform_connections
grant select on table "cmis"."platform_connections" to "cmis_readonly";

-- [alter] privilege table cmis.publishing_queue_items
grant delete on table "cmis"."publishing_queue_items" to "cmis_app";

-- [alter] privilege table cmis.publishing_queue_items
grant insert on table "cmis"."publishing_queue_items" to "cmis_app";

-- [alter] privilege table cmis.publishing_queue_items
grant select on table "cmis"."publishing_queue_items" to "cmis_app";

-- [alter] privilege table cmis.publishing_queue_items
grant update on table "cmis"."publishing_queue_items" to "cmis_app";

-- [alter] privilege table cmis.publishing_queue_items
grant select on table "cmis"."publishing_queue_items" to "cmis_readonly";

-- [alter] privilege table cmis.publishing_queues
grant delete on table "cmis"."publishing_queues" to "cmis_app";

-- [alter] privilege table cmis.publishing_queues
grant insert on table "cmis"."publishing_queues" to "cmis_app";

-- [alter] privilege table cmis.publishing_queues
grant select on table "cmis"."publishing_queues" to "cmis_app";

-- [alter] privilege table cmis.publishing_queues
grant update on table "cmis"."publishing_queues" to "cmis_app";

-- [alter] privilege table cmis.publishing_queues
grant select on table "cmis"."publishing_queues" to "cmis_readonly";

-- [alter] privilege table cmis.role_permissions
grant delete on table "cmis"."role_permissions" to "cmis_app";

-- [alter] privilege table cmis.role_permissions
grant insert on table "cmis"."role_permissions" to "cmis_app";

-- [alter] privilege table cmis.role_permissions
grant select on table "cmis"."role_permissions" to "cmis_app";

-- [alter] privilege table cmis.role_permissions
grant update on table "cmis"."role_permissions" to "cmis_app";

-- [alter] privilege table cmis.role_permissions
grant select on table "cmis"."role_permissions" to "cmis_readonly";

-- [alter] privilege table cmis.roles
grant delete on table "cmis"."roles" to "cmis_app";

-- [alter] privilege table cmis.roles
grant insert on table "cmis"."roles" to "cmis_app";

-- [alter] privilege table cmis.roles
grant select on table "cmis"."roles" to "cmis_app";

-- [alter] privilege table cmis.roles
grant update on table "cmis"."roles" to "cmis_app";

-- [alter] privilege table cmis.roles
grant select on table "cmis"."roles" to "cmis_readonly";

-- [alter] privilege table cmis.scheduled_social_posts
grant delete on table "cmis"."scheduled_social_posts" to "cmis_app";

-- [alter] privilege table cmis.scheduled_social_posts
grant insert on table "cmis"."scheduled_social_posts" to "cmis_app";

-- [alter] privilege table cmis.scheduled_social_posts
grant select on table "cmis"."scheduled_social_posts" to "cmis_app";

-- [alter] privilege table cmis.scheduled_social_posts
grant update on table "cmis"."scheduled_social_posts" to "cmis_app";

-- [alter] privilege table cmis.scheduled_social_posts
grant select on table "cmis"."scheduled_social_posts" to "cmis_readonly";

-- [alter] privilege table cmis.segments
grant delete on table "cmis"."segments" to "cmis_app";

-- [alter] privilege table cmis.segments
grant insert on table "cmis"."segments" to "cmis_app";

-- [alter] privilege table cmis.segments
grant select on table "cmis"."segments" to "cmis_app";

-- [alter] privilege table cmis.segments
grant update on table "cmis"."segments" to "cmis_app";

-- [alter] privilege table cmis.segments
grant select on table "cmis"."segments" to "cmis_readonly";

-- [alter] privilege table cmis.social_accounts
grant delete on table "cmis"."social_accounts" to "cmis_app";

-- [alter] privilege table cmis.social_accounts
grant insert on table "cmis"."social_accounts" to "cmis_app";

-- [alter] privilege table cmis.social_accounts
grant select on table "cmis"."social_accounts" to "cmis_app";

-- [alter] privilege table cmis.social_accounts
grant update on table "cmis"."social_accounts" to "cmis_app";

-- [alter] privilege table cmis.social_accounts
grant select on table "cmis"."social_accounts" to "cmis_readonly";

-- [alter] privilege table cmis.social_approval_requests
grant delete on table "cmis"."social_approval_requests" to "cmis_app";

-- [alter] privilege table cmis.social_approval_requests
grant insert on table "cmis"."social_approval_requests" to "cmis_app";

-- [alter] privilege table cmis.social_approval_requests
grant select on table "cmis"."social_approval_requests" to "cmis_app";

-- [alter] privilege table cmis.social_approval_requests
grant update on table "cmis"."social_approval_requests" to "cmis_app";

-- [alter] privilege table cmis.social_approval_requests
grant select on table "cmis"."social_approval_requests" to "cmis_readonly";

-- [alter] privilege table cmis.social_comments
grant delete on table "cmis"."social_comments" to "cmis_app";

-- [alter] privilege table cmis.social_comments
grant insert on table "cmis"."social_comments" to "cmis_app";

-- [alter] privilege table cmis.social_comments
grant select on table "cmis"."social_comments" to "cmis_app";

-- [alter] privilege table cmis.social_comments
grant update on table "cmis"."social_comments" to "cmis_app";

-- [alter] privilege table cmis.social_comments
grant select on table "cmis"."social_comments" to "cmis_readonly";

-- [alter] privilege table cmis.social_hashtag_sets
grant delete on table "cmis"."social_hashtag_sets" to "cmis_app";

-- [alter] privilege table cmis.social_hashtag_sets
grant insert on table "cmis"."social_hashtag_sets" to "cmis_app";

-- [alter] privilege table cmis.social_hashtag_sets
grant select on table "cmis"."social_hashtag_sets" to "cmis_app";

-- [alter] privilege table cmis.social_hashtag_sets
grant update on table "cmis"."social_hashtag_sets" to "cmis_app";

-- [alter] privilege table cmis.social_hashtag_sets
grant select on table "cmis"."social_hashtag_sets" to "cmis_readonly";

-- [alter] privilege table cmis.social_post_media
grant delete on table "cmis"."social_post_media" to "cmis_app";

-- [alter] privilege table cmis.social_post_media
grant insert on table "cmis"."social_post_media" to "cmis_app";

-- [alter] privilege table cmis.social_post_media
grant select on table "cmis"."social_post_media" to "cmis_app";

-- [alter] privilege table cmis.social_post_media
grant update on table "cmis"."social_post_media" to "cmis_app";

-- [alter] privilege table cmis.social_post_media
grant select on table "cmis"."social_post_media" to "cmis_readonly";

-- [alter] privilege table cmis.social_post_metrics
grant delete on table "cmis"."social_post_metrics" to "cmis_app";

-- [alter] privilege table cmis.social_post_metrics
grant insert on table "cmis"."social_post_metrics" to "cmis_app";

-- [alter] privilege table cmis.social_post_metrics
grant select on table "cmis"."social_post_metrics" to "cmis_app";

-- [alter] privilege table cmis.social_post_metrics
grant update on table "cmis"."social_post_metrics" to "cmis_app";

-- [alter] privilege table cmis.social_post_metrics
grant select on table "cmis"."social_post_metrics" to "cmis_readonly";

-- [alter] privilege table cmis.social_post_versions
grant delete on table "cmis"."social_post_versions" to "cmis_app";

-- [alter] privilege table cmis.social_post_versions
grant insert on table "cmis"."social_post_versions" to "cmis_app";

-- [alter] privilege table cmis.social_post_versions
grant select on table "cmis"."social_post_versions" to "cmis_app";

-- [alter] privilege table cmis.social_post_versions
grant update on table "cmis"."social_post_versions" to "cmis_app";

-- [alter] privilege table cmis.social_post_versions
grant select on table "cmis"."social_post_versions" to "cmis_readonly";

-- [alter] privilege table cmis.social_posts
grant delete on table "cmis"."social_posts" to "cmis_app";

-- [alter] privilege table cmis.social_posts
grant insert on table "cmis"."social_posts" to "cmis_app";

-- [alter] privilege table cmis.social_posts
grant select on table "cmis"."social_posts" to "cmis_app";

-- [alter] privilege table cmis.social_posts
grant update on table "cmis"."social_posts" to "cmis_app";

-- [alter] privilege table cmis.social_posts
grant select on table "cmis"."social_posts" to "cmis_readonly";

-- [alter] privilege table cmis.social_publish_attempts
grant delete on table "cmis"."social_publish_attempts" to "cmis_app";

-- [alter] privilege table cmis.social_publish_attempts
grant insert on table "cmis"."social_publish_attempts" to "cmis_app";

-- [alter] privilege table cmis.social_publish_attempts
grant select on table "cmis"."social_publish_attempts" to "cmis_app";

-- [alter] privilege table cmis.social_publish_attempts
grant update on table "cmis"."social_publish_attempts" to "cmis_app";

-- [alter] privilege table cmis.social_publish_attempts
grant select on table "cmis"."social_publish_attempts" to "cmis_readonly";

-- [alter] privilege table cmis.team_members
grant delete on table "cmis"."team_members" to "cmis_app";

-- [alter] privilege table cmis.team_members
grant insert on table "cmis"."team_members" to "cmis_app";

-- [alter] privilege table cmis.team_members
grant select on table "cmis"."team_members" to "cmis_app";

-- [alter] privilege table cmis.team_members
grant update on table "cmis"."team_members" to "cmis_app";

-- [alter] privilege table cmis.team_members
grant select on table "cmis"."team_members" to "cmis_readonly";

-- [alter] privilege table cmis.teams
grant delete on table "cmis"."teams" to "cmis_app";

-- [alter] privilege table cmis.teams
grant insert on table "cmis"."teams" to "cmis_app";

-- [alter] privilege table cmis.teams
grant select on table "cmis"."teams" to "cmis_app";

-- [alter] privilege table cmis.teams
grant update on table "cmis"."teams" to "cmis_app";

-- [alter] privilege table cmis.teams
grant select on table "cmis"."teams" to "cmis_readonly";

-- [alter] privilege table cmis.user_orgs
grant delete on table "cmis"."user_orgs" to "cmis_app";

-- [alter] privilege table cmis.user_orgs
grant insert on table "cmis"."user_orgs" to "cmis_app";

-- [alter] privilege table cmis.user_orgs
grant select on table "cmis"."user_orgs" to "cmis_app";

-- [alter] privilege table cmis.user_orgs
grant update on table "cmis"."user_orgs" to "cmis_app";

-- [alter] privilege table cmis.user_orgs
grant select on table "cmis"."user_orgs" to "cmis_readonly";

-- [alter] privilege table cmis.user_permissions
grant delete on table "cmis"."user_permissions" to "cmis_app";

-- [alter] privilege table cmis.user_permissions
grant insert on table "cmis"."user_permissions" to "cmis_app";

-- [alter] privilege table cmis.user_permissions
grant select on table "cmis"."user_permissions" to "cmis_app";

-- [alter] privilege table cmis.user_permissions
grant update on table "cmis"."user_permissions" to "cmis_app";

-- [alter] privilege table cmis.user_permissions
grant select on table "cmis"."user_permissions" to "cmis_readonly";

-- [alter] privilege table cmis.user_sessions
grant delete on table "cmis"."user_sessions" to "cmis_app";

-- [alter] privilege table cmis.user_sessions
grant insert on table "cmis"."user_sessions" to "cmis_app";

-- [alter] privilege table cmis.user_sessions
grant select on table "cmis"."user_sessions" to "cmis_app";

-- [alter] privilege table cmis.user_sessions
grant update on table "cmis"."user_sessions" to "cmis_app";

-- [alter] privilege table cmis.users
grant delete on table "cmis"."users" to "cmis_app";

-- [alter] privilege table cmis.users
grant insert on table "cmis"."users" to "cmis_app";

-- [alter] privilege table cmis.users
grant select on table "cmis"."users" to "cmis_app";

-- [alter] privilege table cmis.users
grant update on table "cmis"."users" to "cmis_app";

-- [alter] privilege table cmis.users
grant select on table "cmis"."users" to "cmis_readonly";

-- [alter] privilege table cmis.webhook_deliveries
grant delete on table "cmis"."webhook_deliveries" to "cmis_app";

-- [alter] privilege table cmis.webhook_deliveries
grant insert on table "cmis"."webhook_deliveries" to "cmis_app";

-- [alter] privilege table cmis.webhook_deliveries
grant select on table "cmis"."webhook_deliveries" to "cmis_app";

-- [alter] privilege table cmis.webhook_deliveries
grant update on table "cmis"."webhook_deliveries" to "cmis_app";

-- [alter] privilege table cmis.webhook_deliveries
grant select on table "cmis"."webhook_deliveries" to "cmis_readonly";

-- [alter] privilege table cmis.webhooks
grant delete on table "cmis"."webhooks" to "cmis_app";

-- [alter] privilege table cmis.webhooks
grant insert on table "cmis"."webhooks" to "cmis_app";

-- [alter] privilege table cmis.webhooks
grant select on table "cmis"."webhooks" to "cmis_app";

-- [alter] privilege table cmis.webhooks
grant update on table "cmis"."webhooks" to "cmis_app";

-- [alter] privilege table cmis.webhooks
grant select on table "cmis"."webhooks" to "cmis_readonly";

-- [alter] privilege table cmis.workflow_runs
grant delete on table "cmis"."workflow_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_runs
grant insert on table "cmis"."workflow_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_runs
grant select on table "cmis"."workflow_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_runs
grant update on table "cmis"."workflow_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_runs
grant select on table "cmis"."workflow_runs" to "cmis_readonly";

-- [alter] privilege table cmis.workflow_step_runs
grant delete on table "cmis"."workflow_step_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_step_runs
grant insert on table "cmis"."workflow_step_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_step_runs
grant select on table "cmis"."workflow_step_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_step_runs
grant update on table "cmis"."workflow_step_runs" to "cmis_app";

-- [alter] privilege table cmis.workflow_step_runs
grant select on table "cmis"."workflow_step_runs" to "cmis_readonly";

-- [alter] privilege table cmis.workflow_steps
grant delete on table "cmis"."workflow_steps" to "cmis_app";

-- [alter] privilege table cmis.workflow_steps
grant insert on table "cmis"."workflow_steps" to "cmis_app";

-- [alter] privilege table cmis.workflow_steps
grant select on table "cmis"."workflow_steps" to "cmis_app";

-- [alter] privilege table cmis.workflow_steps
grant update on table "cmis"."workflow_steps" to "cmis_app";

-- [alter] privilege table cmis.workflow_steps
grant select on table "cmis"."workflow_steps" to "cmis_readonly";

-- [alter] privilege table cmis.workflows
grant delete on table "cmis"."workflows" to "cmis_app";

-- [alter] privilege table cmis.workflows
grant insert on table "cmis"."workflows" to "cmis_app";

-- [alter] privilege table cmis.workflows
grant select on table "cmis"."workflows" to "cmis_app";

-- [alter] privilege table cmis.workflows
grant update on table "cmis"."workflows" to "cmis_app";

-- [alter] privilege table cmis.workflows
grant select on table "cmis"."workflows" to "cmis_readonly";

-- [alter] privilege table cmis_marketing.bundle_items
grant delete on table "cmis_marketing"."bundle_items" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundle_items
grant insert on table "cmis_marketing"."bundle_items" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundle_items
grant select on table "cmis_marketing"."bundle_items" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundle_items
grant update on table "cmis_marketing"."bundle_items" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundle_items
grant select on table "cmis_marketing"."bundle_items" to "cmis_readonly";

-- [alter] privilege table cmis_marketing.bundles
grant delete on table "cmis_marketing"."bundles" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundles
grant insert on table "cmis_marketing"."bundles" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundles
grant select on table "cmis_marketing"."bundles" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundles
grant update on table "cmis_marketing"."bundles" to "cmis_app";

-- [alter] privilege table cmis_marketing.bundles
grant select on table "cmis_marketing"."bundles" to "cmis_readonly";

-- [alter] privilege table cmis_marketing.offering_campaign_links
grant delete on table "cmis_marketing"."offering_campaign_links" to "cmis_app";

-- [alter] privilege table cmis_marketing.offering_campaign_links
grant insert on table "cmis_marketing"."offering_campaign_links" to "cmis_app";

-- [alter] privilege table cmis_marketing.offering_campaign_links
grant select on table "cmis_marketing"."offering_campaign_links" to "cmis_app";

-- [alter] privilege table cmis_marketing.offering_campaign_links
grant update on table "cmis_marketing"."offering_campaign_links" to "cmis_app";

-- [alter] privilege table cmis_marketing.offering_campaign_links
grant select on table "cmis_marketing"."offering_campaign_links" to "cmis_readonly";

-- [alter] privilege table cmis_marketing.offerings
grant delete on table "cmis_marketing"."offerings" to "cmis_app";

-- [alter] privilege table cmis_marketing.offerings
grant insert on table "cmis_marketing"."offerings" to "cmis_app";

-- [alter] privilege table cmis_marketing.offerings
grant select on table "cmis_marketing"."offerings" to "cmis_app";

-- [alter] privilege table cmis_marketing.offerings
grant update on table "cmis_marketing"."offerings" to "cmis_app";

-- [alter] privilege table cmis_marketing.offerings
grant select on table "cmis_marketing"."offerings" to "cmis_readonly";

-- [alter] privilege table cmis_marketing.price_list_entries
grant delete on table "cmis_marketing"."price_list_entries" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_list_entries
grant insert on table "cmis_marketing"."price_list_entries" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_list_entries
grant select on table "cmis_marketing"."price_list_entries" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_list_entries
grant update on table "cmis_marketing"."price_list_entries" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_list_entries
grant select on table "cmis_marketing"."price_list_entries" to "cmis_readonly";

-- [alter] privilege table cmis_marketing.price_lists
grant delete on table "cmis_marketing"."price_lists" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_lists
grant insert on table "cmis_marketing"."price_lists" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_lists
grant select on table "cmis_marketing"."price_lists" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_lists
grant update on table "cmis_marketing"."price_lists" to "cmis_app";

-- [alter] privilege table cmis_marketing.price_lists
grant select on table "cmis_marketing"."price_lists" to "cmis_readonly";

-- [alter] privilege table cmis_ops.cache
grant delete on table "cmis_ops"."cache" to "cmis_app";

-- [alter] privilege table cmis_ops.cache
grant insert on table "cmis_ops"."cache" to "cmis_app";

-- [alter] privilege table cmis_ops.cache
grant select on table "cmis_ops"."cache" to "cmis_app";

-- [alter] privilege table cmis_ops.cache
grant update on table "cmis_ops"."cache" to "cmis_app";

-- [alter] privilege table cmis_ops.cache_locks
grant delete on table "cmis_ops"."cache_locks" to "cmis_app";

-- [alter] privilege table cmis_ops.cache_locks
grant insert on table "cmis_ops"."cache_locks" to "cmis_app";

-- [alter] privilege table cmis_ops.cache_locks
grant select on table "cmis_ops"."cache_locks" to "cmis_app";

-- [alter] privilege table cmis_ops.cache_locks
grant update on table "cmis_ops"."cache_locks" to "cmis_app";

-- [alter] privilege table cmis_ops.data_sync_cursors
grant delete on table "cmis_ops"."data_sync_cursors" to "cmis_app";

-- [alter] privilege table cmis_ops.data_sync_cursors
grant insert on table "cmis_ops"."data_sync_cursors" to "cmis_app";

-- [alter] privilege table cmis_ops.data_sync_cursors
grant select on table "cmis_ops"."data_sync_cursors" to "cmis_app";

-- [alter] privilege table cmis_ops.data_sync_cursors
grant update on table "cmis_ops"."data_sync_cursors" to "cmis_app";

-- [alter] privilege table cmis_ops.data_sync_cursors
grant select on table "cmis_ops"."data_sync_cursors" to "cmis_readonly";

-- [alter] privilege table cmis_ops.etl_pipelines
grant delete on table "cmis_ops"."etl_pipelines" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_pipelines
grant insert on table "cmis_ops"."etl_pipelines" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_pipelines
grant select on table "cmis_ops"."etl_pipelines" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_pipelines
grant update on table "cmis_ops"."etl_pipelines" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_pipelines
grant select on table "cmis_ops"."etl_pipelines" to "cmis_readonly";

-- [alter] privilege table cmis_ops.etl_runs
grant delete on table "cmis_ops"."etl_runs" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_runs
grant insert on table "cmis_ops"."etl_runs" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_runs
grant select on table "cmis_ops"."etl_runs" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_runs
grant update on table "cmis_ops"."etl_runs" to "cmis_app";

-- [alter] privilege table cmis_ops.etl_runs
grant select on table "cmis_ops"."etl_runs" to "cmis_readonly";

-- [alter] privilege table cmis_ops.failed_jobs
grant delete on table "cmis_ops"."failed_jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.failed_jobs
grant insert on table "cmis_ops"."failed_jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.failed_jobs
grant select on table "cmis_ops"."failed_jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.failed_jobs
grant update on table "cmis_ops"."failed_jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.failed_jobs
grant select on table "cmis_ops"."failed_jobs" to "cmis_readonly";

-- [alter] privilege table cmis_ops.job_batches
grant delete on table "cmis_ops"."job_batches" to "cmis_app";

-- [alter] privilege table cmis_ops.job_batches
grant insert on table "cmis_ops"."job_batches" to "cmis_app";

-- [alter] privilege table cmis_ops.job_batches
grant select on table "cmis_ops"."job_batches" to "cmis_app";

-- [alter] privilege table cmis_ops.job_batches
grant update on table "cmis_ops"."job_batches" to "cmis_app";

-- [alter] privilege table cmis_ops.job_batches
grant select on table "cmis_ops"."job_batches" to "cmis_readonly";

-- [alter] privilege table cmis_ops.jobs
grant delete on table "cmis_ops"."jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.jobs
grant insert on table "cmis_ops"."jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.jobs
grant select on table "cmis_ops"."jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.jobs
grant update on table "cmis_ops"."jobs" to "cmis_app";

-- [alter] privilege table cmis_ops.jobs
grant select on table "cmis_ops"."jobs" to "cmis_readonly";

-- [alter] privilege table cmis_ops.scheduled_tasks
grant delete on table "cmis_ops"."scheduled_tasks" to "cmis_app";

-- [alter] privilege table cmis_ops.scheduled_tasks
grant insert on table "cmis_ops"."scheduled_tasks" to "cmis_app";

-- [alter] privilege table cmis_ops.scheduled_tasks
grant select on table "cmis_ops"."scheduled_tasks" to "cmis_app";

-- [alter] privilege table cmis_ops.scheduled_tasks
grant update on table "cmis_ops"."scheduled_tasks" to "cmis_app";

-- [alter] privilege table cmis_ops.scheduled_tasks
grant select on table "cmis_ops"."scheduled_tasks" to "cmis_readonly";

-- [alter] privilege table cmis_ops.sessions
grant delete on table "cmis_ops"."sessions" to "cmis_app";

-- [alter] privilege table cmis_ops.sessions
grant insert on table "cmis_ops"."sessions" to "cmis_app";

-- [alter] privilege table cmis_ops.sessions
grant select on table "cmis_ops"."sessions" to "cmis_app";

-- [alter] privilege table cmis_ops.sessions
grant update on table "cmis_ops"."sessions" to "cmis_app";

-- [alter] privilege table cmis_staging.import_batches
grant delete on table "cmis_staging"."import_batches" to "cmis_app";

-- [alter] privilege table cmis_staging.import_batches
grant insert on table "cmis_staging"."import_batches" to "cmis_app";

-- [alter] privilege table cmis_staging.import_batches
grant select on table "cmis_staging"."import_batches" to "cmis_app";

-- [alter] privilege table cmis_staging.import_batches
grant update on table "cmis_staging"."import_batches" to "cmis_app";

-- [alter] privilege table cmis_staging.import_errors
grant delete on table "cmis_staging"."import_errors" to "cmis_app";

-- [alter] privilege table cmis_staging.import_errors
grant insert on table "cmis_staging"."import_errors" to "cmis_app";

-- [alter] privilege table cmis_staging.import_errors
grant select on table "cmis_staging"."import_errors" to "cmis_app";

-- [alter] privilege table cmis_staging.import_errors
grant update on table "cmis_staging"."import_errors" to "cmis_app";

-- [alter] privilege table cmis_staging.import_rows
grant delete on table "cmis_staging"."import_rows" to "cmis_app";

-- [alter] privilege table cmis_staging.import_rows
grant insert on table "cmis_staging"."import_rows" to "cmis_app";

-- [alter] privilege table cmis_staging.import_rows
grant select on table "cmis_staging"."import_rows" to "cmis_app";

-- [alter] privilege table cmis_staging.import_rows
grant update on table "cmis_staging"."import_rows" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_check_results
grant delete on table "cmis_system_health"."health_check_results" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_check_results
grant insert on table "cmis_system_health"."health_check_results" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_check_results
grant select on table "cmis_system_health"."health_check_results" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_check_results
grant update on table "cmis_system_health"."health_check_results" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_check_results
grant select on table "cmis_system_health"."health_check_results" to "cmis_readonly";

-- [alter] privilege table cmis_system_health.health_checks
grant delete on table "cmis_system_health"."health_checks" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_checks
grant insert on table "cmis_system_health"."health_checks" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_checks
grant select on table "cmis_system_health"."health_checks" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_checks
grant update on table "cmis_system_health"."health_checks" to "cmis_app";

-- [alter] privilege table cmis_system_health.health_checks
grant select on table "cmis_system_health"."health_checks" to "cmis_readonly";

-- [alter] privilege table lab.experiment_event_log
grant insert on table "lab"."experiment_event_log" to "cmis_app";

-- [alter] privilege table lab.experiment_event_log
grant select on table "lab"."experiment_event_log" to "cmis_app";

-- [alter] privilege table lab.experiment_feature_flags
grant delete on table "lab"."experiment_feature_flags" to "cmis_app";

-- [alter] privilege table lab.experiment_feature_flags
grant insert on table "lab"."experiment_feature_flags" to "cmis_app";

-- [alter] privilege table lab.experiment_feature_flags
grant select on table "lab"."experiment_feature_flags" to "cmis_app";

-- [alter] privilege table lab.experiment_feature_flags
grant update on table "lab"."experiment_feature_flags" to "cmis_app";

-- [alter] privilege table public.ad_formats
grant select on table "public"."ad_formats" to "cmis_app";

-- [alter] privilege table public.ad_formats
grant select on table "public"."ad_formats" to "cmis_readonly";

-- [alter] privilege table public.ad_objective_types
grant select on table "public"."ad_objective_types" to "cmis_app";

-- [alter] privilege table public.ad_objective_types
grant select on table "public"."ad_objective_types" to "cmis_readonly";

-- [alter] privilege table public.ad_placement_types
grant select on table "public"."ad_placement_types" to "cmis_app";

-- [alter] privilege table public.ad_placement_types
grant select on table "public"."ad_placement_types" to "cmis_readonly";

-- [alter] privilege table public.age_ranges
grant select on table "public"."age_ranges" to "cmis_app";

-- [alter] privilege table public.age_ranges
grant select on table "public"."age_ranges" to "cmis_readonly";

-- [alter] privilege table public.aspect_ratios
grant select on table "public"."aspect_ratios" to "cmis_app";

-- [alter] privilege table public.aspect_ratios
grant select on table "public"."aspect_ratios" to "cmis_readonly";

-- [alter] privilege table public.attribution_models
grant select on table "public"."attribution_models" to "cmis_app";

-- [alter] privilege table public.attribution_models
grant select on table "public"."attribution_models" to "cmis_readonly";

-- [alter] privilege table public.bid_strategies
grant select on table "public"."bid_strategies" to "cmis_app";

-- [alter] privilege table public.bid_strategies
grant select on table "public"."bid_strategies" to "cmis_readonly";

-- [alter] privilege table public.billing_event_types
grant select on table "public"."billing_event_types" to "cmis_app";

-- [alter] privilege table public.billing_event_types
grant select on table "public"."billing_event_types" to "cmis_readonly";

-- [alter] privilege table public.call_to_action_types
grant select on table "public"."call_to_action_types" to "cmis_app";

-- [alter] privilege table public.call_to_action_types
grant select on table "public"."call_to_action_types" to "cmis_readonly";

-- [alter] privilege table public.channel_types
grant select on table "public"."channel_types" to "cmis_app";

-- [alter] privilege table public.channel_types
grant select on table "public"."channel_types" to "cmis_readonly";

-- [alter] privilege table public.content_types
grant select on table "public"."content_types" to "cmis_app";

-- [alter] privilege table public.content_types
grant select on table "public"."content_types" to "cmis_readonly";

-- [alter] privilege table public.countries
grant select on table "public"."countries" to "cmis_app";

-- [alter] privilege table public.countries
grant select on table "public"."countries" to "cmis_readonly";

-- [alter] privilege table public.currencies
grant select on table "public"."currencies" to "cmis_app";

-- [alter] privilege table public.currencies
grant select on table "public"."currencies" to "cmis_readonly";

-- [alter] privilege table public.device_types
grant select on table "public"."device_types" to "cmis_app";

-- [alter] privilege table public.device_types
grant select on table "public"."device_types" to "cmis_readonly";

-- [alter] privilege table public.funnel_stages
grant select on table "public"."funnel_stages" to "cmis_app";

-- [alter] privilege table public.funnel_stages
grant select on table "public"."funnel_stages" to "cmis_readonly";

-- [alter] privilege table public.genders
grant select on table "public"."genders" to "cmis_app";

-- [alter] privilege table public.genders
grant select on table "public"."genders" to "cmis_readonly";

-- [alter] privilege table public.industries
grant select on table "public"."industries" to "cmis_app";

-- [alter] privilege table public.industries
grant select on table "public"."industries" to "cmis_readonly";

-- [alter] privilege table public.kpi_metrics
grant select on table "public"."kpi_metrics" to "cmis_app";

-- [alter] privilege table public.kpi_metrics
grant select on table "public"."kpi_metrics" to "cmis_readonly";

-- [alter] privilege table public.languages
grant select on table "public"."languages" to "cmis_app";

-- [alter] privilege table public.languages
grant select on table "public"."languages" to "cmis_readonly";

-- [alter] privilege table public.locales
grant select on table "public"."locales" to "cmis_app";

-- [alter] privilege table public.locales
grant select on table "public"."locales" to "cmis_readonly";

-- [alter] privilege table public.media_mime_types
grant select on table "public"."media_mime_types" to "cmis_app";

-- [alter] privilege table public.media_mime_types
grant select on table "public"."media_mime_types" to "cmis_readonly";

-- [alter] privilege table public.platform_api_versions
grant select on table "public"."platform_api_versions" to "cmis_app";

-- [alter] privilege table public.platform_api_versions
grant select on table "public"."platform_api_versions" to "cmis_readonly";

-- [alter] privilege table public.platforms
grant select on table "public"."platforms" to "cmis_app";

-- [alter] privilege table public.platforms
grant select on table "public"."platforms" to "cmis_readonly";

-- [alter] privilege table public.regions
grant select on table "public"."regions" to "cmis_app";

-- [alter] privilege table public.regions
grant select on table "public"."regions" to "cmis_readonly";

-- [alter] privilege table public.timezones
grant select on table "public"."timezones" to "cmis_app";

-- [alter] privilege table public.timezones
grant select on table "public"."timezones" to "cmis_readonly";

-- [create] constraint cmis.ad_accounts.ad_accounts_pkey
alter table "cmis"."ad_accounts" add constraint "ad_accounts_pkey" PRIMARY KEY using index "ad_accounts_pkey";

-- [create] constraint cmis.ad_audiences.ad_audiences_pkey
alter table "cmis"."ad_audiences" add constraint "ad_audiences_pkey" PRIMARY KEY using index "ad_audiences_pkey";

-- [create] constraint cmis.ad_budget_changes.ad_budget_changes_pkey
alter table "cmis"."ad_budget_changes" add constraint "ad_budget_changes_pkey" PRIMARY KEY using index "ad_budget_changes_pkey";

-- [create] constraint cmis.ad_campaigns.ad_campaigns_pkey
alter table "cmis"."ad_campaigns" add constraint "ad_campaigns_pkey" PRIMARY KEY using index "ad_campaigns_pkey";

-- [create] constraint cmis.ad_conversion_events.ad_conversion_events_pkey
alter table "cmis"."ad_conversion_events" add constraint "ad_conversion_events_pkey" PRIMARY KEY using index "ad_conversion_events_pkey";

-- [create] constraint cmis.ad_creatives.ad_creatives_pkey
alter table "cmis"."ad_creatives" add constraint "ad_creatives_pkey" PRIMARY KEY using index "ad_creatives_pkey";

-- [create] constraint cmis.ad_metrics_daily.ad_metrics_daily_pkey
alter table "cmis"."ad_metrics_daily" add constraint "ad_metrics_daily_pkey" PRIMARY KEY using index "ad_metrics_daily_pkey";

-- [create] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_pkey
alter table "cmis"."ad_platform_sync_states" add constraint "ad_platform_sync_states_pkey" PRIMARY KEY using index "ad_platform_sync_states_pkey";

-- [create] constraint cmis.ad_rules.ad_rules_pkey
alter table "cmis"."ad_rules" add constraint "ad_rules_pkey" PRIMARY KEY using index "ad_rules_pkey";

-- [create] constraint cmis.ad_set_audiences.ad_set_audiences_pkey
alter table "cmis"."ad_set_audiences" add constraint "ad_set_audiences_pkey" PRIMARY KEY using index "ad_set_audiences_pkey";

-- [create] constraint cmis.ad_sets.ad_sets_pkey
alter table "cmis"."ad_sets" add constraint "ad_sets_pkey" PRIMARY KEY using index "ad_sets_pkey";

-- [create] constraint cmis.ad_sync_runs.ad_sync_runs_pkey
alter table "cmis"."ad_sync_runs" add constraint "ad_sync_runs_pkey" PRIMARY KEY using index "ad_sync_runs_pkey";

-- [create] constraint cmis.ads.ads_pkey
alter table "cmis"."ads" add constraint "ads_pkey" PRIMARY KEY using index "ads_pkey";

-- [create] constraint cmis.api_keys.api_keys_pkey
alter table "cmis"."api_keys" add constraint "api_keys_pkey" PRIMARY KEY using index "api_keys_pkey";

-- [create] constraint cmis.audiences.audiences_pkey
alter table "cmis"."audiences" add constraint "audiences_pkey" PRIMARY KEY using index "audiences_pkey";

-- [create] constraint cmis.automation_rules.automation_rules_pkey
alter table "cmis"."automation_rules" add constraint "automation_rules_pkey" PRIMARY KEY using index "automation_rules_pkey";

-- [create] constraint cmis.campaign_audiences.campaign_audiences_pkey
alter table "cmis"."campaign_audiences" add constraint "campaign_audiences_pkey" PRIMARY KEY using index "campaign_audiences_pkey";

-- [create] constraint cmis.campaign_budgets.campaign_budgets_pkey
alter table "cmis"."campaign_budgets" add constraint "campaign_budgets_pkey" PRIMARY KEY using index "campaign_budgets_pkey";

-- [create] constraint cmis.campaign_channels.campaign_channels_pkey
alter table "cmis"."campaign_channels" add constraint "campaign_channels_pkey" PRIMARY KEY using index "campaign_channels_pkey";

-- [create] constraint cmis.campaign_context_links.campaign_context_links_pkey
alter table "cmis"."campaign_context_links" add constraint "campaign_context_links_pkey" PRIMARY KEY using index "campaign_context_links_pkey";

-- [create] constraint cmis.campaign_goals.campaign_goals_pkey
alter table "cmis"."campaign_goals" add constraint "campaign_goals_pkey" PRIMARY KEY using index "campaign_goals_pkey";

-- [create] constraint cmis.campaign_members.campaign_members_pkey
alter table "cmis"."campaign_members" add constraint "campaign_members_pkey" PRIMARY KEY using index "campaign_members_pkey";

-- [create] constraint cmis.campaign_milestones.campaign_milestones_pkey
alter table "cmis"."campaign_milestones" add constraint "campaign_milestones_pkey" PRIMARY KEY using index "campaign_milestones_pkey";

-- [create] constraint cmis.campaign_status_history.campaign_status_history_pkey
alter table "cmis"."campaign_status_history" add constraint "campaign_status_history_pkey" PRIMARY KEY using index "campaign_status_history_pkey";

-- [create] constraint cmis.campaigns.campaigns_pkey
alter table "cmis"."campaigns" add constraint "campaigns_pkey" PRIMARY KEY using index "campaigns_pkey";

-- [create] constraint cmis.comment_mentions.comment_mentions_pkey
alter table "cmis"."comment_mentions" add constraint "comment_mentions_pkey" PRIMARY KEY using index "comment_mentions_pkey";

-- [create] constraint cmis.comments.comments_pkey
alter table "cmis"."comments" add constraint "comments_pkey" PRIMARY KEY using index "comments_pkey";

-- [create] constraint cmis.contexts.contexts_pkey
alter table "cmis"."contexts" add constraint "contexts_pkey" PRIMARY KEY using index "contexts_pkey";

-- [create] constraint cmis.experiment_assignments.experiment_assignments_pkey
alter table "cmis"."experiment_assignments" add constraint "experiment_assignments_pkey" PRIMARY KEY using index "experiment_assignments_pkey";

-- [create] constraint cmis.experiment_results.experiment_results_pkey
alter table "cmis"."experiment_results" add constraint "experiment_results_pkey" PRIMARY KEY using index "experiment_results_pkey";

-- [create] constraint cmis.experiment_variants.experiment_variants_pkey
alter table "cmis"."experiment_variants" add constraint "experiment_variants_pkey" PRIMARY KEY using index "experiment_variants_pkey";

-- [create] constraint cmis.experiments.experiments_pkey
alter table "cmis"."experiments" add constraint "experiments_pkey" PRIMARY KEY using index "experiments_pkey";

-- [create] constraint cmis.field_aliases.field_aliases_pkey
alter table "cmis"."field_aliases" add constraint "field_aliases_pkey" PRIMARY KEY using index "field_aliases_pkey";

-- [create] constraint cmis.field_definitions.field_definitions_pkey
alter table "cmis"."field_definitions" add constraint "field_definitions_pkey" PRIMARY KEY using index "field_definitions_pkey";

-- [create] constraint cmis.field_groups.field_groups_pkey
alter table "cmis"."field_groups" add constraint "field_groups_pkey" PRIMARY KEY using index "field_groups_pkey";

-- [create] constraint cmis.field_options.field_options_pkey
alter table "cmis"."field_options" add constraint "field_options_pkey" PRIMARY KEY using index "field_options_pkey";

-- [create] constraint cmis.field_value_history.field_value_history_pkey
alter table "cmis"."field_value_history" add constraint "field_value_history_pkey" PRIMARY KEY using index "field_value_history_pkey";

-- [create] constraint cmis.field_values.field_values_pkey
alter table "cmis"."field_values" add constraint "field_values_pkey" PRIMARY KEY using index "field_values_pkey";

-- [create] constraint cmis.integration_sync_logs.integration_sync_logs_pkey
alter table "cmis"."integration_sync_logs" add constraint "integration_sync_logs_pkey" PRIMARY KEY using index "integration_sync_logs_pkey";

-- [create] constraint cmis.integrations.integrations_pkey
alter table "cmis"."integrations" add constraint "integrations_pkey" PRIMARY KEY using index "integrations_pkey";

-- [create] constraint cmis.meta_documentation.meta_documentation_pkey
alter table "cmis"."meta_documentation" add constraint "meta_documentation_pkey" PRIMARY KEY using index "meta_documentation_pkey";

-- [create] constraint cmis.meta_field_dictionary.meta_field_dictionary_pkey
alter table "cmis"."meta_field_dictionary" add constraint "meta_field_dictionary_pkey" PRIMARY KEY using index "meta_field_dictionary_pkey";

-- [create] constraint cmis.meta_function_descriptions.meta_function_descriptions_pkey
alter table "cmis"."meta_function_descriptions" add constraint "meta_function_descriptions_pkey" PRIMARY KEY using index "meta_function_descriptions_pkey";

-- [create] constraint cmis.notification_preferences.notification_preferences_pkey
alter table "cmis"."notification_preferences" add constraint "notification_preferences_pkey" PRIMARY KEY using index "notification_preferences_pkey";

-- [create] constraint cmis.notifications.notifications_pkey
alter table "cmis"."notifications" add constraint "notifications_pkey" PRIMARY KEY using index "notifications_pkey";

-- [create] constraint cmis.oauth_tokens.oauth_tokens_pkey
alter table "cmis"."oauth_tokens" add constraint "oauth_tokens_pkey" PRIMARY KEY using index "oauth_tokens_pkey";

-- [create] constraint cmis.org_invitations.org_invitations_pkey
alter table "cmis"."org_invitations" add constraint "org_invitations_pkey" PRIMARY KEY using index "org_invitations_pkey";

-- [create] constraint cmis.orgs.orgs_pkey
alter table "cmis"."orgs" add constraint "orgs_pkey" PRIMARY KEY using index "orgs_pkey";

-- [create] constraint cmis.permissions.permissions_pkey
alter table "cmis"."permissions" add constraint "permissions_pkey" PRIMARY KEY using index "permissions_pkey";

-- [create] constraint cmis.platform_connections.platform_connections_pkey
alter table "cmis"."platform_connections" add constraint "platform_connections_pkey" PRIMARY KEY using index "platform_connections_pkey";

-- [create] constraint cmis.publishing_queue_items.publishing_queue_items_pkey
alter table "cmis"."publishing_queue_items" add constraint "publishing_queue_items_pkey" PRIMARY KEY using index "publishing_queue_items_pkey";

-- [create] constraint cmis.publishing_queues.publishing_queues_pkey
alter table "cmis"."publishing_queues" add constraint "publishing_queues_pkey" PRIMARY KEY using index "publishing_queues_pkey";

-- [create] constraint cmis.role_permissions.role_permissions_pkey
alter table "cmis"."role_permissions" add constraint "role_permissions_pkey" PRIMARY KEY using index "role_permissions_pkey";

-- [create] constraint cmis.roles.roles_pkey
alter table "cmis"."roles" add constraint "roles_pkey" PRIMARY KEY using index "roles_pkey";

-- [create] constraint cmis.scheduled_social_posts.scheduled_social_posts_pkey
alter table "cmis"."scheduled_social_posts" add constraint "scheduled_social_posts_pkey" PRIMARY KEY using index "scheduled_social_posts_pkey";

-- [create] constraint cmis.segments.segments_pkey
alter table "cmis"."segments" add constraint "segments_pkey" PRIMARY KEY using index "segments_pkey";

-- [create] constraint cmis.social_accounts.social_accounts_pkey
alter table "cmis"."social_accounts" add constraint "social_accounts_pkey" PRIMARY KEY using index "social_accounts_pkey";

-- [create] constraint cmis.social_approval_requests.social_approval_requests_pkey
alter table "cmis"."social_approval_requests" add constraint "social_approval_requests_pkey" PRIMARY KEY using index "social_approval_requests_pkey";

-- [create] constraint cmis.social_comments.social_comments_pkey
alter table "cmis"."social_comments" add constraint "social_comments_pkey" PRIMARY KEY using index "social_comments_pkey";

-- [create] constraint cmis.social_hashtag_sets.social_hashtag_sets_pkey
alter table "cmis"."social_hashtag_sets" add constraint "social_hashtag_sets_pkey" PRIMARY KEY using index "social_hashtag_sets_pkey";

-- [create] constraint cmis.social_post_media.social_post_media_pkey
alter table "cmis"."social_post_media" add constraint "social_post_media_pkey" PRIMARY KEY using index "social_post_media_pkey";

-- [create] constraint cmis.social_post_metrics.social_post_metrics_pkey
alter table "cmis"."social_post_metrics" add constraint "social_post_metrics_pkey" PRIMARY KEY using index "social_post_metrics_pkey";

-- [create] constraint cmis.social_post_versions.social_post_versions_pkey
alter table "cmis"."social_post_versions" add constraint "social_post_versions_pkey" PRIMARY KEY using index "social_post_versions_pkey";

-- [create] constraint cmis.social_posts.social_posts_pkey
alter table "cmis"."social_posts" add constraint "social_posts_pkey" PRIMARY KEY using index "social_posts_pkey";

-- [create] constraint cmis.social_publish_attempts.social_publish_attempts_pkey
alter table "cmis"."social_publish_attempts" add constraint "social_publish_attempts_pkey" PRIMARY KEY using index "social_publish_attempts_pkey";

-- [create] constraint cmis.team_members.team_members_pkey
alter table "cmis"."team_members" add constraint "team_members_pkey" PRIMARY KEY using index "team_members_pkey";

-- [create] constraint cmis.teams.teams_pkey
alter table "cmis"."teams" add constraint "teams_pkey" PRIMARY KEY using index "teams_pkey";

-- [create] constraint cmis.user_orgs.user_orgs_pkey
alter table "cmis"."user_orgs" add constraint "user_orgs_pkey" PRIMARY KEY using index "user_orgs_pkey";

-- [create] constraint cmis.user_permissions.user_permissions_pkey
alter table "cmis"."user_permissions" add constraint "user_permissions_pkey" PRIMARY KEY using index "user_permissions_pkey";

-- [create] constraint cmis.user_sessions.user_sessions_pkey
alter table "cmis"."user_sessions" add constraint "user_sessions_pkey" PRIMARY KEY using index "user_sessions_pkey";

-- [create] constraint cmis.users.users_pkey
alter table "cmis"."users" add constraint "users_pkey" PRIMARY KEY using index "users_pkey";

-- [create] constraint cmis.webhook_deliveries.webhook_deliveries_pkey
alter table "cmis"."webhook_deliveries" add constraint "webhook_deliveries_pkey" PRIMARY KEY using index "webhook_deliveries_pkey";

-- [create] constraint cmis.webhooks.webhooks_pkey
alter table "cmis"."webhooks" add constraint "webhooks_pkey" PRIMARY KEY using index "webhooks_pkey";

-- [create] constraint cmis.workflow_runs.workflow_runs_pkey
alter table "cmis"."workflow_runs" add constraint "workflow_runs_pkey" PRIMARY KEY using index "workflow_runs_pkey";

-- [create] constraint cmis.workflow_step_runs.workflow_step_runs_pkey
alter table "cmis"."workflow_step_runs" add constraint "workflow_step_runs_pkey" PRIMARY KEY using index "workflow_step_runs_pkey";

-- [create] constraint cmis.workflow_steps.workflow_steps_pkey
alter table "cmis"."workflow_steps" add constraint "workflow_steps_pkey" PRIMARY KEY using index "workflow_steps_pkey";

-- [create] constraint cmis.workflows.workflows_pkey
alter table "cmis"."workflows" add constraint "workflows_pkey" PRIMARY KEY using index "workflows_pkey";

-- [create] constraint cmis_marketing.bundle_items.bundle_items_pkey
alter table "cmis_marketing"."bundle_items" add constraint "bundle_items_pkey" PRIMARY KEY using index "bundle_items_pkey";

-- [create] constraint cmis_marketing.bundles.bundles_pkey
alter table "cmis_marketing"."bundles" add constraint "bundles_pkey" PRIMARY KEY using index "bundles_pkey";

-- [create] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_pkey
alter table "cmis_marketing"."offering_campaign_links" add constraint "offering_campaign_links_pkey" PRIMARY KEY using index "offering_campaign_links_pkey";

-- [create] constraint cmis_marketing.offerings.offerings_pkey
alter table "cmis_marketing"."offerings" add constraint "offerings_pkey" PRIMARY KEY using index "offerings_pkey";

-- [create] constraint cmis_marketing.price_list_entries.price_list_entries_pkey
alter table "cmis_marketing"."price_list_entries" add constraint "price_list_entries_pkey" PRIMARY KEY using index "price_list_entries_pkey";

-- [create] constraint cmis_marketing.price_lists.price_lists_pkey
alter table "cmis_marketing"."price_lists" add constraint "price_lists_pkey" PRIMARY KEY using index "price_lists_pkey";

-- [create] constraint cmis_ops.cache.cache_pkey
alter table "cmis_ops"."cache" add constraint "cache_pkey" PRIMARY KEY using index "cache_pkey";

-- [create] constraint cmis_ops.cache_locks.cache_locks_pkey
alter table "cmis_ops"."cache_locks" add constraint "cache_locks_pkey" PRIMARY KEY using index "cache_locks_pkey";

-- [create] constraint cmis_ops.data_sync_cursors.data_sync_cursors_pkey
alter table "cmis_ops"."data_sync_cursors" add constraint "data_sync_cursors_pkey" PRIMARY KEY using index "data_sync_cursors_pkey";

-- [create] constraint cmis_ops.etl_pipelines.etl_pipelines_pkey
alter table "cmis_ops"."etl_pipelines" add constraint "etl_pipelines_pkey" PRIMARY KEY using index "etl_pipelines_pkey";

-- [create] constraint cmis_ops.etl_runs.etl_runs_pkey
alter table "cmis_ops"."etl_runs" add constraint "etl_runs_pkey" PRIMARY KEY using index "etl_runs_pkey";

-- [create] constraint cmis_ops.failed_jobs.failed_jobs_pkey
alter table "cmis_ops"."failed_jobs" add constraint "failed_jobs_pkey" PRIMARY KEY using index "failed_jobs_pkey";

-- [create] constraint cmis_ops.job_batches.job_batches_pkey
alter table "cmis_ops"."job_batches" add constraint "job_batches_pkey" PRIMARY KEY using index "job_batches_pkey";

-- [create] constraint cmis_ops.jobs.jobs_pkey
alter table "cmis_ops"."jobs" add constraint "jobs_pkey" PRIMARY KEY using index "jobs_pkey";

-- [create] constraint cmis_ops.scheduled_tasks.scheduled_tasks_pkey
alter table "cmis_ops"."scheduled_tasks" add constraint "scheduled_tasks_pkey" PRIMARY KEY using index "scheduled_tasks_pkey";

-- [create] constraint cmis_ops.sessions.sessions_pkey
alter table "cmis_ops"."sessions" add constraint "sessions_pkey" PRIMARY KEY using index "sessions_pkey";

-- [create] constraint cmis_staging.import_batches.import_batches_pkey
alter table "cmis_staging"."import_batches" add constraint "import_batches_pkey" PRIMARY KEY using index "import_batches_pkey";

-- [create] constraint cmis_staging.import_errors.import_errors_pkey
alter table "cmis_staging"."import_errors" add constraint "import_errors_pkey" PRIMARY KEY using index "import_errors_pkey";

-- [create] constraint cmis_staging.import_rows.import_rows_pkey
alter table "cmis_staging"."import_rows" add constraint "import_rows_pkey" PRIMARY KEY using index "import_rows_pkey";

-- [create] constraint cmis_system_health.health_check_results.health_check_results_pkey
alter table "cmis_system_health"."health_check_results" add constraint "health_check_results_pkey" PRIMARY KEY using index "health_check_results_pkey";

-- [create] constraint cmis_system_health.health_checks.health_checks_pkey
alter table "cmis_system_health"."health_checks" add constraint "health_checks_pkey" PRIMARY KEY using index "health_checks_pkey";

-- [create] constraint lab.experiment_event_log.experiment_event_log_pkey
alter table "lab"."experiment_event_log" add constraint "experiment_event_log_pkey" PRIMARY KEY using index "experiment_event_log_pkey";

-- [create] constraint lab.experiment_feature_flags.experiment_feature_flags_pkey
alter table "lab"."experiment_feature_flags" add constraint "experiment_feature_flags_pkey" PRIMARY KEY using index "experiment_feature_flags_pkey";

-- [create] constraint public.ad_formats.ad_formats_pkey
alter table "public"."ad_formats" add constraint "ad_formats_pkey" PRIMARY KEY using index "ad_formats_pkey";

-- [create] constraint public.ad_objective_types.ad_objective_types_pkey
alter table "public"."ad_objective_types" add constraint "ad_objective_types_pkey" PRIMARY KEY using index "ad_objective_types_pkey";

-- [create] constraint public.ad_placement_types.ad_placement_types_pkey
alter table "public"."ad_placement_types" add constraint "ad_placement_types_pkey" PRIMARY KEY using index "ad_placement_types_pkey";

-- [create] constraint public.age_ranges.age_ranges_pkey
alter table "public"."age_ranges" add constraint "age_ranges_pkey" PRIMARY KEY using index "age_ranges_pkey";

-- [create] constraint public.aspect_ratios.aspect_ratios_pkey
alter table "public"."aspect_ratios" add constraint "aspect_ratios_pkey" PRIMARY KEY using index "aspect_ratios_pkey";

-- [create] constraint public.attribution_models.attribution_models_pkey
alter table "public"."attribution_models" add constraint "attribution_models_pkey" PRIMARY KEY using index "attribution_models_pkey";

-- [create] constraint public.bid_strategies.bid_strategies_pkey
alter table "public"."bid_strategies" add constraint "bid_strategies_pkey" PRIMARY KEY using index "bid_strategies_pkey";

-- [create] constraint public.billing_event_types.billing_event_types_pkey
alter table "public"."billing_event_types" add constraint "billing_event_types_pkey" PRIMARY KEY using index "billing_event_types_pkey";

-- [create] constraint public.call_to_action_types.call_to_action_types_pkey
alter table "public"."call_to_action_types" add constraint "call_to_action_types_pkey" PRIMARY KEY using index "call_to_action_types_pkey";

-- [create] constraint public.channel_types.channel_types_pkey
alter table "public"."channel_types" add constraint "channel_types_pkey" PRIMARY KEY using index "channel_types_pkey";

-- [create] constraint public.content_types.content_types_pkey
alter table "public"."content_types" add constraint "content_types_pkey" PRIMARY KEY using index "content_types_pkey";

-- [create] constraint public.countries.countries_pkey
alter table "public"."countries" add constraint "countries_pkey" PRIMARY KEY using index "countries_pkey";

-- [create] constraint public.currencies.currencies_pkey
alter table "public"."currencies" add constraint "currencies_pkey" PRIMARY KEY using index "currencies_pkey";

-- [create] constraint public.device_types.device_types_pkey
alter table "public"."device_types" add constraint "device_types_pkey" PRIMARY KEY using index "device_types_pkey";

-- [create] constraint public.funnel_stages.funnel_stages_pkey
alter table "public"."funnel_stages" add constraint "funnel_stages_pkey" PRIMARY KEY using index "funnel_stages_pkey";

-- [create] constraint public.genders.genders_pkey
alter table "public"."genders" add constraint "genders_pkey" PRIMARY KEY using index "genders_pkey";

-- [create] constraint public.industries.industries_pkey
alter table "public"."industries" add constraint "industries_pkey" PRIMARY KEY using index "industries_pkey";

-- [create] constraint public.kpi_metrics.kpi_metrics_pkey
alter table "public"."kpi_metrics" add constraint "kpi_metrics_pkey" PRIMARY KEY using index "kpi_metrics_pkey";

-- [create] constraint public.languages.languages_pkey
alter table "public"."languages" add constraint "languages_pkey" PRIMARY KEY using index "languages_pkey";

-- [create] constraint public.locales.locales_pkey
alter table "public"."locales" add constraint "locales_pkey" PRIMARY KEY using index "locales_pkey";

-- [create] constraint public.media_mime_types.media_mime_types_pkey
alter table "public"."media_mime_types" add constraint "media_mime_types_pkey" PRIMARY KEY using index "media_mime_types_pkey";

-- [create] constraint public.platform_api_versions.platform_api_versions_pkey
alter table "public"."platform_api_versions" add constraint "platform_api_versions_pkey" PRIMARY KEY using index "platform_api_versions_pkey";

-- [create] constraint public.platforms.platforms_pkey
alter table "public"."platforms" add constraint "platforms_pkey" PRIMARY KEY using index "platforms_pkey";

-- [create] constraint public.regions.regions_pkey
alter table "public"."regions" add constraint "regions_pkey" PRIMARY KEY using index "regions_pkey";

-- [create] constraint public.timezones.timezones_pkey
alter table "public"."timezones" add constraint "timezones_pkey" PRIMARY KEY using index "timezones_pkey";

-- [create] constraint cmis.ad_accounts.ad_accounts_amount_spent_nonnegative
alter table "cmis"."ad_accounts" add constraint "ad_accounts_amount_spent_nonnegative" CHECK ((amount_spent >= (0)::numeric)) not valid;

-- [alter] constraint cmis.ad_accounts.ad_accounts_amount_spent_nonnegative  !! full-scan
alter table "cmis"."ad_accounts" validate constraint "ad_accounts_amount_spent_nonnegative";

-- [create] constraint cmis.ad_accounts.ad_accounts_spend_cap_positive
alter table "cmis"."ad_accounts" add constraint "ad_accounts_spend_cap_positive" CHECK (((spend_cap IS NULL) OR (spend_cap > (0)::numeric))) not valid;

-- [alter] constraint cmis.ad_accounts.ad_accounts_spend_cap_positive  !! full-scan
alter table "cmis"."ad_accounts" validate constraint "ad_accounts_spend_cap_positive";

-- [create] constraint cmis.ad_audiences.ad_audiences_lookalike_ratio_check
alter table "cmis"."ad_audiences" add constraint "ad_audiences_lookalike_ratio_check" CHECK (((lookalike_ratio IS NULL) OR ((lookalike_ratio > (0)::numeric) AND (lookalike_ratio <= 0.2)))) not valid;

-- [alter] constraint cmis.ad_audiences.ad_audiences_lookalike_ratio_check  !! full-scan
alter table "cmis"."ad_audiences" validate constraint "ad_audiences_lookalike_ratio_check";

-- [create] constraint cmis.ad_audiences.ad_audiences_lookalike_source
alter table "cmis"."ad_audiences" add constraint "ad_audiences_lookalike_source" CHECK (((audience_type <> 'lookalike'::text) OR (source_audience_id IS NOT NULL))) not valid;

-- [alter] constraint cmis.ad_audiences.ad_audiences_lookalike_source  !! full-scan
alter table "cmis"."ad_audiences" validate constraint "ad_audiences_lookalike_source";

-- [create] constraint cmis.ad_audiences.ad_audiences_retention_check
alter table "cmis"."ad_audiences" add constraint "ad_audiences_retention_check" CHECK (((retention_days IS NULL) OR ((retention_days >= 1) AND (retention_days <= 540)))) not valid;

-- [alter] constraint cmis.ad_audiences.ad_audiences_retention_check  !! full-scan
alter table "cmis"."ad_audiences" validate constraint "ad_audiences_retention_check";

-- [create] constraint cmis.ad_audiences.ad_audiences_type_check
alter table "cmis"."ad_audiences" add constraint "ad_audiences_type_check" CHECK ((audience_type = ANY (ARRAY['custom'::text, 'lookalike'::text, 'saved'::text, 'retargeting'::text, 'customer_list'::text]))) not valid;

-- [alter] constraint cmis.ad_audiences.ad_audiences_type_check  !! full-scan
alter table "cmis"."ad_audiences" validate constraint "ad_audiences_type_check";

-- [create] constraint cmis.ad_budget_changes.ad_budget_changes_amount_changed
alter table "cmis"."ad_budget_changes" add constraint "ad_budget_changes_amount_changed" CHECK ((old_amount IS DISTINCT FROM new_amount)) not valid;

-- [alter] constraint cmis.ad_budget_changes.ad_budget_changes_amount_changed  !! full-scan
alter table "cmis"."ad_budget_changes" validate constraint "ad_budget_changes_amount_changed";

-- [create] constraint cmis.ad_budget_changes.ad_budget_changes_kind_check
alter table "cmis"."ad_budget_changes" add constraint "ad_budget_changes_kind_check" CHECK ((budget_kind = ANY (ARRAY['daily'::text, 'lifetime'::text, 'bid'::text]))) not valid;

-- [alter] constraint cmis.ad_budget_changes.ad_budget_changes_kind_check  !! full-scan
alter table "cmis"."ad_budget_changes" validate constraint "ad_budget_changes_kind_check";

-- [create] constraint cmis.ad_campaigns.ad_campaigns_buying_type_check
alter table "cmis"."ad_campaigns" add constraint "ad_campaigns_buying_type_check" CHECK ((buying_type = ANY (ARRAY['auction'::text, 'reservation'::text]))) not valid;

-- [alter] constraint cmis.ad_campaigns.ad_campaigns_buying_type_check  !! full-scan
alter table "cmis"."ad_campaigns" validate constraint "ad_campaigns_buying_type_check";

-- [create] constraint cmis.ad_campaigns.ad_campaigns_currency_format
alter table "cmis"."ad_campaigns" add constraint "ad_campaigns_currency_format" CHECK ((currency ~ '^[A-Z]{3}$'::text)) not valid;

-- [alter] constraint cmis.ad_campaigns.ad_campaigns_currency_format  !! full-scan
alter table "cmis"."ad_campaigns" validate constraint "ad_campaigns_currency_format";

-- [create] constraint cmis.ad_campaigns.ad_campaigns_flight_order
alter table "cmis"."ad_campaigns" add constraint "ad_campaigns_flight_order" CHECK (((start_at IS NULL) OR (end_at IS NULL) OR (end_at > start_at))) not valid;

-- [alter] constraint cmis.ad_campaigns.ad_campaigns_flight_order  !! full-scan
alter table "cmis"."ad_campaigns" validate constraint "ad_campaigns_flight_order";

-- [create] constraint cmis.ad_campaigns.ad_campaigns_objective_check
alter table "cmis"."ad_campaigns" add constraint "ad_campaigns_objective_check" CHECK ((objective = ANY (ARRAY['awareness'::text, 'traffic'::text, 'engagement'::text, 'leads'::text, 'app_promotion'::text, 'sales'::text, 'video_views'::text]))) not valid;

-- [alter] constraint cmis.ad_campaigns.ad_campaigns_objective_check  !! full-scan
alter table "cmis"."ad_campaigns" validate constraint "ad_campaigns_objective_check";

-- [create] constraint cmis.ad_campaigns.ad_campaigns_single_budget
alter table "cmis"."ad_campaigns" add constraint "ad_campaigns_single_budget" CHECK (((daily_budget IS NULL) OR (lifetime_budget IS NULL))) not valid;

-- [alter] constraint cmis.ad_campaigns.ad_campaigns_single_budget  !! full-scan
alter table "cmis"."ad_campaigns" validate constraint "ad_campaigns_single_budget";

-- [create] constraint cmis.ad_conversion_events.ad_conversion_events_currency_check
alter table "cmis"."ad_conversion_events" add constraint "ad_conversion_events_currency_check" CHECK (((event_value IS NULL) = (currency IS NULL))) not valid;

-- [alter] constraint cmis.ad_conversion_events.ad_conversion_events_currency_check  !! full-scan
alter table "cmis"."ad_conversion_events" validate constraint "ad_conversion_events_currency_check";

-- [create] constraint cmis.ad_conversion_events.ad_conversion_events_value_check
alter table "cmis"."ad_conversion_events" add constraint "ad_conversion_events_value_check" CHECK (((event_value IS NULL) OR (event_value >= (0)::numeric))) not valid;

-- [alter] constraint cmis.ad_conversion_events.ad_conversion_events_value_check  !! full-scan
alter table "cmis"."ad_conversion_events" validate constraint "ad_conversion_events_value_check";

-- [create] constraint cmis.ad_conversion_events.ad_conversion_events_window_check
alter table "cmis"."ad_conversion_events" add constraint "ad_conversion_events_window_check" CHECK ((attribution_window = ANY (ARRAY['1d_click'::text, '7d_click'::text, '28d_click'::text, '1d_view'::text, '7d_view'::text]))) not valid;

-- [alter] constraint cmis.ad_conversion_events.ad_conversion_events_window_check  !! full-scan
alter table "cmis"."ad_conversion_events" validate constraint "ad_conversion_events_window_check";

-- [create] constraint cmis.ad_creatives.ad_creatives_destination_url_check
alter table "cmis"."ad_creatives" add constraint "ad_creatives_destination_url_check" CHECK (((destination_url IS NULL) OR (destination_url ~ '^https?://'::text))) not valid;

-- [alter] constraint cmis.ad_creatives.ad_creatives_destination_url_check  !! full-scan
alter table "cmis"."ad_creatives" validate constraint "ad_creatives_destination_url_check";

-- [create] constraint cmis.ad_creatives.ad_creatives_headline_length
alter table "cmis"."ad_creatives" add constraint "ad_creatives_headline_length" CHECK (((headline IS NULL) OR (char_length(headline) <= 255))) not valid;

-- [alter] constraint cmis.ad_creatives.ad_creatives_headline_length  !! full-scan
alter table "cmis"."ad_creatives" validate constraint "ad_creatives_headline_length";

-- [create] constraint cmis.ad_creatives.ad_creatives_type_check
alter table "cmis"."ad_creatives" add constraint "ad_creatives_type_check" CHECK ((creative_type = ANY (ARRAY['image'::text, 'video'::text, 'carousel'::text, 'collection'::text, 'text'::text, 'responsive'::text]))) not valid;

-- [alter] constraint cmis.ad_creatives.ad_creatives_type_check  !! full-scan
alter table "cmis"."ad_creatives" validate constraint "ad_creatives_type_check";

-- [create] constraint cmis.ad_metrics_daily.ad_metrics_daily_ad_needs_ad_set
alter table "cmis"."ad_metrics_daily" add constraint "ad_metrics_daily_ad_needs_ad_set" CHECK (((ad_id IS NULL) OR (ad_set_id IS NOT NULL))) not valid;

-- [alter] constraint cmis.ad_metrics_daily.ad_metrics_daily_ad_needs_ad_set  !! full-scan
alter table "cmis"."ad_metrics_daily" validate constraint "ad_metrics_daily_ad_needs_ad_set";

-- [create] constraint cmis.ad_metrics_daily.ad_metrics_daily_conversions_non_negative
alter table "cmis"."ad_metrics_daily" add constraint "ad_metrics_daily_conversions_non_negative" CHECK (((conversions >= (0)::numeric) AND (conversion_value >= (0)::numeric))) not valid;

-- [alter] constraint cmis.ad_metrics_daily.ad_metrics_daily_conversions_non_negative  !! full-scan
alter table "cmis"."ad_metrics_daily" validate constraint "ad_metrics_daily_conversions_non_negative";

-- [create] constraint cmis.ad_metrics_daily.ad_metrics_daily_counts_non_negative
alter table "cmis"."ad_metrics_daily" add constraint "ad_metrics_daily_counts_non_negative" CHECK (((impressions >= 0) AND (reach >= 0) AND (clicks >= 0) AND (video_views >= 0))) not valid;

-- [alter] constraint cmis.ad_metrics_daily.ad_metrics_daily_counts_non_negative  !! full-scan
alter table "cmis"."ad_metrics_daily" validate constraint "ad_metrics_daily_counts_non_negative";

-- [create] constraint cmis.ad_metrics_daily.ad_metrics_daily_reach_le_impressions
alter table "cmis"."ad_metrics_daily" add constraint "ad_metrics_daily_reach_le_impressions" CHECK ((reach <= impressions)) not valid;

-- [alter] constraint cmis.ad_metrics_daily.ad_metrics_daily_reach_le_impressions  !! full-scan
alter table "cmis"."ad_metrics_daily" validate constraint "ad_metrics_daily_reach_le_impressions";

-- [create] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_entity_check
alter table "cmis"."ad_platform_sync_states" add constraint "ad_platform_sync_states_entity_check" CHECK ((entity_type = ANY (ARRAY['campaigns'::text, 'ad_sets'::text, 'ads'::text, 'creatives'::text, 'audiences'::text, 'metrics'::text, 'conversions'::text]))) not valid;

-- [alter] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_entity_check  !! full-scan
alter table "cmis"."ad_platform_sync_states" validate constraint "ad_platform_sync_states_entity_check";

-- [create] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_failures_check
alter table "cmis"."ad_platform_sync_states" add constraint "ad_platform_sync_states_failures_check" CHECK ((consecutive_failures >= 0)) not valid;

-- [alter] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_failures_check  !! full-scan
alter table "cmis"."ad_platform_sync_states" validate constraint "ad_platform_sync_states_failures_check";

-- [create] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_interval_check
alter table "cmis"."ad_platform_sync_states" add constraint "ad_platform_sync_states_interval_check" CHECK ((sync_interval >= '00:05:00'::interval)) not valid;

-- [alter] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_interval_check  !! full-scan
alter table "cmis"."ad_platform_sync_states" validate constraint "ad_platform_sync_states_interval_check";

-- [create] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_status_check
alter table "cmis"."ad_platform_sync_states" add constraint "ad_platform_sync_states_status_check" CHECK ((status = ANY (ARRAY['idle'::text, 'running'::text, 'failed'::text, 'disabled'::text]))) not valid;

-- [alter] constraint cmis.ad_platform_sync_states.ad_platform_sync_states_status_check  !! full-scan
alter table "cmis"."ad_platform_sync_states" validate constraint "ad_platform_sync_states_status_check";

-- [create] constraint cmis.ad_rules.ad_rules_conditions_shape
alter table "cmis"."ad_rules" add constraint "ad_rules_conditions_shape" CHECK (((jsonb_typeof(conditions) = 'array'::text) AND (jsonb_typeof(actions) = 'array'::text))) not valid;

-- [alter] constraint cmis.ad_rules.ad_rules_conditions_shape  !! full-scan
alter table "cmis"."ad_rules" validate constraint "ad_rules_conditions_shape";

-- [create] constraint cmis.ad_rules.ad_rules_interval_check
alter table "cmis"."ad_rules" add constraint "ad_rules_interval_check" CHECK ((evaluation_interval >= '00:15:00'::interval)) not valid;

-- [alter] constraint cmis.ad_rules.ad_rules_interval_check  !! full-scan
alter table "cmis"."ad_rules" validate constraint "ad_rules_interval_check";

-- [create] constraint cmis.ad_rules.ad_rules_scope_check
alter table "cmis"."ad_rules" add constraint "ad_rules_scope_check" CHECK ((scope_level = ANY (ARRAY['ad_campaign'::text, 'ad_set'::text, 'ad'::text]))) not valid;

-- [alter] constraint cmis.ad_rules.ad_rules_scope_check  !! full-scan
alter table "cmis"."ad_rules" validate constraint "ad_rules_scope_check";

-- [create] constraint cmis.ad_sets.ad_sets_age_range_check
alter table "cmis"."ad_sets" add constraint "ad_sets_age_range_check" CHECK ((age_range <@ int4range(13, 100, '[]'::text))) not valid;

-- [alter] constraint cmis.ad_sets.ad_sets_age_range_check  !! full-scan
alter table "cmis"."ad_sets" validate constraint "ad_sets_age_range_check";

-- [create] constraint cmis.ad_sets.ad_sets_billing_event_check
alter table "cmis"."ad_sets" add constraint "ad_sets_billing_event_check" CHECK ((billing_event = ANY (ARRAY['impressions'::text, 'clicks'::text, 'conversions'::text, 'video_views'::text, 'thruplay'::text]))) not valid;

-- [alter] constraint cmis.ad_sets.ad_sets_billing_event_check  !! full-scan
alter table "cmis"."ad_sets" validate constraint "ad_sets_billing_event_check";

-- [create] constraint cmis.ad_sets.ad_sets_flight_order
alter table "cmis"."ad_sets" add constraint "ad_sets_flight_order" CHECK (((start_at IS NULL) OR (end_at IS NULL) OR (end_at > start_at))) not valid;

-- [alter] constraint cmis.ad_sets.ad_sets_flight_order  !! full-scan
alter table "cmis"."ad_sets" validate constraint "ad_sets_flight_order";

-- [create] constraint cmis.ad_sync_runs.ad_sync_runs_finish_after_start
alter table "cmis"."ad_sync_runs" add constraint "ad_sync_runs_finish_after_start" CHECK (((finished_at IS NULL) OR (finished_at >= started_at))) not valid;

-- [alter] constraint cmis.ad_sync_runs.ad_sync_runs_finish_after_start  !! full-scan
alter table "cmis"."ad_sync_runs" validate constraint "ad_sync_runs_finish_after_start";

-- [create] constraint cmis.ad_sync_runs.ad_sync_runs_rows_check
alter table "cmis"."ad_sync_runs" add constraint "ad_sync_runs_rows_check" CHECK (((rows_fetched >= 0) AND (rows_upserted >= 0) AND (api_calls >= 0))) not valid;

-- [alter] constraint cmis.ad_sync_runs.ad_sync_runs_rows_check  !! full-scan
alter table "cmis"."ad_sync_runs" validate constraint "ad_sync_runs_rows_check";

-- [create] constraint cmis.ad_sync_runs.ad_sync_runs_status_check
alter table "cmis"."ad_sync_runs" add constraint "ad_sync_runs_status_check" CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'partial'::text, 'failed'::text]))) not valid;

-- [alter] constraint cmis.ad_sync_runs.ad_sync_runs_status_check  !! full-scan
alter table "cmis"."ad_sync_runs" validate constraint "ad_sync_runs_status_check";

-- [create] constraint cmis.ads.ads_review_status_check
alter table "cmis"."ads" add constraint "ads_review_status_check" CHECK ((review_status = ANY (ARRAY['not_submitted'::text, 'in_review'::text, 'approved'::text, 'rejected'::text, 'with_issues'::text]))) not valid;

-- [alter] constraint cmis.ads.ads_review_status_check  !! full-scan
alter table "cmis"."ads" validate constraint "ads_review_status_check";

-- [create] constraint cmis.api_keys.api_keys_key_prefix_key
alter table "cmis"."api_keys" add constraint "api_keys_key_prefix_key" UNIQUE using index "api_keys_key_prefix_key";

-- [create] constraint cmis.audiences.audiences_age_span_valid
alter table "cmis"."audiences" add constraint "audiences_age_span_valid" CHECK (((lower(age_span) >= 13) AND (upper_inf(age_span) OR (upper(age_span) <= 100)))) not valid;

-- [alter] constraint cmis.audiences.audiences_age_span_valid  !! full-scan
alter table "cmis"."audiences" validate constraint "audiences_age_span_valid";

-- [create] constraint cmis.audiences.audiences_lookalike_complete
alter table "cmis"."audiences" add constraint "audiences_lookalike_complete" CHECK (((audience_type <> 'lookalike'::text) OR ((lookalike_source_audience_id IS NOT NULL) AND (lookalike_ratio IS NOT NULL)))) not valid;

-- [alter] constraint cmis.audiences.audiences_lookalike_complete  !! full-scan
alter table "cmis"."audiences" validate constraint "audiences_lookalike_complete";

-- [create] constraint cmis.audiences.audiences_lookalike_ratio_range
alter table "cmis"."audiences" add constraint "audiences_lookalike_ratio_range" CHECK (((lookalike_ratio >= 0.01) AND (lookalike_ratio <= 0.20))) not valid;

-- [alter] constraint cmis.audiences.audiences_lookalike_ratio_range  !! full-scan
alter table "cmis"."audiences" validate constraint "audiences_lookalike_ratio_range";

-- [create] constraint cmis.audiences.audiences_size_nonnegative
alter table "cmis"."audiences" add constraint "audiences_size_nonnegative" CHECK ((size_estimate >= 0)) not valid;

-- [alter] constraint cmis.audiences.audiences_size_nonnegative  !! full-scan
alter table "cmis"."audiences" validate constraint "audiences_size_nonnegative";

-- [create] constraint cmis.audiences.audiences_type_valid
alter table "cmis"."audiences" add constraint "audiences_type_valid" CHECK ((audience_type = ANY (ARRAY['saved'::text, 'custom'::text, 'lookalike'::text, 'interest'::text, 'retargeting'::text]))) not valid;

-- [alter] constraint cmis.audiences.audiences_type_valid  !! full-scan
alter table "cmis"."audiences" validate constraint "audiences_type_valid";

-- [create] constraint cmis.automation_rules.automation_rules_actions_check
alter table "cmis"."automation_rules" add constraint "automation_rules_actions_check" CHECK (((jsonb_typeof(actions) = 'array'::text) AND (jsonb_array_length(actions) > 0))) not valid;

-- [alter] constraint cmis.automation_rules.automation_rules_actions_check  !! full-scan
alter table "cmis"."automation_rules" validate constraint "automation_rules_actions_check";

-- [create] constraint cmis.automation_rules.automation_rules_conditions_check
alter table "cmis"."automation_rules" add constraint "automation_rules_conditions_check" CHECK ((jsonb_typeof(conditions) = 'array'::text)) not valid;

-- [alter] constraint cmis.automation_rules.automation_rules_conditions_check  !! full-scan
alter table "cmis"."automation_rules" validate constraint "automation_rules_conditions_check";

-- [create] constraint cmis.automation_rules.automation_rules_event_type_check
alter table "cmis"."automation_rules" add constraint "automation_rules_event_type_check" CHECK ((event_type ~ '^[a-z_]+\.[a-z_]+$'::text)) not valid;

-- [alter] constraint cmis.automation_rules.automation_rules_event_type_check  !! full-scan
alter table "cmis"."automation_rules" validate constraint "automation_rules_event_type_check";

-- [create] constraint cmis.automation_rules.automation_rules_fire_count_check
alter table "cmis"."automation_rules" add constraint "automation_rules_fire_count_check" CHECK ((fire_count >= 0)) not valid;

-- [alter] constraint cmis.automation_rules.automation_rules_fire_count_check  !! full-scan
alter table "cmis"."automation_rules" validate constraint "automation_rules_fire_count_check";

-- [create] constraint cmis.automation_rules.automation_rules_priority_check
alter table "cmis"."automation_rules" add constraint "automation_rules_priority_check" CHECK (((priority >= 0) AND (priority <= 1000))) not valid;

-- [alter] constraint cmis.automation_rules.automation_rules_priority_check  !! full-scan
alter table "cmis"."automation_rules" validate constraint "automation_rules_priority_check";

-- [create] constraint cmis.campaign_audiences.campaign_audiences_bid_modifier_range
alter table "cmis"."campaign_audiences" add constraint "campaign_audiences_bid_modifier_range" CHECK (((bid_modifier >= 0.10) AND (bid_modifier <= 10.00))) not valid;

-- [alter] constraint cmis.campaign_audiences.campaign_audiences_bid_modifier_range  !! full-scan
alter table "cmis"."campaign_audiences" validate constraint "campaign_audiences_bid_modifier_range";

-- [create] constraint cmis.campaign_budgets.campaign_budgets_approval_complete
alter table "cmis"."campaign_budgets" add constraint "campaign_budgets_approval_complete" CHECK (((approved_by IS NULL) = (approved_at IS NULL))) not valid;

-- [alter] constraint cmis.campaign_budgets.campaign_budgets_approval_complete  !! full-scan
alter table "cmis"."campaign_budgets" validate constraint "campaign_budgets_approval_complete";

-- [create] constraint cmis.campaign_budgets.campaign_budgets_pacing_valid
alter table "cmis"."campaign_budgets" add constraint "campaign_budgets_pacing_valid" CHECK ((pacing = ANY (ARRAY['standard'::text, 'accelerated'::text, 'front_loaded'::text]))) not valid;

-- [alter] constraint cmis.campaign_budgets.campaign_budgets_pacing_valid  !! full-scan
alter table "cmis"."campaign_budgets" validate constraint "campaign_budgets_pacing_valid";

-- [create] constraint cmis.campaign_budgets.campaign_budgets_period_bounded
alter table "cmis"."campaign_budgets" add constraint "campaign_budgets_period_bounded" CHECK (((NOT lower_inf(period)) AND (NOT isempty(period)))) not valid;

-- [alter] constraint cmis.campaign_budgets.campaign_budgets_period_bounded  !! full-scan
alter table "cmis"."campaign_budgets" validate constraint "campaign_budgets_period_bounded";

-- [create] constraint cmis.campaign_budgets.campaign_budgets_type_valid
alter table "cmis"."campaign_budgets" add constraint "campaign_budgets_type_valid" CHECK ((budget_type = ANY (ARRAY['daily'::text, 'weekly'::text, 'monthly'::text, 'flight'::text, 'lifetime'::text]))) not valid;

-- [alter] constraint cmis.campaign_budgets.campaign_budgets_type_valid  !! full-scan
alter table "cmis"."campaign_budgets" validate constraint "campaign_budgets_type_valid";

-- [create] constraint cmis.campaign_channels.campaign_channels_allocation_range
alter table "cmis"."campaign_channels" add constraint "campaign_channels_allocation_range" CHECK (((allocation_pct >= (0)::numeric) AND (allocation_pct <= (100)::numeric))) not valid;

-- [alter] constraint cmis.campaign_channels.campaign_channels_allocation_range  !! full-scan
alter table "cmis"."campaign_channels" validate constraint "campaign_channels_allocation_range";

-- [create] constraint cmis.campaign_context_links.campaign_context_links_type_valid
alter table "cmis"."campaign_context_links" add constraint "campaign_context_links_type_valid" CHECK ((link_type = ANY (ARRAY['primary'::text, 'supporting'::text, 'exclusion'::text, 'inspiration'::text]))) not valid;

-- [alter] constraint cmis.campaign_context_links.campaign_context_links_type_valid  !! full-scan
alter table "cmis"."campaign_context_links" validate constraint "campaign_context_links_type_valid";

-- [create] constraint cmis.campaign_context_links.campaign_context_links_weight_range
alter table "cmis"."campaign_context_links" add constraint "campaign_context_links_weight_range" CHECK (((weight >= (0)::numeric) AND (weight <= (1)::numeric))) not valid;

-- [alter] constraint cmis.campaign_context_links.campaign_context_links_weight_range  !! full-scan
alter table "cmis"."campaign_context_links" validate constraint "campaign_context_links_weight_range";

-- [create] constraint cmis.campaign_goals.campaign_goals_comparison_valid
alter table "cmis"."campaign_goals" add constraint "campaign_goals_comparison_valid" CHECK ((comparison = ANY (ARRAY['gte'::text, 'lte'::text, 'eq'::text]))) not valid;

-- [alter] constraint cmis.campaign_goals.campaign_goals_comparison_valid  !! full-scan
alter table "cmis"."campaign_goals" validate constraint "campaign_goals_comparison_valid";

-- [create] constraint cmis.campaign_goals.campaign_goals_target_nonnegative
alter table "cmis"."campaign_goals" add constraint "campaign_goals_target_nonnegative" CHECK ((target_value >= (0)::numeric)) not valid;

-- [alter] constraint cmis.campaign_goals.campaign_goals_target_nonnegative  !! full-scan
alter table "cmis"."campaign_goals" validate constraint "campaign_goals_target_nonnegative";

-- [create] constraint cmis.campaign_members.campaign_members_role_valid
alter table "cmis"."campaign_members" add constraint "campaign_members_role_valid" CHECK ((member_role = ANY (ARRAY['owner'::text, 'editor'::text, 'reviewer'::text, 'viewer'::text]))) not valid;

-- [alter] constraint cmis.campaign_members.campaign_members_role_valid  !! full-scan
alter table "cmis"."campaign_members" validate constraint "campaign_members_role_valid";

-- [create] constraint cmis.campaign_milestones.campaign_milestones_completion_complete
alter table "cmis"."campaign_milestones" add constraint "campaign_milestones_completion_complete" CHECK (((completed_at IS NOT NULL) OR (completed_by IS NULL))) not valid;

-- [alter] constraint cmis.campaign_milestones.campaign_milestones_completion_complete  !! full-scan
alter table "cmis"."campaign_milestones" validate constraint "campaign_milestones_completion_complete";

-- [create] constraint cmis.campaign_status_history.campaign_status_history_changed
alter table "cmis"."campaign_status_history" add constraint "campaign_status_history_changed" CHECK ((old_status IS DISTINCT FROM new_status)) not valid;

-- [alter] constraint cmis.campaign_status_history.campaign_status_history_changed  !! full-scan
alter table "cmis"."campaign_status_history" validate constraint "campaign_status_history_changed";

-- [create] constraint cmis.campaigns.campaigns_active_has_start
alter table "cmis"."campaigns" add constraint "campaigns_active_has_start" CHECK (((status <> ALL (ARRAY['scheduled'::cmis.campaign_status, 'active'::cmis.campaign_status])) OR (start_date IS NOT NULL))) not valid;

-- [alter] constraint cmis.campaigns.campaigns_active_has_start  !! full-scan
alter table "cmis"."campaigns" validate constraint "campaigns_active_has_start";

-- [create] constraint cmis.campaigns.campaigns_dates_ordered
alter table "cmis"."campaigns" add constraint "campaigns_dates_ordered" CHECK (((end_date IS NULL) OR (start_date IS NULL) OR (end_date >= start_date))) not valid;

-- [alter] constraint cmis.campaigns.campaigns_dates_ordered  !! full-scan
alter table "cmis"."campaigns" validate constraint "campaigns_dates_ordered";

-- [create] constraint cmis.campaigns.campaigns_name_not_blank
alter table "cmis"."campaigns" add constraint "campaigns_name_not_blank" CHECK ((btrim(name) <> ''::text)) not valid;

-- [alter] constraint cmis.campaigns.campaigns_name_not_blank  !! full-scan
alter table "cmis"."campaigns" validate constraint "campaigns_name_not_blank";

-- [create] constraint cmis.campaigns.campaigns_not_own_parent
alter table "cmis"."campaigns" add constraint "campaigns_not_own_parent" CHECK (((parent_campaign_id IS NULL) OR (parent_campaign_id <> campaign_id))) not valid;

-- [alter] constraint cmis.campaigns.campaigns_not_own_parent  !! full-scan
alter table "cmis"."campaigns" validate constraint "campaigns_not_own_parent";

-- [create] constraint cmis.campaigns.campaigns_priority_range
alter table "cmis"."campaigns" add constraint "campaigns_priority_range" CHECK (((priority >= 1) AND (priority <= 5))) not valid;

-- [alter] constraint cmis.campaigns.campaigns_priority_range  !! full-scan
alter table "cmis"."campaigns" validate constraint "campaigns_priority_range";

-- [create] constraint cmis.comment_mentions.comment_mentions_one_target
alter table "cmis"."comment_mentions" add constraint "comment_mentions_one_target" CHECK ((num_nonnulls(mentioned_user_id, mentioned_team_id) = 1)) not valid;

-- [alter] constraint cmis.comment_mentions.comment_mentions_one_target  !! full-scan
alter table "cmis"."comment_mentions" validate constraint "comment_mentions_one_target";

-- [create] constraint cmis.comments.comments_body_format_check
alter table "cmis"."comments" add constraint "comments_body_format_check" CHECK ((body_format = ANY (ARRAY['plain'::text, 'markdown'::text]))) not valid;

-- [alter] constraint cmis.comments.comments_body_format_check  !! full-scan
alter table "cmis"."comments" validate constraint "comments_body_format_check";

-- [create] constraint cmis.comments.comments_body_length
alter table "cmis"."comments" add constraint "comments_body_length" CHECK (((char_length(body) >= 1) AND (char_length(body) <= 20000))) not valid;

-- [alter] constraint cmis.comments.comments_body_length  !! full-scan
alter table "cmis"."comments" validate constraint "comments_body_length";

-- [create] constraint cmis.comments.comments_entity_type_check
alter table "cmis"."comments" add constraint "comments_entity_type_check" CHECK ((entity_type = ANY (ARRAY['campaign'::text, 'content_plan'::text, 'creative_asset'::text, 'ad_campaign'::text, 'social_post'::text, 'workflow'::text, 'offering'::text, 'document'::text]))) not valid;

-- [alter] constraint cmis.comments.comments_entity_type_check  !! full-scan
alter table "cmis"."comments" validate constraint "comments_entity_type_check";

-- [create] constraint cmis.comments.comments_resolution_consistent
alter table "cmis"."comments" add constraint "comments_resolution_consistent" CHECK ((is_resolved = (resolved_at IS NOT NULL))) not valid;

-- [alter] constraint cmis.comments.comments_resolution_consistent  !! full-scan
alter table "cmis"."comments" validate constraint "comments_resolution_consistent";

-- [create] constraint cmis.contexts.contexts_embedding_has_model
alter table "cmis"."contexts" add constraint "contexts_embedding_has_model" CHECK (((embedding IS NULL) OR (embedding_model IS NOT NULL))) not valid;

-- [alter] constraint cmis.contexts.contexts_embedding_has_model  !! full-scan
alter table "cmis"."contexts" validate constraint "contexts_embedding_has_model";

-- [create] constraint cmis.contexts.contexts_slug_format
alter table "cmis"."contexts" add constraint "contexts_slug_format" CHECK ((slug ~ '^[a-z0-9][a-z0-9_]*$'::text)) not valid;

-- [alter] constraint cmis.contexts.contexts_slug_format  !! full-scan
alter table "cmis"."contexts" validate constraint "contexts_slug_format";

-- [create] constraint cmis.contexts.contexts_type_valid
alter table "cmis"."contexts" add constraint "contexts_type_valid" CHECK ((context_type = ANY (ARRAY['brand'::text, 'product'::text, 'market'::text, 'audience'::text, 'competitor'::text, 'seasonal'::text, 'value_proposition'::text, 'offering'::text]))) not valid;

-- [alter] constraint cmis.contexts.contexts_type_valid  !! full-scan
alter table "cmis"."contexts" validate constraint "contexts_type_valid";

-- [create] constraint cmis.contexts.contexts_version_positive
alter table "cmis"."contexts" add constraint "contexts_version_positive" CHECK ((version > 0)) not valid;

-- [alter] constraint cmis.contexts.contexts_version_positive  !! full-scan
alter table "cmis"."contexts" validate constraint "contexts_version_positive";

-- [create] constraint cmis.experiment_assignments.experiment_assignments_subject_type_check
alter table "cmis"."experiment_assignments" add constraint "experiment_assignments_subject_type_check" CHECK ((subject_type = ANY (ARRAY['user'::text, 'session'::text, 'device'::text, 'audience'::text, 'geo'::text]))) not valid;

-- [alter] constraint cmis.experiment_assignments.experiment_assignments_subject_type_check  !! full-scan
alter table "cmis"."experiment_assignments" validate constraint "experiment_assignments_subject_type_check";

-- [create] constraint cmis.experiment_results.experiment_results_ci_order
alter table "cmis"."experiment_results" add constraint "experiment_results_ci_order" CHECK (((ci_low IS NULL) OR (ci_high IS NULL) OR (ci_low <= ci_high))) not valid;

-- [alter] constraint cmis.experiment_results.experiment_results_ci_order  !! full-scan
alter table "cmis"."experiment_results" validate constraint "experiment_results_ci_order";

-- [create] constraint cmis.experiment_results.experiment_results_p_value_check
alter table "cmis"."experiment_results" add constraint "experiment_results_p_value_check" CHECK (((p_value IS NULL) OR ((p_value >= (0)::numeric) AND (p_value <= (1)::numeric)))) not valid;

-- [alter] constraint cmis.experiment_results.experiment_results_p_value_check  !! full-scan
alter table "cmis"."experiment_results" validate constraint "experiment_results_p_value_check";

-- [create] constraint cmis.experiment_results.experiment_results_sample_check
alter table "cmis"."experiment_results" add constraint "experiment_results_sample_check" CHECK (((sample_size >= 0) AND (conversions >= 0) AND (conversions <= sample_size))) not valid;

-- [alter] constraint cmis.experiment_results.experiment_results_sample_check  !! full-scan
alter table "cmis"."experiment_results" validate constraint "experiment_results_sample_check";

-- [create] constraint cmis.experiment_variants.experiment_variants_key_format
alter table "cmis"."experiment_variants" add constraint "experiment_variants_key_format" CHECK ((variant_key ~ '^[a-z0-9][a-z0-9_-]{0,31}$'::text)) not valid;

-- [alter] constraint cmis.experiment_variants.experiment_variants_key_format  !! full-scan
alter table "cmis"."experiment_variants" validate constraint "experiment_variants_key_format";

-- [create] constraint cmis.experiment_variants.experiment_variants_weight_check
alter table "cmis"."experiment_variants" add constraint "experiment_variants_weight_check" CHECK (((weight >= (0)::numeric) AND (weight <= (1)::numeric))) not valid;

-- [alter] constraint cmis.experiment_variants.experiment_variants_weight_check  !! full-scan
alter table "cmis"."experiment_variants" validate constraint "experiment_variants_weight_check";

-- [create] constraint cmis.experiments.experiments_confidence_level_check
alter table "cmis"."experiments" add constraint "experiments_confidence_level_check" CHECK (((confidence_level >= 0.800) AND (confidence_level < (1)::numeric))) not valid;

-- [alter] constraint cmis.experiments.experiments_confidence_level_check  !! full-scan
alter table "cmis"."experiments" validate constraint "experiments_confidence_level_check";

-- [create] constraint cmis.experiments.experiments_min_sample_check
alter table "cmis"."experiments" add constraint "experiments_min_sample_check" CHECK ((minimum_sample_size > 0)) not valid;

-- [alter] constraint cmis.experiments.experiments_min_sample_check  !! full-scan
alter table "cmis"."experiments" validate constraint "experiments_min_sample_check";

-- [create] constraint cmis.experiments.experiments_running_has_window
alter table "cmis"."experiments" add constraint "experiments_running_has_window" CHECK (((status <> ALL (ARRAY['running'::cmis.experiment_status, 'completed'::cmis.experiment_status])) OR (run_window IS NOT NULL))) not valid;

-- [alter] constraint cmis.experiments.experiments_running_has_window  !! full-scan
alter table "cmis"."experiments" validate constraint "experiments_running_has_window";

-- [create] constraint cmis.experiments.experiments_traffic_allocation_check
alter table "cmis"."experiments" add constraint "experiments_traffic_allocation_check" CHECK (((traffic_allocation > (0)::numeric) AND (traffic_allocation <= (1)::numeric))) not valid;

-- [alter] constraint cmis.experiments.experiments_traffic_allocation_check  !! full-scan
alter table "cmis"."experiments" validate constraint "experiments_traffic_allocation_check";

-- [create] constraint cmis.experiments.experiments_winner_only_completed
alter table "cmis"."experiments" add constraint "experiments_winner_only_completed" CHECK (((winner_variant_id IS NULL) OR (status = 'completed'::cmis.experiment_status))) not valid;

-- [alter] constraint cmis.experiments.experiments_winner_only_completed  !! full-scan
alter table "cmis"."experiments" validate constraint "experiments_winner_only_completed";

-- [create] constraint cmis.field_aliases.field_aliases_source_check
alter table "cmis"."field_aliases" add constraint "field_aliases_source_check" CHECK ((source_system = ANY (ARRAY['csv'::text, 'hubspot'::text, 'salesforce'::text, 'meta'::text, 'google'::text, 'api'::text]))) not valid;

-- [alter] constraint cmis.field_aliases.field_aliases_source_check  !! full-scan
alter table "cmis"."field_aliases" validate constraint "field_aliases_source_check";

-- [create] constraint cmis.field_definitions.field_definitions_entity_type_check
alter table "cmis"."field_definitions" add constraint "field_definitions_entity_type_check" CHECK ((entity_type = ANY (ARRAY['campaign'::text, 'content'::text, 'ad_campaign'::text, 'social_post'::text, 'asset'::text, 'contact'::text, 'offering'::text]))) not valid;

-- [alter] constraint cmis.field_definitions.field_definitions_entity_type_check  !! full-scan
alter table "cmis"."field_definitions" validate constraint "field_definitions_entity_type_check";

-- [create] constraint cmis.field_definitions.field_definitions_range_only_numeric
alter table "cmis"."field_definitions" add constraint "field_definitions_range_only_numeric" CHECK (((numeric_range IS NULL) OR (data_type = ANY (ARRAY['number'::cmis.field_data_type, 'currency'::cmis.field_data_type])))) not valid;

-- [alter] constraint cmis.field_definitions.field_definitions_range_only_numeric  !! full-scan
alter table "cmis"."field_definitions" validate constraint "field_definitions_range_only_numeric";

-- [create] constraint cmis.field_definitions.field_definitions_rules_object
alter table "cmis"."field_definitions" add constraint "field_definitions_rules_object" CHECK ((jsonb_typeof(validation_rules) = 'object'::text)) not valid;

-- [alter] constraint cmis.field_definitions.field_definitions_rules_object  !! full-scan
alter table "cmis"."field_definitions" validate constraint "field_definitions_rules_object";

-- [create] constraint cmis.field_groups.field_groups_entity_type_check
alter table "cmis"."field_groups" add constraint "field_groups_entity_type_check" CHECK ((entity_type = ANY (ARRAY['campaign'::text, 'content'::text, 'ad_campaign'::text, 'social_post'::text, 'asset'::text, 'contact'::text, 'offering'::text]))) not valid;

-- [alter] constraint cmis.field_groups.field_groups_entity_type_check  !! full-scan
alter table "cmis"."field_groups" validate constraint "field_groups_entity_type_check";

-- [create] constraint cmis.field_options.field_options_color_check
alter table "cmis"."field_options" add constraint "field_options_color_check" CHECK (((color IS NULL) OR (color ~ '^#[0-9a-fA-F]{6}$'::text))) not valid;

-- [alter] constraint cmis.field_options.field_options_color_check  !! full-scan
alter table "cmis"."field_options" validate constraint "field_options_color_check";

-- [create] constraint cmis.field_value_history.field_value_history_changed
alter table "cmis"."field_value_history" add constraint "field_value_history_changed" CHECK ((old_value IS DISTINCT FROM new_value)) not valid;

-- [alter] constraint cmis.field_value_history.field_value_history_changed  !! full-scan
alter table "cmis"."field_value_history" validate constraint "field_value_history_changed";

-- [create] constraint cmis.field_values.field_values_single_value
alter table "cmis"."field_values" add constraint "field_values_single_value" CHECK ((num_nonnulls(value_text, value_number, value_boolean, value_date, value_timestamp, value_json) <= 1)) not valid;

-- [alter] constraint cmis.field_values.field_values_single_value  !! full-scan
alter table "cmis"."field_values" validate constraint "field_values_single_value";

-- [create] constraint cmis.integration_sync_logs.integration_sync_logs_counts_nonnegative
alter table "cmis"."integration_sync_logs" add constraint "integration_sync_logs_counts_nonnegative" CHECK (((records_fetched >= 0) AND (records_written >= 0))) not valid;

-- [alter] constraint cmis.integration_sync_logs.integration_sync_logs_counts_nonnegative  !! full-scan
alter table "cmis"."integration_sync_logs" validate constraint "integration_sync_logs_counts_nonnegative";

-- [create] constraint cmis.integration_sync_logs.integration_sync_logs_finished_after_start
alter table "cmis"."integration_sync_logs" add constraint "integration_sync_logs_finished_after_start" CHECK (((finished_at IS NULL) OR (finished_at >= started_at))) not valid;

-- [alter] constraint cmis.integration_sync_logs.integration_sync_logs_finished_after_start  !! full-scan
alter table "cmis"."integration_sync_logs" validate constraint "integration_sync_logs_finished_after_start";

-- [create] constraint cmis.integration_sync_logs.integration_sync_logs_running_unfinished
alter table "cmis"."integration_sync_logs" add constraint "integration_sync_logs_running_unfinished" CHECK (((outcome = 'running'::cmis.sync_outcome) = (finished_at IS NULL))) not valid;

-- [alter] constraint cmis.integration_sync_logs.integration_sync_logs_running_unfinished  !! full-scan
alter table "cmis"."integration_sync_logs" validate constraint "integration_sync_logs_running_unfinished";

-- [create] constraint cmis.integration_sync_logs.integration_sync_logs_trigger_valid
alter table "cmis"."integration_sync_logs" add constraint "integration_sync_logs_trigger_valid" CHECK ((trigger_source = ANY (ARRAY['schedule'::text, 'manual'::text, 'webhook'::text, 'backfill'::text]))) not valid;

-- [alter] constraint cmis.integration_sync_logs.integration_sync_logs_trigger_valid  !! full-scan
alter table "cmis"."integration_sync_logs" validate constraint "integration_sync_logs_trigger_valid";

-- [create] constraint cmis.integration_sync_logs.integration_sync_logs_type_valid
alter table "cmis"."integration_sync_logs" add constraint "integration_sync_logs_type_valid" CHECK ((sync_type = ANY (ARRAY['full'::text, 'incremental'::text, 'accounts'::text, 'metrics'::text, 'audiences'::text, 'creatives'::text]))) not valid;

-- [alter] constraint cmis.integration_sync_logs.integration_sync_logs_type_valid  !! full-scan
alter table "cmis"."integration_sync_logs" validate constraint "integration_sync_logs_type_valid";

-- [create] constraint cmis.integrations.integrations_active_is_connected
alter table "cmis"."integrations" add constraint "integrations_active_is_connected" CHECK (((status <> 'active'::cmis.integration_status) OR (connected_at IS NOT NULL))) not valid;

-- [alter] constraint cmis.integrations.integrations_active_is_connected  !! full-scan
alter table "cmis"."integrations" validate constraint "integrations_active_is_connected";

-- [create] constraint cmis.integrations.integrations_error_count_nonnegative
alter table "cmis"."integrations" add constraint "integrations_error_count_nonnegative" CHECK ((error_count >= 0)) not valid;

-- [alter] constraint cmis.integrations.integrations_error_count_nonnegative  !! full-scan
alter table "cmis"."integrations" validate constraint "integrations_error_count_nonnegative";

-- [create] constraint cmis.integrations.integrations_settings_is_object
alter table "cmis"."integrations" add constraint "integrations_settings_is_object" CHECK ((jsonb_typeof(settings) = 'object'::text)) not valid;

-- [alter] constraint cmis.integrations.integrations_settings_is_object  !! full-scan
alter table "cmis"."integrations" validate constraint "integrations_settings_is_object";

-- [create] constraint cmis.meta_documentation.meta_documentation_kind_check
alter table "cmis"."meta_documentation" add constraint "meta_documentation_kind_check" CHECK ((object_kind = ANY (ARRAY['schema'::text, 'table'::text, 'column'::text, 'view'::text, 'function'::text, 'trigger'::text, 'type'::text]))) not valid;

-- [alter] constraint cmis.meta_documentation.meta_documentation_kind_check  !! full-scan
alter table "cmis"."meta_documentation" validate constraint "meta_documentation_kind_check";

-- [create] constraint cmis.meta_documentation.meta_documentation_version_check
alter table "cmis"."meta_documentation" add constraint "meta_documentation_version_check" CHECK ((doc_version > 0)) not valid;

-- [alter] constraint cmis.meta_documentation.meta_documentation_version_check  !! full-scan
alter table "cmis"."meta_documentation" validate constraint "meta_documentation_version_check";

-- [create] constraint cmis.meta_field_dictionary.meta_field_dictionary_term_length
alter table "cmis"."meta_field_dictionary" add constraint "meta_field_dictionary_term_length" CHECK (((char_length((term)::text) >= 2) AND (char_length((term)::text) <= 120))) not valid;

-- [alter] constraint cmis.meta_field_dictionary.meta_field_dictionary_term_length  !! full-scan
alter table "cmis"."meta_field_dictionary" validate constraint "meta_field_dictionary_term_length";

-- [create] constraint cmis.meta_function_descriptions.meta_function_descriptions_definer_notes
alter table "cmis"."meta_function_descriptions" add constraint "meta_function_descriptions_definer_notes" CHECK (((NOT is_security_definer) OR (security_notes IS NOT NULL))) not valid;

-- [alter] constraint cmis.meta_function_descriptions.meta_function_descriptions_definer_notes  !! full-scan
alter table "cmis"."meta_function_descriptions" validate constraint "meta_function_descriptions_definer_notes";

-- [create] constraint cmis.meta_function_descriptions.meta_function_descriptions_volatility_check
alter table "cmis"."meta_function_descriptions" add constraint "meta_function_descriptions_volatility_check" CHECK ((volatility = ANY (ARRAY['i'::bpchar, 's'::bpchar, 'v'::bpchar]))) not valid;

-- [alter] constraint cmis.meta_function_descriptions.meta_function_descriptions_volatility_check  !! full-scan
alter table "cmis"."meta_function_descriptions" validate constraint "meta_function_descriptions_volatility_check";

-- [create] constraint cmis.notification_preferences.notification_preferences_digest_check
alter table "cmis"."notification_preferences" add constraint "notification_preferences_digest_check" CHECK ((digest_frequency = ANY (ARRAY['immediate'::text, 'hourly'::text, 'daily'::text, 'weekly'::text, 'never'::text]))) not valid;

-- [alter] constraint cmis.notification_preferences.notification_preferences_digest_check  !! full-scan
alter table "cmis"."notification_preferences" validate constraint "notification_preferences_digest_check";

-- [create] constraint cmis.notification_preferences.notification_preferences_quiet_hours_check
alter table "cmis"."notification_preferences" add constraint "notification_preferences_quiet_hours_check" CHECK (((quiet_hours IS NULL) OR (quiet_hours <@ int4range(0, 24, '[]'::text)))) not valid;

-- [alter] constraint cmis.notification_preferences.notification_preferences_quiet_hours_check  !! full-scan
alter table "cmis"."notification_preferences" validate constraint "notification_preferences_quiet_hours_check";

-- [create] constraint cmis.notifications.notifications_expiry_check
alter table "cmis"."notifications" add constraint "notifications_expiry_check" CHECK (((expires_at IS NULL) OR (expires_at > created_at))) not valid;

-- [alter] constraint cmis.notifications.notifications_expiry_check  !! full-scan
alter table "cmis"."notifications" validate constraint "notifications_expiry_check";

-- [create] constraint cmis.notifications.notifications_link_url_check
alter table "cmis"."notifications" add constraint "notifications_link_url_check" CHECK (((link_url IS NULL) OR (link_url ~ '^(https?://|/)'::text))) not valid;

-- [alter] constraint cmis.notifications.notifications_link_url_check  !! full-scan
alter table "cmis"."notifications" validate constraint "notifications_link_url_check";

-- [create] constraint cmis.notifications.notifications_priority_check
alter table "cmis"."notifications" add constraint "notifications_priority_check" CHECK (((priority >= 1) AND (priority <= 5))) not valid;

-- [alter] constraint cmis.notifications.notifications_priority_check  !! full-scan
alter table "cmis"."notifications" validate constraint "notifications_priority_check";

-- [create] constraint cmis.notifications.notifications_type_format
alter table "cmis"."notifications" add constraint "notifications_type_format" CHECK ((notification_type ~ '^[a-z_]+(\.[a-z_]+)*$'::text)) not valid;

-- [alter] constraint cmis.notifications.notifications_type_format  !! full-scan
alter table "cmis"."notifications" validate constraint "notifications_type_format";

-- [create] constraint cmis.oauth_tokens.oauth_tokens_expiry_after_issue
alter table "cmis"."oauth_tokens" add constraint "oauth_tokens_expiry_after_issue" CHECK (((expires_at IS NULL) OR (expires_at > issued_at))) not valid;

-- [alter] constraint cmis.oauth_tokens.oauth_tokens_expiry_after_issue  !! full-scan
alter table "cmis"."oauth_tokens" validate constraint "oauth_tokens_expiry_after_issue";

-- [create] constraint cmis.oauth_tokens.oauth_tokens_type_valid
alter table "cmis"."oauth_tokens" add constraint "oauth_tokens_type_valid" CHECK ((token_type = ANY (ARRAY['bearer'::text, 'system_user'::text, 'page'::text, 'refresh_only'::text]))) not valid;

-- [alter] constraint cmis.oauth_tokens.oauth_tokens_type_valid  !! full-scan
alter table "cmis"."oauth_tokens" validate constraint "oauth_tokens_type_valid";

-- [create] constraint cmis.orgs.orgs_slug_format
alter table "cmis"."orgs" add constraint "orgs_slug_format" CHECK ((slug ~ '^[a-z0-9][a-z0-9-]*$'::text)) not valid;

-- [alter] constraint cmis.orgs.orgs_slug_format  !! full-scan
alter table "cmis"."orgs" validate constraint "orgs_slug_format";

-- [create] constraint cmis.orgs.orgs_slug_key
alter table "cmis"."orgs" add constraint "orgs_slug_key" UNIQUE using index "orgs_slug_key";

-- [create] constraint cmis.permissions.permissions_code_format
alter table "cmis"."permissions" add constraint "permissions_code_format" CHECK ((permission_code ~ '^[a-z_]+(\.[a-z_]+)+$'::text)) not valid;

-- [alter] constraint cmis.permissions.permissions_code_format  !! full-scan
alter table "cmis"."permissions" validate constraint "permissions_code_format";

-- [create] constraint cmis.permissions.permissions_code_key
alter table "cmis"."permissions" add constraint "permissions_code_key" UNIQUE using index "permissions_code_key";

-- [create] constraint cmis.platform_connections.platform_connections_type_valid
alter table "cmis"."platform_connections" add constraint "platform_connections_type_valid" CHECK ((connection_type = ANY (ARRAY['ads'::text, 'organic'::text, 'messaging'::text, 'analytics'::text, 'catalog'::text, 'leads'::text]))) not valid;

-- [alter] constraint cmis.platform_connections.platform_connections_type_valid  !! full-scan
alter table "cmis"."platform_connections" validate constraint "platform_connections_type_valid";

-- [create] constraint cmis.publishing_queue_items.publishing_queue_items_attempts_check
alter table "cmis"."publishing_queue_items" add constraint "publishing_queue_items_attempts_check" CHECK (((attempts >= 0) AND (attempts <= 10))) not valid;

-- [alter] constraint cmis.publishing_queue_items.publishing_queue_items_attempts_check  !! full-scan
alter table "cmis"."publishing_queue_items" validate constraint "publishing_queue_items_attempts_check";

-- [create] constraint cmis.publishing_queue_items.publishing_queue_items_lock_pair
alter table "cmis"."publishing_queue_items" add constraint "publishing_queue_items_lock_pair" CHECK (((locked_by IS NULL) = (locked_until IS NULL))) not valid;

-- [alter] constraint cmis.publishing_queue_items.publishing_queue_items_lock_pair  !! full-scan
alter table "cmis"."publishing_queue_items" validate constraint "publishing_queue_items_lock_pair";

-- [create] constraint cmis.publishing_queue_items.publishing_queue_items_position_check
alter table "cmis"."publishing_queue_items" add constraint "publishing_queue_items_position_check" CHECK (("position" >= 0)) not valid;

-- [alter] constraint cmis.publishing_queue_items.publishing_queue_items_position_check  !! full-scan
alter table "cmis"."publishing_queue_items" validate constraint "publishing_queue_items_position_check";

-- [create] constraint cmis.publishing_queue_items.publishing_queue_items_status_check
alter table "cmis"."publishing_queue_items" add constraint "publishing_queue_items_status_check" CHECK ((status = ANY (ARRAY['queued'::text, 'claimed'::text, 'published'::text, 'failed'::text, 'skipped'::text]))) not valid;

-- [alter] constraint cmis.publishing_queue_items.publishing_queue_items_status_check  !! full-scan
alter table "cmis"."publishing_queue_items" validate constraint "publishing_queue_items_status_check";

-- [create] constraint cmis.publishing_queues.publishing_queues_max_posts_check
alter table "cmis"."publishing_queues" add constraint "publishing_queues_max_posts_check" CHECK (((max_posts_per_day >= 1) AND (max_posts_per_day <= 100))) not valid;

-- [alter] constraint cmis.publishing_queues.publishing_queues_max_posts_check  !! full-scan
alter table "cmis"."publishing_queues" validate constraint "publishing_queues_max_posts_check";

-- [create] constraint cmis.publishing_queues.publishing_queues_slots_present
alter table "cmis"."publishing_queues" add constraint "publishing_queues_slots_present" CHECK ((cardinality(posting_slots) > 0)) not valid;

-- [alter] constraint cmis.publishing_queues.publishing_queues_slots_present  !! full-scan
alter table "cmis"."publishing_queues" validate constraint "publishing_queues_slots_present";

-- [create] constraint cmis.publishing_queues.publishing_queues_weekdays_check
alter table "cmis"."publishing_queues" add constraint "publishing_queues_weekdays_check" CHECK ((active_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])) not valid;

-- [alter] constraint cmis.publishing_queues.publishing_queues_weekdays_check  !! full-scan
alter table "cmis"."publishing_queues" validate constraint "publishing_queues_weekdays_check";

-- [create] constraint cmis.roles.roles_org_name_key
alter table "cmis"."roles" add constraint "roles_org_name_key" UNIQUE using index "roles_org_name_key";

-- [create] constraint cmis.roles.roles_system_has_no_org
alter table "cmis"."roles" add constraint "roles_system_has_no_org" CHECK (((NOT is_system) OR (org_id IS NULL))) not valid;

-- [alter] constraint cmis.roles.roles_system_has_no_org  !! full-scan
alter table "cmis"."roles" validate constraint "roles_system_has_no_org";

-- [create] constraint cmis.scheduled_social_posts.scheduled_social_posts_published_check
alter table "cmis"."scheduled_social_posts" add constraint "scheduled_social_posts_published_check" CHECK (((status <> 'published'::text) OR (published_at IS NOT NULL))) not valid;

-- [alter] constraint cmis.scheduled_social_posts.scheduled_social_posts_published_check  !! full-scan
alter table "cmis"."scheduled_social_posts" validate constraint "scheduled_social_posts_published_check";

-- [create] constraint cmis.scheduled_social_posts.scheduled_social_posts_rrule_check
alter table "cmis"."scheduled_social_posts" add constraint "scheduled_social_posts_rrule_check" CHECK (((recurrence_rule IS NULL) OR (recurrence_rule ~ '^(RRULE:)?FREQ='::text))) not valid;

-- [alter] constraint cmis.scheduled_social_posts.scheduled_social_posts_rrule_check  !! full-scan
alter table "cmis"."scheduled_social_posts" validate constraint "scheduled_social_posts_rrule_check";

-- [create] constraint cmis.scheduled_social_posts.scheduled_social_posts_status_check
alter table "cmis"."scheduled_social_posts" add constraint "scheduled_social_posts_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'publishing'::text, 'published'::text, 'failed'::text, 'cancelled'::text]))) not valid;

-- [alter] constraint cmis.scheduled_social_posts.scheduled_social_posts_status_check  !! full-scan
alter table "cmis"."scheduled_social_posts" validate constraint "scheduled_social_posts_status_check";

-- [create] constraint cmis.segments.segments_estimated_size_nonnegative
alter table "cmis"."segments" add constraint "segments_estimated_size_nonnegative" CHECK ((estimated_size >= 0)) not valid;

-- [alter] constraint cmis.segments.segments_estimated_size_nonnegative  !! full-scan
alter table "cmis"."segments" validate constraint "segments_estimated_size_nonnegative";

-- [create] constraint cmis.segments.segments_rules_is_object
alter table "cmis"."segments" add constraint "segments_rules_is_object" CHECK ((jsonb_typeof(rules) = 'object'::text)) not valid;

-- [alter] constraint cmis.segments.segments_rules_is_object  !! full-scan
alter table "cmis"."segments" validate constraint "segments_rules_is_object";

-- [create] constraint cmis.social_accounts.social_accounts_counts_nonnegative
alter table "cmis"."social_accounts" add constraint "social_accounts_counts_nonnegative" CHECK (((followers_count >= 0) AND (following_count >= 0))) not valid;

-- [alter] constraint cmis.social_accounts.social_accounts_counts_nonnegative  !! full-scan
alter table "cmis"."social_accounts" validate constraint "social_accounts_counts_nonnegative";

-- [create] constraint cmis.social_accounts.social_accounts_type_valid
alter table "cmis"."social_accounts" add constraint "social_accounts_type_valid" CHECK ((account_type = ANY (ARRAY['page'::text, 'profile'::text, 'business'::text, 'creator'::text, 'channel'::text, 'group'::text]))) not valid;

-- [alter] constraint cmis.social_accounts.social_accounts_type_valid  !! full-scan
alter table "cmis"."social_accounts" validate constraint "social_accounts_type_valid";

-- [create] constraint cmis.social_approval_requests.social_approval_requests_decided_check
alter table "cmis"."social_approval_requests" add constraint "social_approval_requests_decided_check" CHECK (((decision = 'pending'::text) = (decided_at IS NULL))) not valid;

-- [alter] constraint cmis.social_approval_requests.social_approval_requests_decided_check  !! full-scan
alter table "cmis"."social_approval_requests" validate constraint "social_approval_requests_decided_check";

-- [create] constraint cmis.social_approval_requests.social_approval_requests_decision_check
alter table "cmis"."social_approval_requests" add constraint "social_approval_requests_decision_check" CHECK ((decision = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text, 'changes_requested'::text]))) not valid;

-- [alter] constraint cmis.social_approval_requests.social_approval_requests_decision_check  !! full-scan
alter table "cmis"."social_approval_requests" validate constraint "social_approval_requests_decision_check";

-- [create] constraint cmis.social_comments.social_comments_not_own_parent
alter table "cmis"."social_comments" add constraint "social_comments_not_own_parent" CHECK ((parent_comment_id IS DISTINCT FROM comment_id)) not valid;

-- [alter] constraint cmis.social_comments.social_comments_not_own_parent  !! full-scan
alter table "cmis"."social_comments" validate constraint "social_comments_not_own_parent";

-- [create] constraint cmis.social_comments.social_comments_sentiment_check
alter table "cmis"."social_comments" add constraint "social_comments_sentiment_check" CHECK (((sentiment IS NULL) OR ((sentiment >= ('-1'::integer)::numeric) AND (sentiment <= (1)::numeric)))) not valid;

-- [alter] constraint cmis.social_comments.social_comments_sentiment_check  !! full-scan
alter table "cmis"."social_comments" validate constraint "social_comments_sentiment_check";

-- [create] constraint cmis.social_hashtag_sets.social_hashtag_sets_size_check
alter table "cmis"."social_hashtag_sets" add constraint "social_hashtag_sets_size_check" CHECK (((cardinality(hashtags) >= 1) AND (cardinality(hashtags) <= 30))) not valid;

-- [alter] constraint cmis.social_hashtag_sets.social_hashtag_sets_size_check  !! full-scan
alter table "cmis"."social_hashtag_sets" validate constraint "social_hashtag_sets_size_check";

-- [create] constraint cmis.social_hashtag_sets.social_hashtag_sets_usage_check
alter table "cmis"."social_hashtag_sets" add constraint "social_hashtag_sets_usage_check" CHECK ((usage_count >= 0)) not valid;

-- [alter] constraint cmis.social_hashtag_sets.social_hashtag_sets_usage_check  !! full-scan
alter table "cmis"."social_hashtag_sets" validate constraint "social_hashtag_sets_usage_check";

-- [create] constraint cmis.social_post_media.social_post_media_dimensions_check
alter table "cmis"."social_post_media" add constraint "social_post_media_dimensions_check" CHECK ((((width IS NULL) OR (width > 0)) AND ((height IS NULL) OR (height > 0)))) not valid;

-- [alter] constraint cmis.social_post_media.social_post_media_dimensions_check  !! full-scan
alter table "cmis"."social_post_media" validate constraint "social_post_media_dimensions_check";

-- [create] constraint cmis.social_post_media.social_post_media_position_check
alter table "cmis"."social_post_media" add constraint "social_post_media_position_check" CHECK ((("position" >= 0) AND ("position" <= 19))) not valid;

-- [alter] constraint cmis.social_post_media.social_post_media_position_check  !! full-scan
alter table "cmis"."social_post_media" validate constraint "social_post_media_position_check";

-- [create] constraint cmis.social_post_media.social_post_media_type_check
alter table "cmis"."social_post_media" add constraint "social_post_media_type_check" CHECK ((media_type = ANY (ARRAY['image'::text, 'video'::text, 'gif'::text, 'document'::text]))) not valid;

-- [alter] constraint cmis.social_post_media.social_post_media_type_check  !! full-scan
alter table "cmis"."social_post_media" validate constraint "social_post_media_type_check";

-- [create] constraint cmis.social_post_media.social_post_media_video_duration
alter table "cmis"."social_post_media" add constraint "social_post_media_video_duration" CHECK (((media_type <> 'video'::text) OR (duration_seconds IS NOT NULL))) not valid;

-- [alter] constraint cmis.social_post_media.social_post_media_video_duration  !! full-scan
alter table "cmis"."social_post_media" validate constraint "social_post_media_video_duration";

-- [create] constraint cmis.social_post_metrics.social_post_metrics_non_negative
alter table "cmis"."social_post_metrics" add constraint "social_post_metrics_non_negative" CHECK (((impressions >= 0) AND (reach >= 0) AND (likes >= 0) AND (comments >= 0) AND (shares >= 0) AND (saves >= 0) AND (link_clicks >= 0) AND (video_views >= 0))) not valid;

-- [alter] constraint cmis.social_post_metrics.social_post_metrics_non_negative  !! full-scan
alter table "cmis"."social_post_metrics" validate constraint "social_post_metrics_non_negative";

-- [create] constraint cmis.social_post_versions.social_post_versions_number_check
alter table "cmis"."social_post_versions" add constraint "social_post_versions_number_check" CHECK ((version_number > 0)) not valid;

-- [alter] constraint cmis.social_post_versions.social_post_versions_number_check  !! full-scan
alter table "cmis"."social_post_versions" validate constraint "social_post_versions_number_check";

-- [create] constraint cmis.social_posts.social_posts_approval_pair
alter table "cmis"."social_posts" add constraint "social_posts_approval_pair" CHECK (((approved_by IS NULL) = (approved_at IS NULL))) not valid;

-- [alter] constraint cmis.social_posts.social_posts_approval_pair  !! full-scan
alter table "cmis"."social_posts" validate constraint "social_posts_approval_pair";

-- [create] constraint cmis.social_posts.social_posts_caption_length
alter table "cmis"."social_posts" add constraint "social_posts_caption_length" CHECK (((caption IS NULL) OR (char_length(caption) <= 63206))) not valid;

-- [alter] constraint cmis.social_posts.social_posts_caption_length  !! full-scan
alter table "cmis"."social_posts" validate constraint "social_posts_caption_length";

-- [create] constraint cmis.social_posts.social_posts_link_url_check
alter table "cmis"."social_posts" add constraint "social_posts_link_url_check" CHECK (((link_url IS NULL) OR (link_url ~ '^https?://'::text))) not valid;

-- [alter] constraint cmis.social_posts.social_posts_link_url_check  !! full-scan
alter table "cmis"."social_posts" validate constraint "social_posts_link_url_check";

-- [create] constraint cmis.social_posts.social_posts_platform_check
alter table "cmis"."social_posts" add constraint "social_posts_platform_check" CHECK ((platform = ANY (ARRAY['facebook'::text, 'instagram'::text, 'tiktok'::text, 'linkedin'::text, 'x'::text, 'youtube'::text, 'pinterest'::text, 'threads'::text, 'snapchat'::text]))) not valid;

-- [alter] constraint cmis.social_posts.social_posts_platform_check  !! full-scan
alter table "cmis"."social_posts" validate constraint "social_posts_platform_check";

-- [create] constraint cmis.social_posts.social_posts_post_type_check
alter table "cmis"."social_posts" add constraint "social_posts_post_type_check" CHECK ((post_type = ANY (ARRAY['feed'::text, 'story'::text, 'reel'::text, 'short'::text, 'carousel'::text, 'article'::text, 'pin'::text]))) not valid;

-- [alter] constraint cmis.social_posts.social_posts_post_type_check  !! full-scan
alter table "cmis"."social_posts" validate constraint "social_posts_post_type_check";

-- [create] constraint cmis.social_posts.social_posts_published_has_time
alter table "cmis"."social_posts" add constraint "social_posts_published_has_time" CHECK (((status <> 'published'::cmis.social_post_status) OR (published_at IS NOT NULL))) not valid;

-- [alter] constraint cmis.social_posts.social_posts_published_has_time  !! full-scan
alter table "cmis"."social_posts" validate constraint "social_posts_published_has_time";

-- [create] constraint cmis.social_publish_attempts.social_publish_attempts_finish_after_start
alter table "cmis"."social_publish_attempts" add constraint "social_publish_attempts_finish_after_start" CHECK (((finished_at IS NULL) OR (finished_at >= started_at))) not valid;

-- [alter] constraint cmis.social_publish_attempts.social_publish_attempts_finish_after_start  !! full-scan
alter table "cmis"."social_publish_attempts" validate constraint "social_publish_attempts_finish_after_start";

-- [create] constraint cmis.social_publish_attempts.social_publish_attempts_http_status_check
alter table "cmis"."social_publish_attempts" add constraint "social_publish_attempts_http_status_check" CHECK (((http_status IS NULL) OR ((http_status >= 100) AND (http_status <= 599)))) not valid;

-- [alter] constraint cmis.social_publish_attempts.social_publish_attempts_http_status_check  !! full-scan
alter table "cmis"."social_publish_attempts" validate constraint "social_publish_attempts_http_status_check";

-- [create] constraint cmis.social_publish_attempts.social_publish_attempts_outcome_check
alter table "cmis"."social_publish_attempts" add constraint "social_publish_attempts_outcome_check" CHECK (((outcome IS NULL) OR (outcome = ANY (ARRAY['success'::text, 'failure'::text, 'retry'::text, 'rate_limited'::text])))) not valid;

-- [alter] constraint cmis.social_publish_attempts.social_publish_attempts_outcome_check  !! full-scan
alter table "cmis"."social_publish_attempts" validate constraint "social_publish_attempts_outcome_check";

-- [create] constraint cmis.team_members.team_members_left_after_joined
alter table "cmis"."team_members" add constraint "team_members_left_after_joined" CHECK (((left_at IS NULL) OR (left_at > joined_at))) not valid;

-- [alter] constraint cmis.team_members.team_members_left_after_joined  !! full-scan
alter table "cmis"."team_members" validate constraint "team_members_left_after_joined";

-- [create] constraint cmis.teams.teams_color_format
alter table "cmis"."teams" add constraint "teams_color_format" CHECK (((color IS NULL) OR (color ~ '^#[0-9a-fA-F]{6}$'::text))) not valid;

-- [alter] constraint cmis.teams.teams_color_format  !! full-scan
alter table "cmis"."teams" validate constraint "teams_color_format";

-- [create] constraint cmis.teams.teams_not_own_parent
alter table "cmis"."teams" add constraint "teams_not_own_parent" CHECK (((parent_team_id IS NULL) OR (parent_team_id <> team_id))) not valid;

-- [alter] constraint cmis.teams.teams_not_own_parent  !! full-scan
alter table "cmis"."teams" validate constraint "teams_not_own_parent";

-- [create] constraint cmis.teams.teams_slug_format
alter table "cmis"."teams" add constraint "teams_slug_format" CHECK ((slug ~ '^[a-z0-9][a-z0-9-]*$'::text)) not valid;

-- [alter] constraint cmis.teams.teams_slug_format  !! full-scan
alter table "cmis"."teams" validate constraint "teams_slug_format";

-- [create] constraint cmis.user_orgs.user_orgs_user_org_key
alter table "cmis"."user_orgs" add constraint "user_orgs_user_org_key" UNIQUE using index "user_orgs_user_org_key";

-- [create] constraint cmis.user_sessions.user_sessions_expiry_after_start
alter table "cmis"."user_sessions" add constraint "user_sessions_expiry_after_start" CHECK ((expires_at > started_at)) not valid;

-- [alter] constraint cmis.user_sessions.user_sessions_expiry_after_start  !! full-scan
alter table "cmis"."user_sessions" validate constraint "user_sessions_expiry_after_start";

-- [create] constraint cmis.user_sessions.user_sessions_no_overlap
alter table "cmis"."user_sessions" add constraint "user_sessions_no_overlap" EXCLUDE USING gist (session_id WITH =, tstzrange(started_at, expires_at) WITH &&);

-- [create] constraint cmis.users.users_email_key
alter table "cmis"."users" add constraint "users_email_key" UNIQUE using index "users_email_key";

-- [create] constraint cmis.webhook_deliveries.webhook_deliveries_attempt_range
alter table "cmis"."webhook_deliveries" add constraint "webhook_deliveries_attempt_range" CHECK (((attempt >= 1) AND (attempt <= 25))) not valid;

-- [alter] constraint cmis.webhook_deliveries.webhook_deliveries_attempt_range  !! full-scan
alter table "cmis"."webhook_deliveries" validate constraint "webhook_deliveries_attempt_range";

-- [create] constraint cmis.webhook_deliveries.webhook_deliveries_duration_nonnegative
alter table "cmis"."webhook_deliveries" add constraint "webhook_deliveries_duration_nonnegative" CHECK ((duration_ms >= 0)) not valid;

-- [alter] constraint cmis.webhook_deliveries.webhook_deliveries_duration_nonnegative  !! full-scan
alter table "cmis"."webhook_deliveries" validate constraint "webhook_deliveries_duration_nonnegative";

-- [create] constraint cmis.webhook_deliveries.webhook_deliveries_status_range
alter table "cmis"."webhook_deliveries" add constraint "webhook_deliveries_status_range" CHECK (((response_status >= 100) AND (response_status <= 599))) not valid;

-- [alter] constraint cmis.webhook_deliveries.webhook_deliveries_status_range  !! full-scan
alter table "cmis"."webhook_deliveries" validate constraint "webhook_deliveries_status_range";

-- [create] constraint cmis.webhooks.webhooks_direction_valid
alter table "cmis"."webhooks" add constraint "webhooks_direction_valid" CHECK ((direction = ANY (ARRAY['inbound'::text, 'outbound'::text]))) not valid;

-- [alter] constraint cmis.webhooks.webhooks_direction_valid  !! full-scan
alter table "cmis"."webhooks" validate constraint "webhooks_direction_valid";

-- [create] constraint cmis.webhooks.webhooks_event_types_not_empty
alter table "cmis"."webhooks" add constraint "webhooks_event_types_not_empty" CHECK ((cardinality(event_types) > 0)) not valid;

-- [alter] constraint cmis.webhooks.webhooks_event_types_not_empty  !! full-scan
alter table "cmis"."webhooks" validate constraint "webhooks_event_types_not_empty";

-- [create] constraint cmis.webhooks.webhooks_failures_range
alter table "cmis"."webhooks" add constraint "webhooks_failures_range" CHECK (((consecutive_failures >= 0) AND (max_failures > 0))) not valid;

-- [alter] constraint cmis.webhooks.webhooks_failures_range  !! full-scan
alter table "cmis"."webhooks" validate constraint "webhooks_failures_range";

-- [create] constraint cmis.workflow_runs.workflow_runs_finished_after_started
alter table "cmis"."workflow_runs" add constraint "workflow_runs_finished_after_started" CHECK (((finished_at IS NULL) OR (started_at IS NULL) OR (finished_at >= started_at))) not valid;

-- [alter] constraint cmis.workflow_runs.workflow_runs_finished_after_started  !! full-scan
alter table "cmis"."workflow_runs" validate constraint "workflow_runs_finished_after_started";

-- [create] constraint cmis.workflow_step_runs.workflow_step_runs_attempt_check
alter table "cmis"."workflow_step_runs" add constraint "workflow_step_runs_attempt_check" CHECK ((attempt >= 1)) not valid;

-- [alter] constraint cmis.workflow_step_runs.workflow_step_runs_attempt_check  !! full-scan
alter table "cmis"."workflow_step_runs" validate constraint "workflow_step_runs_attempt_check";

-- [create] constraint cmis.workflow_step_runs.workflow_step_runs_finished_after_started
alter table "cmis"."workflow_step_runs" add constraint "workflow_step_runs_finished_after_started" CHECK (((finished_at IS NULL) OR (started_at IS NULL) OR (finished_at >= started_at))) not valid;

-- [alter] constraint cmis.workflow_step_runs.workflow_step_runs_finished_after_started  !! full-scan
alter table "cmis"."workflow_step_runs" validate constraint "workflow_step_runs_finished_after_started";

-- [create] constraint cmis.workflow_steps.workflow_steps_action_type_check
alter table "cmis"."workflow_steps" add constraint "workflow_steps_action_type_check" CHECK ((action_type = ANY (ARRAY['send_email'::text, 'publish_post'::text, 'update_record'::text, 'call_webhook'::text, 'wait'::text, 'branch'::text, 'approval'::text, 'ai_generate'::text]))) not valid;

-- [alter] constraint cmis.workflow_steps.workflow_steps_action_type_check  !! full-scan
alter table "cmis"."workflow_steps" validate constraint "workflow_steps_action_type_check";

-- [create] constraint cmis.workflow_steps.workflow_steps_not_self_next
alter table "cmis"."workflow_steps" add constraint "workflow_steps_not_self_next" CHECK (((next_step_id IS NULL) OR (next_step_id <> step_id))) not valid;

-- [alter] constraint cmis.workflow_steps.workflow_steps_not_self_next  !! full-scan
alter table "cmis"."workflow_steps" validate constraint "workflow_steps_not_self_next";

-- [create] constraint cmis.workflow_steps.workflow_steps_on_failure_check
alter table "cmis"."workflow_steps" add constraint "workflow_steps_on_failure_check" CHECK ((on_failure = ANY (ARRAY['stop'::text, 'continue'::text, 'retry'::text]))) not valid;

-- [alter] constraint cmis.workflow_steps.workflow_steps_on_failure_check  !! full-scan
alter table "cmis"."workflow_steps" validate constraint "workflow_steps_on_failure_check";

-- [create] constraint cmis.workflow_steps.workflow_steps_step_order_check
alter table "cmis"."workflow_steps" add constraint "workflow_steps_step_order_check" CHECK ((step_order >= 1)) not valid;

-- [alter] constraint cmis.workflow_steps.workflow_steps_step_order_check  !! full-scan
alter table "cmis"."workflow_steps" validate constraint "workflow_steps_step_order_check";

-- [create] constraint cmis.workflows.workflows_schedule_required
alter table "cmis"."workflows" add constraint "workflows_schedule_required" CHECK (((trigger_type <> 'schedule'::text) OR (schedule IS NOT NULL))) not valid;

-- [alter] constraint cmis.workflows.workflows_schedule_required  !! full-scan
alter table "cmis"."workflows" validate constraint "workflows_schedule_required";

-- [create] constraint cmis.workflows.workflows_status_check
alter table "cmis"."workflows" add constraint "workflows_status_check" CHECK ((status = ANY (ARRAY['draft'::text, 'active'::text, 'paused'::text, 'archived'::text]))) not valid;

-- [alter] constraint cmis.workflows.workflows_status_check  !! full-scan
alter table "cmis"."workflows" validate constraint "workflows_status_check";

-- [create] constraint cmis.workflows.workflows_trigger_type_check
alter table "cmis"."workflows" add constraint "workflows_trigger_type_check" CHECK ((trigger_type = ANY (ARRAY['manual'::text, 'schedule'::text, 'event'::text, 'webhook'::text]))) not valid;

-- [alter] constraint cmis.workflows.workflows_trigger_type_check  !! full-scan
alter table "cmis"."workflows" validate constraint "workflows_trigger_type_check";

-- [create] constraint cmis.workflows.workflows_version_check
alter table "cmis"."workflows" add constraint "workflows_version_check" CHECK ((version >= 1)) not valid;

-- [alter] constraint cmis.workflows.workflows_version_check  !! full-scan
alter table "cmis"."workflows" validate constraint "workflows_version_check";

-- [create] constraint cmis_marketing.bundle_items.bundle_items_position_check
alter table "cmis_marketing"."bundle_items" add constraint "bundle_items_position_check" CHECK (("position" >= 0)) not valid;

-- [alter] constraint cmis_marketing.bundle_items.bundle_items_position_check  !! full-scan
alter table "cmis_marketing"."bundle_items" validate constraint "bundle_items_position_check";

-- [create] constraint cmis_marketing.bundle_items.bundle_items_quantity_check
alter table "cmis_marketing"."bundle_items" add constraint "bundle_items_quantity_check" CHECK ((quantity > 0)) not valid;

-- [alter] constraint cmis_marketing.bundle_items.bundle_items_quantity_check  !! full-scan
alter table "cmis_marketing"."bundle_items" validate constraint "bundle_items_quantity_check";

-- [create] constraint cmis_marketing.bundles.bundles_discount_percent_check
alter table "cmis_marketing"."bundles" add constraint "bundles_discount_percent_check" CHECK (((discount_percent IS NULL) OR ((discount_percent >= (0)::numeric) AND (discount_percent <= (100)::numeric)))) not valid;

-- [alter] constraint cmis_marketing.bundles.bundles_discount_percent_check  !! full-scan
alter table "cmis_marketing"."bundles" validate constraint "bundles_discount_percent_check";

-- [create] constraint cmis_marketing.bundles.bundles_discount_required
alter table "cmis_marketing"."bundles" add constraint "bundles_discount_required" CHECK (((pricing_mode <> 'percent_discount'::text) OR (discount_percent IS NOT NULL))) not valid;

-- [alter] constraint cmis_marketing.bundles.bundles_discount_required  !! full-scan
alter table "cmis_marketing"."bundles" validate constraint "bundles_discount_required";

-- [create] constraint cmis_marketing.bundles.bundles_fixed_price_required
alter table "cmis_marketing"."bundles" add constraint "bundles_fixed_price_required" CHECK (((pricing_mode = 'fixed'::text) = (fixed_price IS NOT NULL))) not valid;

-- [alter] constraint cmis_marketing.bundles.bundles_fixed_price_required  !! full-scan
alter table "cmis_marketing"."bundles" validate constraint "bundles_fixed_price_required";

-- [create] constraint cmis_marketing.bundles.bundles_pricing_mode_check
alter table "cmis_marketing"."bundles" add constraint "bundles_pricing_mode_check" CHECK ((pricing_mode = ANY (ARRAY['sum_of_items'::text, 'fixed'::text, 'percent_discount'::text]))) not valid;

-- [alter] constraint cmis_marketing.bundles.bundles_pricing_mode_check  !! full-scan
alter table "cmis_marketing"."bundles" validate constraint "bundles_pricing_mode_check";

-- [create] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_period_check
alter table "cmis_marketing"."offering_campaign_links" add constraint "offering_campaign_links_period_check" CHECK (((ends_at IS NULL) OR (starts_at IS NULL) OR (ends_at > starts_at))) not valid;

-- [alter] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_period_check  !! full-scan
alter table "cmis_marketing"."offering_campaign_links" validate constraint "offering_campaign_links_period_check";

-- [create] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_promo_price
alter table "cmis_marketing"."offering_campaign_links" add constraint "offering_campaign_links_promo_price" CHECK (((link_role <> 'promo'::text) OR (promo_price IS NOT NULL))) not valid;

-- [alter] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_promo_price  !! full-scan
alter table "cmis_marketing"."offering_campaign_links" validate constraint "offering_campaign_links_promo_price";

-- [create] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_role_check
alter table "cmis_marketing"."offering_campaign_links" add constraint "offering_campaign_links_role_check" CHECK ((link_role = ANY (ARRAY['featured'::text, 'upsell'::text, 'cross_sell'::text, 'promo'::text]))) not valid;

-- [alter] constraint cmis_marketing.offering_campaign_links.offering_campaign_links_role_check  !! full-scan
alter table "cmis_marketing"."offering_campaign_links" validate constraint "offering_campaign_links_role_check";

-- [create] constraint cmis_marketing.offerings.offerings_availability_order
alter table "cmis_marketing"."offerings" add constraint "offerings_availability_order" CHECK (((available_until IS NULL) OR (available_from IS NULL) OR (available_until > available_from))) not valid;

-- [alter] constraint cmis_marketing.offerings.offerings_availability_order  !! full-scan
alter table "cmis_marketing"."offerings" validate constraint "offerings_availability_order";

-- [create] constraint cmis_marketing.offerings.offerings_billing_interval_check
alter table "cmis_marketing"."offerings" add constraint "offerings_billing_interval_check" CHECK ((billing_interval = ANY (ARRAY['one_time'::text, 'monthly'::text, 'quarterly'::text, 'yearly'::text]))) not valid;

-- [alter] constraint cmis_marketing.offerings.offerings_billing_interval_check  !! full-scan
alter table "cmis_marketing"."offerings" validate constraint "offerings_billing_interval_check";

-- [create] constraint cmis_marketing.offerings.offerings_sku_format
alter table "cmis_marketing"."offerings" add constraint "offerings_sku_format" CHECK ((sku ~ '^[A-Z0-9][A-Z0-9._-]*$'::text)) not valid;

-- [alter] constraint cmis_marketing.offerings.offerings_sku_format  !! full-scan
alter table "cmis_marketing"."offerings" validate constraint "offerings_sku_format";

-- [create] constraint cmis_marketing.offerings.offerings_slug_format
alter table "cmis_marketing"."offerings" add constraint "offerings_slug_format" CHECK ((slug ~ '^[a-z0-9][a-z0-9-]*$'::text)) not valid;

-- [alter] constraint cmis_marketing.offerings.offerings_slug_format  !! full-scan
alter table "cmis_marketing"."offerings" validate constraint "offerings_slug_format";

-- [create] constraint cmis_marketing.offerings.offerings_subscription_recurring
alter table "cmis_marketing"."offerings" add constraint "offerings_subscription_recurring" CHECK (((kind <> 'subscription'::cmis_marketing.offering_kind) OR (billing_interval <> 'one_time'::text))) not valid;

-- [alter] constraint cmis_marketing.offerings.offerings_subscription_recurring  !! full-scan
alter table "cmis_marketing"."offerings" validate constraint "offerings_subscription_recurring";

-- [create] constraint cmis_marketing.price_list_entries.price_list_entries_min_quantity_check
alter table "cmis_marketing"."price_list_entries" add constraint "price_list_entries_min_quantity_check" CHECK ((min_quantity >= 1)) not valid;

-- [alter] constraint cmis_marketing.price_list_entries.price_list_entries_min_quantity_check  !! full-scan
alter table "cmis_marketing"."price_list_entries" validate constraint "price_list_entries_min_quantity_check";

-- [create] constraint cmis_marketing.price_list_entries.price_list_entries_valid_during_not_empty
alter table "cmis_marketing"."price_list_entries" add constraint "price_list_entries_valid_during_not_empty" CHECK ((NOT isempty(valid_during))) not valid;

-- [alter] constraint cmis_marketing.price_list_entries.price_list_entries_valid_during_not_empty  !! full-scan
alter table "cmis_marketing"."price_list_entries" validate constraint "price_list_entries_valid_during_not_empty";

-- [create] constraint cmis_marketing.price_lists.price_lists_region_code_check
alter table "cmis_marketing"."price_lists" add constraint "price_lists_region_code_check" CHECK (((region_code IS NULL) OR (region_code ~ '^[A-Z]{2}$'::text))) not valid;

-- [alter] constraint cmis_marketing.price_lists.price_lists_region_code_check  !! full-scan
alter table "cmis_marketing"."price_lists" validate constraint "price_lists_region_code_check";

-- [create] constraint cmis_marketing.price_lists.price_lists_status_check
alter table "cmis_marketing"."price_lists" add constraint "price_lists_status_check" CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text, 'retired'::text]))) not valid;

-- [alter] constraint cmis_marketing.price_lists.price_lists_status_check  !! full-scan
alter table "cmis_marketing"."price_lists" validate constraint "price_lists_status_check";

-- [create] constraint cmis_marketing.price_lists.price_lists_valid_during_not_empty
alter table "cmis_marketing"."price_lists" add constraint "price_lists_valid_during_not_empty" CHECK ((NOT isempty(valid_during))) not valid;

-- [alter] constraint cmis_marketing.price_lists.price_lists_valid_during_not_empty  !! full-scan
alter table "cmis_marketing"."price_lists" validate constraint "price_lists_valid_during_not_empty";

-- [create] constraint cmis_ops.cache.cache_key_length
alter table "cmis_ops"."cache" add constraint "cache_key_length" CHECK ((char_length(key) <= 255)) not valid;

-- [alter] constraint cmis_ops.cache.cache_key_length  !! full-scan
alter table "cmis_ops"."cache" validate constraint "cache_key_length";

-- [create] constraint cmis_ops.data_sync_cursors.data_sync_cursors_cursor_kind_check
alter table "cmis_ops"."data_sync_cursors" add constraint "data_sync_cursors_cursor_kind_check" CHECK ((cursor_kind = ANY (ARRAY['timestamp'::text, 'offset'::text, 'token'::text, 'id'::text]))) not valid;

-- [alter] constraint cmis_ops.data_sync_cursors.data_sync_cursors_cursor_kind_check  !! full-scan
alter table "cmis_ops"."data_sync_cursors" validate constraint "data_sync_cursors_cursor_kind_check";

-- [create] constraint cmis_ops.etl_pipelines.etl_pipelines_max_retries_check
alter table "cmis_ops"."etl_pipelines" add constraint "etl_pipelines_max_retries_check" CHECK (((max_retries >= 0) AND (max_retries <= 10))) not valid;

-- [alter] constraint cmis_ops.etl_pipelines.etl_pipelines_max_retries_check  !! full-scan
alter table "cmis_ops"."etl_pipelines" validate constraint "etl_pipelines_max_retries_check";

-- [create] constraint cmis_ops.etl_pipelines.etl_pipelines_run_timeout_check
alter table "cmis_ops"."etl_pipelines" add constraint "etl_pipelines_run_timeout_check" CHECK ((run_timeout > '00:00:00'::interval)) not valid;

-- [alter] constraint cmis_ops.etl_pipelines.etl_pipelines_run_timeout_check  !! full-scan
alter table "cmis_ops"."etl_pipelines" validate constraint "etl_pipelines_run_timeout_check";

-- [create] constraint cmis_ops.etl_pipelines.etl_pipelines_source_kind_check
alter table "cmis_ops"."etl_pipelines" add constraint "etl_pipelines_source_kind_check" CHECK ((source_kind = ANY (ARRAY['api'::text, 'file'::text, 'database'::text, 'webhook'::text, 'warehouse'::text]))) not valid;

-- [alter] constraint cmis_ops.etl_pipelines.etl_pipelines_source_kind_check  !! full-scan
alter table "cmis_ops"."etl_pipelines" validate constraint "etl_pipelines_source_kind_check";

-- [create] constraint cmis_ops.etl_pipelines.etl_pipelines_target_table_check
alter table "cmis_ops"."etl_pipelines" add constraint "etl_pipelines_target_table_check" CHECK ((target_table ~ '^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$'::text)) not valid;

-- [alter] constraint cmis_ops.etl_pipelines.etl_pipelines_target_table_check  !! full-scan
alter table "cmis_ops"."etl_pipelines" validate constraint "etl_pipelines_target_table_check";

-- [create] constraint cmis_ops.etl_runs.etl_runs_attempt_check
alter table "cmis_ops"."etl_runs" add constraint "etl_runs_attempt_check" CHECK ((attempt >= 1)) not valid;

-- [alter] constraint cmis_ops.etl_runs.etl_runs_attempt_check  !! full-scan
alter table "cmis_ops"."etl_runs" validate constraint "etl_runs_attempt_check";

-- [create] constraint cmis_ops.etl_runs.etl_runs_finished_after_started
alter table "cmis_ops"."etl_runs" add constraint "etl_runs_finished_after_started" CHECK (((finished_at IS NULL) OR (started_at IS NULL) OR (finished_at >= started_at))) not valid;

-- [alter] constraint cmis_ops.etl_runs.etl_runs_finished_after_started  !! full-scan
alter table "cmis_ops"."etl_runs" validate constraint "etl_runs_finished_after_started";

-- [create] constraint cmis_ops.etl_runs.etl_runs_row_counts_check
alter table "cmis_ops"."etl_runs" add constraint "etl_runs_row_counts_check" CHECK (((rows_read >= 0) AND (rows_written >= 0) AND (rows_rejected >= 0))) not valid;

-- [alter] constraint cmis_ops.etl_runs.etl_runs_row_counts_check  !! full-scan
alter table "cmis_ops"."etl_runs" validate constraint "etl_runs_row_counts_check";

-- [create] constraint cmis_ops.failed_jobs.failed_jobs_retried_after_failure
alter table "cmis_ops"."failed_jobs" add constraint "failed_jobs_retried_after_failure" CHECK (((retried_at IS NULL) OR (retried_at >= failed_at))) not valid;

-- [alter] constraint cmis_ops.failed_jobs.failed_jobs_retried_after_failure  !! full-scan
alter table "cmis_ops"."failed_jobs" validate constraint "failed_jobs_retried_after_failure";

-- [create] constraint cmis_ops.job_batches.job_batches_counts_valid
alter table "cmis_ops"."job_batches" add constraint "job_batches_counts_valid" CHECK (((total_jobs >= 0) AND ((pending_jobs >= 0) AND (pending_jobs <= total_jobs)) AND ((failed_jobs >= 0) AND (failed_jobs <= total_jobs)))) not valid;

-- [alter] constraint cmis_ops.job_batches.job_batches_counts_valid  !! full-scan
alter table "cmis_ops"."job_batches" validate constraint "job_batches_counts_valid";

-- [create] constraint cmis_ops.job_batches.job_batches_finished_after_created
alter table "cmis_ops"."job_batches" add constraint "job_batches_finished_after_created" CHECK (((finished_at IS NULL) OR (finished_at >= created_at))) not valid;

-- [alter] constraint cmis_ops.job_batches.job_batches_finished_after_created  !! full-scan
alter table "cmis_ops"."job_batches" validate constraint "job_batches_finished_after_created";

-- [create] constraint cmis_ops.jobs.jobs_attempts_nonnegative
alter table "cmis_ops"."jobs" add constraint "jobs_attempts_nonnegative" CHECK ((attempts >= 0)) not valid;

-- [alter] constraint cmis_ops.jobs.jobs_attempts_nonnegative  !! full-scan
alter table "cmis_ops"."jobs" validate constraint "jobs_attempts_nonnegative";

-- [create] constraint cmis_ops.jobs.jobs_priority_range
alter table "cmis_ops"."jobs" add constraint "jobs_priority_range" CHECK (((priority >= '-100'::integer) AND (priority <= 100))) not valid;

-- [alter] constraint cmis_ops.jobs.jobs_priority_range  !! full-scan
alter table "cmis_ops"."jobs" validate constraint "jobs_priority_range";

-- [create] constraint cmis_ops.jobs.jobs_reservation_consistent
alter table "cmis_ops"."jobs" add constraint "jobs_reservation_consistent" CHECK (((reserved_at IS NULL) = (reserved_by IS NULL))) not valid;

-- [alter] constraint cmis_ops.jobs.jobs_reservation_consistent  !! full-scan
alter table "cmis_ops"."jobs" validate constraint "jobs_reservation_consistent";

-- [create] constraint cmis_ops.scheduled_tasks.scheduled_tasks_cron_fields
alter table "cmis_ops"."scheduled_tasks" add constraint "scheduled_tasks_cron_fields" CHECK (((array_length(regexp_split_to_array(btrim(cron_expression), '\s+'::text), 1) >= 5) AND (array_length(regexp_split_to_array(btrim(cron_expression), '\s+'::text), 1) <= 6))) not valid;

-- [alter] constraint cmis_ops.scheduled_tasks.scheduled_tasks_cron_fields  !! full-scan
alter table "cmis_ops"."scheduled_tasks" validate constraint "scheduled_tasks_cron_fields";

-- [create] constraint cmis_ops.scheduled_tasks.scheduled_tasks_max_runtime_positive
alter table "cmis_ops"."scheduled_tasks" add constraint "scheduled_tasks_max_runtime_positive" CHECK ((max_runtime > '00:00:00'::interval)) not valid;

-- [alter] constraint cmis_ops.scheduled_tasks.scheduled_tasks_max_runtime_positive  !! full-scan
alter table "cmis_ops"."scheduled_tasks" validate constraint "scheduled_tasks_max_runtime_positive";

-- [create] constraint cmis_ops.sessions.sessions_id_length
alter table "cmis_ops"."sessions" add constraint "sessions_id_length" CHECK (((char_length(id) >= 20) AND (char_length(id) <= 255))) not valid;

-- [alter] constraint cmis_ops.sessions.sessions_id_length  !! full-scan
alter table "cmis_ops"."sessions" validate constraint "sessions_id_length";

-- [create] constraint cmis_staging.import_batches.import_batches_checksum_check
alter table "cmis_staging"."import_batches" add constraint "import_batches_checksum_check" CHECK (((checksum_sha256 IS NULL) OR (octet_length(checksum_sha256) = 32))) not valid;

-- [alter] constraint cmis_staging.import_batches.import_batches_checksum_check  !! full-scan
alter table "cmis_staging"."import_batches" validate constraint "import_batches_checksum_check";

-- [create] constraint cmis_staging.import_batches.import_batches_counts_check
alter table "cmis_staging"."import_batches" add constraint "import_batches_counts_check" CHECK (((row_count >= 0) AND (error_count >= 0))) not valid;

-- [alter] constraint cmis_staging.import_batches.import_batches_counts_check  !! full-scan
alter table "cmis_staging"."import_batches" validate constraint "import_batches_counts_check";

-- [create] constraint cmis_staging.import_batches.import_batches_file_size_check
alter table "cmis_staging"."import_batches" add constraint "import_batches_file_size_check" CHECK (((file_size_bytes IS NULL) OR (file_size_bytes >= 0))) not valid;

-- [alter] constraint cmis_staging.import_batches.import_batches_file_size_check  !! full-scan
alter table "cmis_staging"."import_batches" validate constraint "import_batches_file_size_check";

-- [create] constraint cmis_staging.import_batches.import_batches_status_check
alter table "cmis_staging"."import_batches" add constraint "import_batches_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'validating'::text, 'validated'::text, 'rejected'::text, 'loaded'::text, 'discarded'::text]))) not valid;

-- [alter] constraint cmis_staging.import_batches.import_batches_status_check  !! full-scan
alter table "cmis_staging"."import_batches" validate constraint "import_batches_status_check";

-- [create] constraint cmis_staging.import_errors.import_errors_error_code_check
alter table "cmis_staging"."import_errors" add constraint "import_errors_error_code_check" CHECK ((error_code ~ '^[A-Z][A-Z0-9_]*$'::text)) not valid;

-- [alter] constraint cmis_staging.import_errors.import_errors_error_code_check  !! full-scan
alter table "cmis_staging"."import_errors" validate constraint "import_errors_error_code_check";

-- [create] constraint cmis_staging.import_errors.import_errors_severity_check
alter table "cmis_staging"."import_errors" add constraint "import_errors_severity_check" CHECK ((severity = ANY (ARRAY['warning'::text, 'error'::text, 'fatal'::text]))) not valid;

-- [alter] constraint cmis_staging.import_errors.import_errors_severity_check  !! full-scan
alter table "cmis_staging"."import_errors" validate constraint "import_errors_severity_check";

-- [create] constraint cmis_staging.import_rows.import_rows_row_number_check
alter table "cmis_staging"."import_rows" add constraint "import_rows_row_number_check" CHECK ((row_number >= 1)) not valid;

-- [alter] constraint cmis_staging.import_rows.import_rows_row_number_check  !! full-scan
alter table "cmis_staging"."import_rows" validate constraint "import_rows_row_number_check";

-- [create] constraint cmis_staging.import_rows.import_rows_status_check
alter table "cmis_staging"."import_rows" add constraint "import_rows_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'valid'::text, 'invalid'::text, 'loaded'::text, 'skipped'::text]))) not valid;

-- [alter] constraint cmis_staging.import_rows.import_rows_status_check  !! full-scan
alter table "cmis_staging"."import_rows" validate constraint "import_rows_status_check";

-- [create] constraint cmis_system_health.health_check_results.health_check_results_latency_nonnegative
alter table "cmis_system_health"."health_check_results" add constraint "health_check_results_latency_nonnegative" CHECK ((latency_ms >= 0)) not valid;

-- [alter] constraint cmis_system_health.health_check_results.health_check_results_latency_nonnegative  !! full-scan
alter table "cmis_system_health"."health_check_results" validate constraint "health_check_results_latency_nonnegative";

-- [create] constraint cmis_system_health.health_checks.health_checks_interval_range
alter table "cmis_system_health"."health_checks" add constraint "health_checks_interval_range" CHECK (((interval_seconds >= 10) AND (interval_seconds <= 86400))) not valid;

-- [alter] constraint cmis_system_health.health_checks.health_checks_interval_range  !! full-scan
alter table "cmis_system_health"."health_checks" validate constraint "health_checks_interval_range";

-- [create] constraint cmis_system_health.health_checks.health_checks_thresholds_ordered
alter table "cmis_system_health"."health_checks" add constraint "health_checks_thresholds_ordered" CHECK (((warn_threshold_ms IS NULL) OR (fail_threshold_ms IS NULL) OR (warn_threshold_ms < fail_threshold_ms))) not valid;

-- [alter] constraint cmis_system_health.health_checks.health_checks_thresholds_ordered  !! full-scan
alter table "cmis_system_health"."health_checks" validate constraint "health_checks_thresholds_ordered";

-- [create] constraint cmis_system_health.health_checks.health_checks_type_valid
alter table "cmis_system_health"."health_checks" add constraint "health_checks_type_valid" CHECK ((check_type = ANY (ARRAY['database'::text, 'queue'::text, 'cache'::text, 'storage'::text, 'http'::text, 'platform_api'::text, 'scheduler'::text]))) not valid;

-- [alter] constraint cmis_system_health.health_checks.health_checks_type_valid  !! full-scan
alter table "cmis_system_health"."health_checks" validate constraint "health_checks_type_valid";

-- [create] constraint lab.experiment_event_log.experiment_event_log_custom_named
alter table "lab"."experiment_event_log" add constraint "experiment_event_log_custom_named" CHECK (((event_type <> 'custom'::text) OR (event_name IS NOT NULL))) not valid;

-- [alter] constraint lab.experiment_event_log.experiment_event_log_custom_named  !! full-scan
alter table "lab"."experiment_event_log" validate constraint "experiment_event_log_custom_named";

-- [create] constraint lab.experiment_event_log.experiment_event_log_type_check
alter table "lab"."experiment_event_log" add constraint "experiment_event_log_type_check" CHECK ((event_type = ANY (ARRAY['exposure'::text, 'click'::text, 'conversion'::text, 'revenue'::text, 'custom'::text]))) not valid;

-- [alter] constraint lab.experiment_event_log.experiment_event_log_type_check  !! full-scan
alter table "lab"."experiment_event_log" validate constraint "experiment_event_log_type_check";

-- [create] constraint lab.experiment_feature_flags.experiment_feature_flags_key_format
alter table "lab"."experiment_feature_flags" add constraint "experiment_feature_flags_key_format" CHECK ((flag_key ~ '^[a-z][a-z0-9_.-]*$'::text)) not valid;

-- [alter] constraint lab.experiment_feature_flags.experiment_feature_flags_key_format  !! full-scan
alter table "lab"."experiment_feature_flags" validate constraint "experiment_feature_flags_key_format";

-- [create] constraint lab.experiment_feature_flags.experiment_feature_flags_rollout_check
alter table "lab"."experiment_feature_flags" add constraint "experiment_feature_flags_rollout_check" CHECK (((rollout_percentage >= 0) AND (rollout_percentage <= 100))) not valid;

-- [alter] constraint lab.experiment_feature_flags.experiment_feature_flags_rollout_check  !! full-scan
alter table "lab"."experiment_feature_flags" validate constraint "experiment_feature_flags_rollout_check";

-- [create] constraint public.ad_formats.ad_formats_duration_positive
alter table "public"."ad_formats" add constraint "ad_formats_duration_positive" CHECK ((max_duration_seconds > 0)) not valid;

-- [alter] constraint public.ad_formats.ad_formats_duration_positive  !! full-scan
alter table "public"."ad_formats" validate constraint "ad_formats_duration_positive";

-- [create] constraint public.ad_formats.ad_formats_file_size_positive
alter table "public"."ad_formats" add constraint "ad_formats_file_size_positive" CHECK ((max_file_size_bytes > 0)) not valid;

-- [alter] constraint public.ad_formats.ad_formats_file_size_positive  !! full-scan
alter table "public"."ad_formats" validate constraint "ad_formats_file_size_positive";

-- [create] constraint public.ad_objective_types.ad_objective_types_code_format
alter table "public"."ad_objective_types" add constraint "ad_objective_types_code_format" CHECK ((objective_code ~ '^[a-z][a-z0-9_]*$'::text)) not valid;

-- [alter] constraint public.ad_objective_types.ad_objective_types_code_format  !! full-scan
alter table "public"."ad_objective_types" validate constraint "ad_objective_types_code_format";

-- [create] constraint public.age_ranges.age_ranges_span_bounded
alter table "public"."age_ranges" add constraint "age_ranges_span_bounded" CHECK (((lower(age_span) >= 13) AND (NOT lower_inf(age_span)))) not valid;

-- [alter] constraint public.age_ranges.age_ranges_span_bounded  !! full-scan
alter table "public"."age_ranges" validate constraint "age_ranges_span_bounded";

-- [create] constraint public.aspect_ratios.aspect_ratios_code_format
alter table "public"."aspect_ratios" add constraint "aspect_ratios_code_format" CHECK ((aspect_ratio_code ~ '^[0-9]+:[0-9]+$'::text)) not valid;

-- [alter] constraint public.aspect_ratios.aspect_ratios_code_format  !! full-scan
alter table "public"."aspect_ratios" validate constraint "aspect_ratios_code_format";

-- [create] constraint public.aspect_ratios.aspect_ratios_units_positive
alter table "public"."aspect_ratios" add constraint "aspect_ratios_units_positive" CHECK (((width_units > 0) AND (height_units > 0))) not valid;

-- [alter] constraint public.aspect_ratios.aspect_ratios_units_positive  !! full-scan
alter table "public"."aspect_ratios" validate constraint "aspect_ratios_units_positive";

-- [create] constraint public.attribution_models.attribution_models_lookback_range
alter table "public"."attribution_models" add constraint "attribution_models_lookback_range" CHECK ((((click_lookback_days >= 0) AND (click_lookback_days <= 90)) AND ((view_lookback_days >= 0) AND (view_lookback_days <= 30)))) not valid;

-- [alter] constraint public.attribution_models.attribution_models_lookback_range  !! full-scan
alter table "public"."attribution_models" validate constraint "attribution_models_lookback_range";

-- [create] constraint public.bid_strategies.bid_strategies_single_target
alter table "public"."bid_strategies" add constraint "bid_strategies_single_target" CHECK ((NOT (requires_bid_amount AND requires_target_roas))) not valid;

-- [alter] constraint public.bid_strategies.bid_strategies_single_target  !! full-scan
alter table "public"."bid_strategies" validate constraint "bid_strategies_single_target";

-- [create] constraint public.call_to_action_types.call_to_action_types_code_format
alter table "public"."call_to_action_types" add constraint "call_to_action_types_code_format" CHECK ((cta_code ~ '^[A-Z][A-Z0-9_]*$'::text)) not valid;

-- [alter] constraint public.call_to_action_types.call_to_action_types_code_format  !! full-scan
alter table "public"."call_to_action_types" validate constraint "call_to_action_types_code_format";

-- [create] constraint public.channel_types.channel_types_paid_or_owned
alter table "public"."channel_types" add constraint "channel_types_paid_or_owned" CHECK ((NOT (is_paid AND is_owned))) not valid;

-- [alter] constraint public.channel_types.channel_types_paid_or_owned  !! full-scan
alter table "public"."channel_types" validate constraint "channel_types_paid_or_owned";

-- [create] constraint public.content_types.content_types_code_format
alter table "public"."content_types" add constraint "content_types_code_format" CHECK ((content_type_code ~ '^[a-z][a-z0-9_]*$'::text)) not valid;

-- [alter] constraint public.content_types.content_types_code_format  !! full-scan
alter table "public"."content_types" validate constraint "content_types_code_format";

-- [create] constraint public.countries.countries_iso3_format
alter table "public"."countries" add constraint "countries_iso3_format" CHECK ((iso3_code ~ '^[A-Z]{3}$'::text)) not valid;

-- [alter] constraint public.countries.countries_iso3_format  !! full-scan
alter table "public"."countries" validate constraint "countries_iso3_format";

-- [create] constraint public.countries.countries_numeric_code_range
alter table "public"."countries" add constraint "countries_numeric_code_range" CHECK (((numeric_code >= 1) AND (numeric_code <= 999))) not valid;

-- [alter] constraint public.countries.countries_numeric_code_range  !! full-scan
alter table "public"."countries" validate constraint "countries_numeric_code_range";

-- [create] constraint public.countries.countries_phone_prefix_format
alter table "public"."countries" add constraint "countries_phone_prefix_format" CHECK ((phone_prefix ~ '^\+[0-9]{1,4}$'::text)) not valid;

-- [alter] constraint public.countries.countries_phone_prefix_format  !! full-scan
alter table "public"."countries" validate constraint "countries_phone_prefix_format";

-- [create] constraint public.currencies.currencies_minor_units_range
alter table "public"."currencies" add constraint "currencies_minor_units_range" CHECK (((minor_units >= 0) AND (minor_units <= 8))) not valid;

-- [alter] constraint public.currencies.currencies_minor_units_range  !! full-scan
alter table "public"."currencies" validate constraint "currencies_minor_units_range";

-- [create] constraint public.industries.industries_code_format
alter table "public"."industries" add constraint "industries_code_format" CHECK ((industry_code ~ '^[a-z0-9_]+$'::text)) not valid;

-- [alter] constraint public.industries.industries_code_format  !! full-scan
alter table "public"."industries" validate constraint "industries_code_format";

-- [create] constraint public.industries.industries_naics_format
alter table "public"."industries" add constraint "industries_naics_format" CHECK ((naics_code ~ '^[0-9]{2,6}$'::text)) not valid;

-- [alter] constraint public.industries.industries_naics_format  !! full-scan
alter table "public"."industries" validate constraint "industries_naics_format";

-- [create] constraint public.kpi_metrics.kpi_metrics_ratio_has_formula
alter table "public"."kpi_metrics" add constraint "kpi_metrics_ratio_has_formula" CHECK (((aggregation <> 'ratio'::metric_aggregation) OR (formula IS NOT NULL))) not valid;

-- [alter] constraint public.kpi_metrics.kpi_metrics_ratio_has_formula  !! full-scan
alter table "public"."kpi_metrics" validate constraint "kpi_metrics_ratio_has_formula";

-- [create] constraint public.kpi_metrics.kpi_metrics_unit_valid
alter table "public"."kpi_metrics" add constraint "kpi_metrics_unit_valid" CHECK ((unit = ANY (ARRAY['count'::text, 'currency'::text, 'percent'::text, 'ratio'::text, 'seconds'::text]))) not valid;

-- [alter] constraint public.kpi_metrics.kpi_metrics_unit_valid  !! full-scan
alter table "public"."kpi_metrics" validate constraint "kpi_metrics_unit_valid";

-- [create] constraint public.languages.languages_code_format
alter table "public"."languages" add constraint "languages_code_format" CHECK ((language_code ~ '^[a-z]{2,3}$'::text)) not valid;

-- [alter] constraint public.languages.languages_code_format  !! full-scan
alter table "public"."languages" validate constraint "languages_code_format";

-- [create] constraint public.locales.locales_code_format
alter table "public"."locales" add constraint "locales_code_format" CHECK ((locale_code ~ '^[a-z]{2,3}(-[A-Z]{2})?$'::text)) not valid;

-- [alter] constraint public.locales.locales_code_format  !! full-scan
alter table "public"."locales" validate constraint "locales_code_format";

-- [create] constraint public.locales.locales_decimal_separator_valid
alter table "public"."locales" add constraint "locales_decimal_separator_valid" CHECK ((decimal_separator = ANY (ARRAY['.'::bpchar, ','::bpchar]))) not valid;

-- [alter] constraint public.locales.locales_decimal_separator_valid  !! full-scan
alter table "public"."locales" validate constraint "locales_decimal_separator_valid";

-- [create] constraint public.media_mime_types.media_mime_types_format
alter table "public"."media_mime_types" add constraint "media_mime_types_format" CHECK ((mime_type ~ '^[a-z]+/[a-z0-9.+-]+$'::text)) not valid;

-- [alter] constraint public.media_mime_types.media_mime_types_format  !! full-scan
alter table "public"."media_mime_types" validate constraint "media_mime_types_format";

-- [create] constraint public.media_mime_types.media_mime_types_max_size_positive
alter table "public"."media_mime_types" add constraint "media_mime_types_max_size_positive" CHECK ((max_size_bytes > 0)) not valid;

-- [alter] constraint public.media_mime_types.media_mime_types_max_size_positive  !! full-scan
alter table "public"."media_mime_types" validate constraint "media_mime_types_max_size_positive";

-- [create] constraint public.platform_api_versions.platform_api_versions_sunset_after_release
alter table "public"."platform_api_versions" add constraint "platform_api_versions_sunset_after_release" CHECK (((sunset_on IS NULL) OR (sunset_on > released_on))) not valid;

-- [alter] constraint public.platform_api_versions.platform_api_versions_sunset_after_release  !! full-scan
alter table "public"."platform_api_versions" validate constraint "platform_api_versions_sunset_after_release";

-- [create] constraint public.platforms.platforms_category_valid
alter table "public"."platforms" add constraint "platforms_category_valid" CHECK ((category = ANY (ARRAY['social'::text, 'search'::text, 'display'::text, 'video'::text, 'messaging'::text, 'email'::text, 'analytics'::text, 'commerce'::text]))) not valid;

-- [alter] constraint public.platforms.platforms_category_valid  !! full-scan
alter table "public"."platforms" validate constraint "platforms_category_valid";

-- [create] constraint public.platforms.platforms_code_format
alter table "public"."platforms" add constraint "platforms_code_format" CHECK ((platform_code ~ '^[a-z][a-z0-9_]*$'::text)) not valid;

-- [alter] constraint public.platforms.platforms_code_format  !! full-scan
alter table "public"."platforms" validate constraint "platforms_code_format";

-- [create] constraint public.platforms.platforms_rate_limit_positive
alter table "public"."platforms" add constraint "platforms_rate_limit_positive" CHECK ((rate_limit_per_hour > 0)) not valid;

-- [alter] constraint public.platforms.platforms_rate_limit_positive  !! full-scan
alter table "public"."platforms" validate constraint "platforms_rate_limit_positive";

-- [create] constraint public.regions.regions_code_format
alter table "public"."regions" add constraint "regions_code_format" CHECK ((region_code ~ '^[a-z0-9_]+$'::text)) not valid;

-- [alter] constraint public.regions.regions_code_format  !! full-scan
alter table "public"."regions" validate constraint "regions_code_format";

-- [create] constraint public.timezones.timezones_offset_range
alter table "public"."timezones" add constraint "timezones_offset_range" CHECK (((utc_offset >= '-12:00:00'::interval) AND (utc_offset <= '14:00:00'::interval))) not valid;

-- [alter] constraint public.timezones.timezones_offset_range  !! full-scan
alter table "public"."timezones" validate constraint "timezones_offset_range";

-- [create] constraint cmis.api_keys.api_keys_created_by_fkey
alter table "cmis"."api_keys" add constraint "api_keys_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "cmis"."users"("user_id") ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.api_keys.api_keys_created_by_fkey  !! full-scan
alter table "cmis"."api_keys" validate constraint "api_keys_created_by_fkey";

-- [create] constraint cmis.api_keys.api_keys_org_id_fkey
alter table "cmis"."api_keys" add constraint "api_keys_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "cmis"."orgs"("org_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.api_keys.api_keys_org_id_fkey  !! full-scan
alter table "cmis"."api_keys" validate constraint "api_keys_org_id_fkey";

-- [create] constraint cmis.org_invitations.org_invitations_invited_by_fkey
alter table "cmis"."org_invitations" add constraint "org_invitations_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "cmis"."users"("user_id") ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.org_invitations.org_invitations_invited_by_fkey  !! full-scan
alter table "cmis"."org_invitations" validate constraint "org_invitations_invited_by_fkey";

-- [create] constraint cmis.org_invitations.org_invitations_org_id_fkey
alter table "cmis"."org_invitations" add constraint "org_invitations_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "cmis"."orgs"("org_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.org_invitations.org_invitations_org_id_fkey  !! full-scan
alter table "cmis"."org_invitations" validate constraint "org_invitations_org_id_fkey";

-- [create] constraint cmis.org_invitations.org_invitations_role_id_fkey
alter table "cmis"."org_invitations" add constraint "org_invitations_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "cmis"."roles"("role_id") ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.org_invitations.org_invitations_role_id_fkey  !! full-scan
alter table "cmis"."org_invitations" validate constraint "org_invitations_role_id_fkey";

-- [create] constraint cmis.role_permissions.role_permissions_permission_id_fkey
alter table "cmis"."role_permissions" add constraint "role_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "cmis"."permissions"("permission_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.role_permissions.role_permissions_permission_id_fkey  !! full-scan
alter table "cmis"."role_permissions" validate constraint "role_permissions_permission_id_fkey";

-- [create] constraint cmis.role_permissions.role_permissions_role_id_fkey
alter table "cmis"."role_permissions" add constraint "role_permissions_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "cmis"."roles"("role_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.role_permissions.role_permissions_role_id_fkey  !! full-scan
alter table "cmis"."role_permissions" validate constraint "role_permissions_role_id_fkey";

-- [create] constraint cmis.roles.roles_org_id_fkey
alter table "cmis"."roles" add constraint "roles_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "cmis"."orgs"("org_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.roles.roles_org_id_fkey  !! full-scan
alter table "cmis"."roles" validate constraint "roles_org_id_fkey";

-- [create] constraint cmis.user_orgs.user_orgs_org_id_fkey
alter table "cmis"."user_orgs" add constraint "user_orgs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "cmis"."orgs"("org_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_orgs.user_orgs_org_id_fkey  !! full-scan
alter table "cmis"."user_orgs" validate constraint "user_orgs_org_id_fkey";

-- [create] constraint cmis.user_orgs.user_orgs_role_id_fkey
alter table "cmis"."user_orgs" add constraint "user_orgs_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "cmis"."roles"("role_id") ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.user_orgs.user_orgs_role_id_fkey  !! full-scan
alter table "cmis"."user_orgs" validate constraint "user_orgs_role_id_fkey";

-- [create] constraint cmis.user_orgs.user_orgs_user_id_fkey
alter table "cmis"."user_orgs" add constraint "user_orgs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "cmis"."users"("user_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_orgs.user_orgs_user_id_fkey  !! full-scan
alter table "cmis"."user_orgs" validate constraint "user_orgs_user_id_fkey";

-- [create] constraint cmis.user_permissions.user_permissions_granted_by_fkey
alter table "cmis"."user_permissions" add constraint "user_permissions_granted_by_fkey" FOREIGN KEY ("granted_by") REFERENCES "cmis"."users"("user_id") ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.user_permissions.user_permissions_granted_by_fkey  !! full-scan
alter table "cmis"."user_permissions" validate constraint "user_permissions_granted_by_fkey";

-- [create] constraint cmis.user_permissions.user_permissions_org_id_fkey
alter table "cmis"."user_permissions" add constraint "user_permissions_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "cmis"."orgs"("org_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_permissions.user_permissions_org_id_fkey  !! full-scan
alter table "cmis"."user_permissions" validate constraint "user_permissions_org_id_fkey";

-- [create] constraint cmis.user_permissions.user_permissions_permission_id_fkey
alter table "cmis"."user_permissions" add constraint "user_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "cmis"."permissions"("permission_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_permissions.user_permissions_permission_id_fkey  !! full-scan
alter table "cmis"."user_permissions" validate constraint "user_permissions_permission_id_fkey";

-- [create] constraint cmis.user_permissions.user_permissions_user_id_fkey
alter table "cmis"."user_permissions" add constraint "user_permissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "cmis"."users"("user_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_permissions.user_permissions_user_id_fkey  !! full-scan
alter table "cmis"."user_permissions" validate constraint "user_permissions_user_id_fkey";

-- [create] constraint cmis.user_sessions.user_sessions_org_id_fkey
alter table "cmis"."user_sessions" add constraint "user_sessions_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "cmis"."orgs"("org_id") ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.user_sessions.user_sessions_org_id_fkey  !! full-scan
alter table "cmis"."user_sessions" validate constraint "user_sessions_org_id_fkey";

-- [create] constraint cmis.user_sessions.user_sessions_user_id_fkey
alter table "cmis"."user_sessions" add constraint "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "cmis"."users"("user_id") ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_sessions.user_sessions_user_id_fkey  !! full-scan
alter table "cmis"."user_sessions" validate constraint "user_sessions_user_id_fkey";
