-- AI Agent Context
-- Purpose:   Paid media on the ad platforms (Meta, Google Ads, TikTok, Snapchat, LinkedIn, X,
--            Pinterest): the platform-side campaign / ad set / ad / creative hierarchy mirrored
--            from each connected integration, audiences, daily delivery metrics, conversions,
--            budget history, automated rules and the incremental sync state of each connection.
-- Tables:    cmis.ad_campaigns, cmis.ad_sets, cmis.ad_creatives, cmis.ads, cmis.ad_metrics_daily,
--            cmis.ad_audiences, cmis.ad_set_audiences, cmis.ad_platform_sync_states,
--            cmis.ad_sync_runs, cmis.ad_conversion_events, cmis.ad_budget_changes, cmis.ad_rules
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users), integrations_and_accounts
--            (cmis.integrations), campaigns_and_contexts (cmis.campaigns).
--            Sequences in all_sequences.sql, FKs/UNIQUEs in all_constraints.sql, indexes in
--            all_indexes.sql, functions in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE cmis.ad_platform_kind AS ENUM ('meta', 'google', 'tiktok', 'snapchat', 'linkedin', 'x', 'pinterest');
COMMENT ON TYPE cmis.ad_platform_kind IS 'Advertising platforms CMIS can mirror campaigns from.';

CREATE TYPE cmis.ad_entity_status AS ENUM ('draft', 'pending_review', 'active', 'paused', 'archived', 'deleted', 'error');
COMMENT ON TYPE cmis.ad_entity_status IS 'Delivery status shared by ad campaigns, ad sets and ads.';

CREATE DOMAIN cmis.ad_money AS numeric(14,2)
    CHECK (VALUE >= 0);
COMMENT ON DOMAIN cmis.ad_money IS 'Non-negative money amount in the account currency (budgets, bids, spend).';

CREATE TABLE cmis.ad_campaigns (
    ad_campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    integration_id uuid NOT NULL,
    ad_campaign_number integer NOT NULL,
    platform cmis.ad_platform_kind NOT NULL,
    external_account_id text NOT NULL,
    external_campaign_id text,
    name text NOT NULL,
    objective text NOT NULL,
    status cmis.ad_entity_status DEFAULT 'draft' NOT NULL,
    buying_type text DEFAULT 'auction' NOT NULL,
    bid_strategy text,
    daily_budget cmis.ad_money,
    lifetime_budget cmis.ad_money,
    currency char(3) DEFAULT 'USD' NOT NULL,
    start_at timestamptz,
    end_at timestamptz,
    targeting jsonb DEFAULT '{}'::jsonb NOT NULL,
    platform_settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(objective, '') || ' ' || coalesce(external_campaign_id, ''))) STORED,
    created_by uuid,
    last_synced_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ad_campaigns_pkey PRIMARY KEY (ad_campaign_id),
    CONSTRAINT ad_campaigns_objective_check CHECK (objective IN ('awareness', 'traffic', 'engagement', 'leads', 'app_promotion', 'sales', 'video_views')),
    CONSTRAINT ad_campaigns_buying_type_check CHECK (buying_type IN ('auction', 'reservation')),
    CONSTRAINT ad_campaigns_currency_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ad_campaigns_single_budget CHECK (daily_budget IS NULL OR lifetime_budget IS NULL),
    CONSTRAINT ad_campaigns_flight_order CHECK (start_at IS NULL OR end_at IS NULL OR end_at > start_at)
);
COMMENT ON TABLE cmis.ad_campaigns IS 'Platform-side ad campaigns, optionally linked to a CMIS campaign, mirrored through an integration.';
COMMENT ON COLUMN cmis.ad_campaigns.campaign_id IS 'CMIS campaign this ad campaign delivers; NULL for campaigns imported but not yet mapped.';
COMMENT ON COLUMN cmis.ad_campaigns.integration_id IS 'Connected ad account (integration) the campaign lives in.';
COMMENT ON COLUMN cmis.ad_campaigns.external_campaign_id IS 'Identifier on the platform; NULL until first published.';
COMMENT ON COLUMN cmis.ad_campaigns.ad_campaign_number IS 'Human-readable number shown in the UI (AC-1234).';

CREATE TABLE cmis.ad_sets (
    ad_set_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    ad_campaign_id uuid NOT NULL,
    external_ad_set_id text,
    name text NOT NULL,
    status cmis.ad_entity_status DEFAULT 'draft' NOT NULL,
    optimization_goal text NOT NULL,
    billing_event text DEFAULT 'impressions' NOT NULL,
    bid_amount cmis.ad_money,
    daily_budget cmis.ad_money,
    age_range int4range DEFAULT int4range(18, 65, '[]') NOT NULL,
    genders text[] DEFAULT '{}'::text[] NOT NULL,
    locations text[] DEFAULT '{}'::text[] NOT NULL,
    placements text[] DEFAULT '{}'::text[] NOT NULL,
    targeting jsonb DEFAULT '{}'::jsonb NOT NULL,
    start_at timestamptz,
    end_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ad_sets_pkey PRIMARY KEY (ad_set_id),
    CONSTRAINT ad_sets_billing_event_check CHECK (billing_event IN ('impressions', 'clicks', 'conversions', 'video_views', 'thruplay')),
    CONSTRAINT ad_sets_age_range_check CHECK (age_range <@ int4range(13, 100, '[]')),
    CONSTRAINT ad_sets_flight_order CHECK (start_at IS NULL OR end_at IS NULL OR end_at > start_at)
);
COMMENT ON TABLE cmis.ad_sets IS 'Ad sets / ad groups: targeting, bidding and budget below an ad campaign.';
COMMENT ON COLUMN cmis.ad_sets.age_range IS 'Targeted age range, inclusive, within 13..100.';

CREATE TABLE cmis.ad_creatives (
    ad_creative_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid,
    external_creative_id text,
    name text NOT NULL,
    creative_type text NOT NULL,
    headline text,
    primary_text text,
    description text,
    call_to_action text,
    destination_url text,
    display_url text,
    media_urls text[] DEFAULT '{}'::text[] NOT NULL,
    asset_checksum text,
    specs jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(headline, '') || ' ' || coalesce(primary_text, '') || ' ' || coalesce(description, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ad_creatives_pkey PRIMARY KEY (ad_creative_id),
    CONSTRAINT ad_creatives_type_check CHECK (creative_type IN ('image', 'video', 'carousel', 'collection', 'text', 'responsive')),
    CONSTRAINT ad_creatives_destination_url_check CHECK (destination_url IS NULL OR destination_url ~ '^https?://'),
    CONSTRAINT ad_creatives_headline_length CHECK (headline IS NULL OR char_length(headline) <= 255)
);
COMMENT ON TABLE cmis.ad_creatives IS 'Ad creatives (copy + media) that can be reused by several ads.';
COMMENT ON COLUMN cmis.ad_creatives.asset_checksum IS 'Checksum of the primary media file, used to detect re-uploads.';

CREATE TABLE cmis.ads (
    ad_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    ad_set_id uuid NOT NULL,
    ad_creative_id uuid NOT NULL,
    external_ad_id text,
    name text NOT NULL,
    status cmis.ad_entity_status DEFAULT 'draft' NOT NULL,
    review_status text DEFAULT 'not_submitted' NOT NULL,
    review_feedback jsonb,
    tracking_params jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ads_pkey PRIMARY KEY (ad_id),
    CONSTRAINT ads_review_status_check CHECK (review_status IN ('not_submitted', 'in_review', 'approved', 'rejected', 'with_issues'))
);
COMMENT ON TABLE cmis.ads IS 'Ads: one creative delivered within one ad set.';

CREATE TABLE cmis.ad_metrics_daily (
    ad_metric_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    ad_campaign_id uuid NOT NULL,
    ad_set_id uuid,
    ad_id uuid,
    metric_date date NOT NULL,
    impressions bigint DEFAULT 0 NOT NULL,
    reach bigint DEFAULT 0 NOT NULL,
    clicks bigint DEFAULT 0 NOT NULL,
    spend cmis.ad_money DEFAULT 0 NOT NULL,
    conversions numeric(14,2) DEFAULT 0 NOT NULL,
    conversion_value numeric(14,2) DEFAULT 0 NOT NULL,
    video_views bigint DEFAULT 0 NOT NULL,
    currency char(3) DEFAULT 'USD' NOT NULL,
    ctr numeric(9,6) GENERATED ALWAYS AS (CASE WHEN impressions > 0 THEN round(clicks::numeric / impressions, 6) END) STORED,
    cpc numeric(14,4) GENERATED ALWAYS AS (CASE WHEN clicks > 0 THEN round(spend / clicks, 4) END) STORED,
    raw_payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_metrics_daily_pkey PRIMARY KEY (ad_metric_id),
    CONSTRAINT ad_metrics_daily_counts_non_negative CHECK (impressions >= 0 AND reach >= 0 AND clicks >= 0 AND video_views >= 0),
    CONSTRAINT ad_metrics_daily_conversions_non_negative CHECK (conversions >= 0 AND conversion_value >= 0),
    CONSTRAINT ad_metrics_daily_reach_le_impressions CHECK (reach <= impressions),
    CONSTRAINT ad_metrics_daily_ad_needs_ad_set CHECK (ad_id IS NULL OR ad_set_id IS NOT NULL)
);
COMMENT ON TABLE cmis.ad_metrics_daily IS 'Daily delivery metrics per ad campaign, ad set or ad (the finest level the platform reports).';
COMMENT ON COLUMN cmis.ad_metrics_daily.metric_date IS 'Day in the ad account time zone.';
COMMENT ON COLUMN cmis.ad_metrics_daily.ctr IS 'Click-through rate, derived: clicks / impressions.';

CREATE TABLE cmis.ad_audiences (
    ad_audience_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    platform cmis.ad_platform_kind NOT NULL,
    external_audience_id text,
    name text NOT NULL,
    audience_type text NOT NULL,
    source_audience_id uuid,
    lookalike_ratio numeric(4,3),
    approximate_size bigint,
    rules jsonb DEFAULT '{}'::jsonb NOT NULL,
    retention_days smallint,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ad_audiences_pkey PRIMARY KEY (ad_audience_id),
    CONSTRAINT ad_audiences_type_check CHECK (audience_type IN ('custom', 'lookalike', 'saved', 'retargeting', 'customer_list')),
    CONSTRAINT ad_audiences_lookalike_source CHECK (audience_type <> 'lookalike' OR source_audience_id IS NOT NULL),
    CONSTRAINT ad_audiences_lookalike_ratio_check CHECK (lookalike_ratio IS NULL OR (lookalike_ratio > 0 AND lookalike_ratio <= 0.2)),
    CONSTRAINT ad_audiences_retention_check CHECK (retention_days IS NULL OR retention_days BETWEEN 1 AND 540)
);
COMMENT ON TABLE cmis.ad_audiences IS 'Custom, lookalike and saved audiences defined on an ad platform.';
COMMENT ON COLUMN cmis.ad_audiences.source_audience_id IS 'Seed audience of a lookalike audience.';

CREATE TABLE cmis.ad_set_audiences (
    ad_set_id uuid NOT NULL,
    ad_audience_id uuid NOT NULL,
    org_id uuid NOT NULL,
    is_excluded boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_set_audiences_pkey PRIMARY KEY (ad_set_id, ad_audience_id)
);
COMMENT ON TABLE cmis.ad_set_audiences IS 'Audiences included in (or excluded from) an ad set.';

CREATE TABLE cmis.ad_platform_sync_states (
    sync_state_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    platform cmis.ad_platform_kind NOT NULL,
    entity_type text NOT NULL,
    sync_cursor text,
    status text DEFAULT 'idle' NOT NULL,
    sync_interval interval DEFAULT '01:00:00'::interval NOT NULL,
    last_synced_at timestamptz,
    next_sync_at timestamptz DEFAULT now() NOT NULL,
    consecutive_failures integer DEFAULT 0 NOT NULL,
    last_error text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_platform_sync_states_pkey PRIMARY KEY (sync_state_id),
    CONSTRAINT ad_platform_sync_states_entity_check CHECK (entity_type IN ('campaigns', 'ad_sets', 'ads', 'creatives', 'audiences', 'metrics', 'conversions')),
    CONSTRAINT ad_platform_sync_states_status_check CHECK (status IN ('idle', 'running', 'failed', 'disabled')),
    CONSTRAINT ad_platform_sync_states_interval_check CHECK (sync_interval >= '00:05:00'::interval),
    CONSTRAINT ad_platform_sync_states_failures_check CHECK (consecutive_failures >= 0)
);
COMMENT ON TABLE cmis.ad_platform_sync_states IS 'Incremental sync cursor and schedule per integration and entity type.';
COMMENT ON COLUMN cmis.ad_platform_sync_states.sync_cursor IS 'Opaque platform paging/updated-since cursor where the next sync resumes.';

CREATE TABLE cmis.ad_sync_runs (
    sync_run_id uuid DEFAULT uuidv7() NOT NULL,
    run_number bigint NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    sync_state_id uuid NOT NULL,
    status text DEFAULT 'running' NOT NULL,
    started_at timestamptz DEFAULT now() NOT NULL,
    finished_at timestamptz,
    rows_fetched integer DEFAULT 0 NOT NULL,
    rows_upserted integer DEFAULT 0 NOT NULL,
    api_calls integer DEFAULT 0 NOT NULL,
    error_details jsonb,
    CONSTRAINT ad_sync_runs_pkey PRIMARY KEY (sync_run_id),
    CONSTRAINT ad_sync_runs_status_check CHECK (status IN ('running', 'succeeded', 'partial', 'failed')),
    CONSTRAINT ad_sync_runs_finish_after_start CHECK (finished_at IS NULL OR finished_at >= started_at),
    CONSTRAINT ad_sync_runs_rows_check CHECK (rows_fetched >= 0 AND rows_upserted >= 0 AND api_calls >= 0)
);
COMMENT ON TABLE cmis.ad_sync_runs IS 'One execution of a platform sync, with volumes and errors.';

CREATE TABLE cmis.ad_conversion_events (
    conversion_event_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    ad_campaign_id uuid,
    ad_id uuid,
    integration_id uuid NOT NULL,
    external_event_id text NOT NULL,
    event_name text NOT NULL,
    event_time timestamptz NOT NULL,
    event_value numeric(14,2),
    currency char(3),
    click_id text,
    attribution_window text DEFAULT '7d_click' NOT NULL,
    client_ip inet,
    user_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_conversion_events_pkey PRIMARY KEY (conversion_event_id),
    CONSTRAINT ad_conversion_events_value_check CHECK (event_value IS NULL OR event_value >= 0),
    CONSTRAINT ad_conversion_events_currency_check CHECK ((event_value IS NULL) = (currency IS NULL)),
    CONSTRAINT ad_conversion_events_window_check CHECK (attribution_window IN ('1d_click', '7d_click', '28d_click', '1d_view', '7d_view'))
);
COMMENT ON TABLE cmis.ad_conversion_events IS 'Conversions reported by or sent to the platforms (pixel / conversions API), deduplicated by external_event_id.';
COMMENT ON COLUMN cmis.ad_conversion_events.user_data IS 'Hashed user identifiers (em, ph) as sent to the conversions API; never plain text.';

CREATE TABLE cmis.ad_budget_changes (
    budget_change_id uuid DEFAULT uuidv7() NOT NULL,
    change_number bigint NOT NULL,
    org_id uuid NOT NULL,
    ad_campaign_id uuid NOT NULL,
    ad_set_id uuid,
    budget_kind text NOT NULL,
    old_amount numeric(14,2),
    new_amount numeric(14,2),
    reason text,
    changed_by uuid,
    changed_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_budget_changes_pkey PRIMARY KEY (budget_change_id),
    CONSTRAINT ad_budget_changes_kind_check CHECK (budget_kind IN ('daily', 'lifetime', 'bid')),
    CONSTRAINT ad_budget_changes_amount_changed CHECK (old_amount IS DISTINCT FROM new_amount)
);
COMMENT ON TABLE cmis.ad_budget_changes IS 'History of budget and bid changes, written by trigger and by the rules engine.';

CREATE TABLE cmis.ad_rules (
    ad_rule_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    scope_level text NOT NULL,
    ad_campaign_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    conditions jsonb NOT NULL,
    actions jsonb NOT NULL,
    evaluation_interval interval DEFAULT '01:00:00'::interval NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    last_evaluated_at timestamptz,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ad_rules_pkey PRIMARY KEY (ad_rule_id),
    CONSTRAINT ad_rules_scope_check CHECK (scope_level IN ('ad_campaign', 'ad_set', 'ad')),
    CONSTRAINT ad_rules_interval_check CHECK (evaluation_interval >= '00:15:00'::interval),
    CONSTRAINT ad_rules_conditions_shape CHECK (jsonb_typeof(conditions) = 'array' AND jsonb_typeof(actions) = 'array')
);
COMMENT ON TABLE cmis.ad_rules IS 'Automated rules (pause, scale budget, notify) evaluated against ad metrics.';

-- Views.
CREATE VIEW cmis.ad_campaign_spend_v WITH (security_invoker = true) AS
    SELECT ac.org_id,
           ac.ad_campaign_id,
           ac.campaign_id,
           ac.platform,
           ac.name,
           ac.status,
           coalesce(sum(m.spend), 0)::numeric(14,2) AS total_spend,
           coalesce(sum(m.impressions), 0)::bigint AS total_impressions,
           coalesce(sum(m.clicks), 0)::bigint AS total_clicks,
           coalesce(sum(m.conversions), 0)::numeric(14,2) AS total_conversions,
           max(m.metric_date) AS last_metric_date
      FROM cmis.ad_campaigns ac
      LEFT JOIN cmis.ad_metrics_daily m ON m.ad_campaign_id = ac.ad_campaign_id AND m.ad_set_id IS NULL
     WHERE ac.deleted_at IS NULL
     GROUP BY ac.org_id, ac.ad_campaign_id, ac.campaign_id, ac.platform, ac.name, ac.status;
COMMENT ON VIEW cmis.ad_campaign_spend_v IS 'Lifetime spend and delivery per live ad campaign (campaign-level metric rows).';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.ad_campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_campaigns_tenant_isolation ON cmis.ad_campaigns
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_sets ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_sets_tenant_isolation ON cmis.ad_sets
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_creatives ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_creatives_tenant_isolation ON cmis.ad_creatives
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ads ENABLE ROW LEVEL SECURITY;
CREATE POLICY ads_tenant_isolation ON cmis.ads
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_metrics_daily ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_metrics_daily_tenant_isolation ON cmis.ad_metrics_daily
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_audiences ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_audiences_tenant_isolation ON cmis.ad_audiences
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_set_audiences ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_set_audiences_tenant_isolation ON cmis.ad_set_audiences
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_platform_sync_states ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_platform_sync_states_tenant_isolation ON cmis.ad_platform_sync_states
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_sync_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_sync_runs_tenant_isolation ON cmis.ad_sync_runs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_conversion_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_conversion_events_tenant_isolation ON cmis.ad_conversion_events
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_budget_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_budget_changes_tenant_isolation ON cmis.ad_budget_changes
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.ad_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY ad_rules_tenant_isolation ON cmis.ad_rules
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.ad_campaigns, cmis.ad_sets, cmis.ad_creatives, cmis.ads,
    cmis.ad_metrics_daily, cmis.ad_audiences, cmis.ad_set_audiences, cmis.ad_platform_sync_states,
    cmis.ad_sync_runs, cmis.ad_conversion_events, cmis.ad_budget_changes, cmis.ad_rules TO cmis_app;
GRANT SELECT ON cmis.ad_campaigns, cmis.ad_sets, cmis.ad_creatives, cmis.ads, cmis.ad_metrics_daily,
    cmis.ad_audiences, cmis.ad_set_audiences, cmis.ad_platform_sync_states, cmis.ad_sync_runs,
    cmis.ad_budget_changes, cmis.ad_rules TO cmis_readonly;
GRANT SELECT ON cmis.ad_campaign_spend_v TO cmis_app, cmis_readonly;
