-- AI Agent Context
-- Purpose:   Phase 3 campaign management: campaigns (the central business object of CMIS), the
--            contexts that inform them (brand, product, market, audience knowledge arranged as a
--            tree and embedded for semantic retrieval), reusable segments and platform audiences,
--            and per-campaign budgets, channels, goals, milestones, team members and the status
--            history written by trigger. cmis.campaigns(campaign_id) is the anchor other domains
--            reference (content, ad platforms, experiments, social publishing).
-- Tables:    cmis.campaigns, cmis.contexts, cmis.campaign_context_links, cmis.segments,
--            cmis.audiences, cmis.campaign_audiences, cmis.campaign_budgets,
--            cmis.campaign_channels, cmis.campaign_goals, cmis.campaign_milestones,
--            cmis.campaign_members, cmis.campaign_status_history
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id),
--            public_reference_tables (objectives, funnel stages, currencies, channel types, KPI
--            metrics, attribution models, platforms), integrations_and_accounts (cmis.ad_accounts).
--            FKs live in all_constraints.sql, indexes in all_indexes.sql, sequences in
--            all_sequences.sql, functions in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE cmis.campaign_status AS ENUM ('draft', 'planned', 'scheduled', 'active', 'paused', 'completed', 'cancelled', 'archived');
COMMENT ON TYPE cmis.campaign_status IS 'Campaign lifecycle; allowed transitions are enforced by cmis.campaigns_guard_status_transition().';

CREATE DOMAIN cmis.budget_amount AS numeric(14,2)
    CHECK (VALUE >= 0 AND VALUE < 1000000000000);
COMMENT ON DOMAIN cmis.budget_amount IS 'Non-negative money amount with two decimals in the currency of the row.';

CREATE TABLE cmis.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_number bigint NOT NULL,
    name text NOT NULL,
    description text,
    objective_code text,
    funnel_stage_code text,
    status cmis.campaign_status DEFAULT 'draft' NOT NULL,
    priority smallint DEFAULT 3 NOT NULL,
    currency_code char(3) DEFAULT 'USD' NOT NULL,
    total_budget cmis.budget_amount,
    start_date date,
    end_date date,
    attribution_model_code text,
    ad_account_id uuid,
    parent_campaign_id uuid,
    owner_user_id uuid,
    created_by uuid,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    launched_at timestamptz,
    archived_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT campaigns_priority_range CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT campaigns_not_own_parent CHECK (parent_campaign_id IS NULL OR parent_campaign_id <> campaign_id),
    CONSTRAINT campaigns_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT campaigns_active_has_start CHECK (status NOT IN ('scheduled', 'active') OR start_date IS NOT NULL)
);
COMMENT ON TABLE cmis.campaigns IS 'Marketing campaigns of an org: objective, budget, flight dates and lifecycle status.';
COMMENT ON COLUMN cmis.campaigns.campaign_id IS 'Primary key referenced by content, ad platform, experiment and social tables.';
COMMENT ON COLUMN cmis.campaigns.campaign_number IS 'Human-readable number (CMP-1042) from cmis.campaign_number_seq.';
COMMENT ON COLUMN cmis.campaigns.total_budget IS 'Planned lifetime budget in currency_code; detailed budgets are in cmis.campaign_budgets.';

CREATE TABLE cmis.contexts (
    context_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    context_type text NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    description text,
    body text,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    parent_context_id uuid,
    path public.ltree,
    version integer DEFAULT 1 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    embedding public.vector(1536),
    embedding_model text,
    embedded_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(body, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT contexts_pkey PRIMARY KEY (context_id),
    CONSTRAINT contexts_type_valid CHECK (context_type IN ('brand', 'product', 'market', 'audience', 'competitor', 'seasonal', 'value_proposition', 'offering')),
    CONSTRAINT contexts_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9_]*$'),
    CONSTRAINT contexts_version_positive CHECK (version > 0),
    CONSTRAINT contexts_embedding_has_model CHECK (embedding IS NULL OR embedding_model IS NOT NULL)
);
COMMENT ON TABLE cmis.contexts IS 'Knowledge that shapes campaigns (brand voice, products, markets, personas), as a tree with embeddings.';
COMMENT ON COLUMN cmis.contexts.path IS 'ltree of slugs from the root context, maintained by trigger from parent_context_id.';
COMMENT ON COLUMN cmis.contexts.embedding IS '1536-dimension embedding of name, description and body for semantic retrieval.';

CREATE TABLE cmis.campaign_context_links (
    link_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    context_id uuid NOT NULL,
    link_type text DEFAULT 'primary' NOT NULL,
    weight numeric(5,4) DEFAULT 1 NOT NULL,
    notes text,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaign_context_links_pkey PRIMARY KEY (link_id),
    CONSTRAINT campaign_context_links_type_valid CHECK (link_type IN ('primary', 'supporting', 'exclusion', 'inspiration')),
    CONSTRAINT campaign_context_links_weight_range CHECK (weight BETWEEN 0 AND 1)
);
COMMENT ON TABLE cmis.campaign_context_links IS 'Which contexts a campaign draws on, with a relevance weight used by generation.';

CREATE TABLE cmis.segments (
    segment_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    rules jsonb DEFAULT '{"all": []}'::jsonb NOT NULL,
    is_dynamic boolean DEFAULT true NOT NULL,
    estimated_size bigint,
    last_computed_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT segments_pkey PRIMARY KEY (segment_id),
    CONSTRAINT segments_rules_is_object CHECK (jsonb_typeof(rules) = 'object'),
    CONSTRAINT segments_estimated_size_nonnegative CHECK (estimated_size >= 0)
);
COMMENT ON TABLE cmis.segments IS 'Platform-neutral segment definitions (rule trees over customer attributes).';
COMMENT ON COLUMN cmis.segments.rules IS 'Rule tree such as {"all": [{"attr": "country", "in": ["DE", "AT"]}]}.';

CREATE TABLE cmis.audiences (
    audience_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    segment_id uuid,
    ad_account_id uuid,
    platform_code text,
    name text NOT NULL,
    audience_type text DEFAULT 'saved' NOT NULL,
    age_span int4range DEFAULT '[18,66)'::int4range NOT NULL,
    gender_codes text[] DEFAULT '{}'::text[] NOT NULL,
    country_codes char(2)[] DEFAULT '{}'::char(2)[] NOT NULL,
    language_codes text[] DEFAULT '{}'::text[] NOT NULL,
    interests text[] DEFAULT '{}'::text[] NOT NULL,
    lookalike_source_audience_id uuid,
    lookalike_ratio numeric(4,3),
    external_audience_id text,
    size_estimate bigint,
    targeting jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT audiences_pkey PRIMARY KEY (audience_id),
    CONSTRAINT audiences_type_valid CHECK (audience_type IN ('saved', 'custom', 'lookalike', 'interest', 'retargeting')),
    CONSTRAINT audiences_lookalike_complete CHECK (audience_type <> 'lookalike' OR (lookalike_source_audience_id IS NOT NULL AND lookalike_ratio IS NOT NULL)),
    CONSTRAINT audiences_lookalike_ratio_range CHECK (lookalike_ratio BETWEEN 0.01 AND 0.20),
    CONSTRAINT audiences_age_span_valid CHECK (lower(age_span) >= 13 AND (upper_inf(age_span) OR upper(age_span) <= 100)),
    CONSTRAINT audiences_size_nonnegative CHECK (size_estimate >= 0)
);
COMMENT ON TABLE cmis.audiences IS 'Targetable audiences, optionally built from a segment and pushed to an ad account.';
COMMENT ON COLUMN cmis.audiences.age_span IS 'Targeted ages as a range, e.g. [25,45).';

CREATE TABLE cmis.campaign_audiences (
    campaign_audience_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    audience_id uuid NOT NULL,
    is_excluded boolean DEFAULT false NOT NULL,
    bid_modifier numeric(5,2) DEFAULT 1.00 NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaign_audiences_pkey PRIMARY KEY (campaign_audience_id),
    CONSTRAINT campaign_audiences_bid_modifier_range CHECK (bid_modifier BETWEEN 0.10 AND 10.00)
);
COMMENT ON TABLE cmis.campaign_audiences IS 'Audiences targeted (or excluded) by a campaign.';

CREATE TABLE cmis.campaign_budgets (
    budget_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    budget_type text NOT NULL,
    period daterange NOT NULL,
    amount cmis.budget_amount NOT NULL,
    currency_code char(3) NOT NULL,
    spent_amount cmis.budget_amount DEFAULT 0 NOT NULL,
    pacing text DEFAULT 'standard' NOT NULL,
    notes text,
    approved_by uuid,
    approved_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT campaign_budgets_pkey PRIMARY KEY (budget_id),
    CONSTRAINT campaign_budgets_type_valid CHECK (budget_type IN ('daily', 'weekly', 'monthly', 'flight', 'lifetime')),
    CONSTRAINT campaign_budgets_pacing_valid CHECK (pacing IN ('standard', 'accelerated', 'front_loaded')),
    CONSTRAINT campaign_budgets_period_bounded CHECK (NOT lower_inf(period) AND NOT isempty(period)),
    CONSTRAINT campaign_budgets_approval_complete CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
COMMENT ON TABLE cmis.campaign_budgets IS 'Budget lines of a campaign per period; lines of one type never overlap in time.';
COMMENT ON COLUMN cmis.campaign_budgets.period IS 'Dates covered by the line, e.g. [2025-11-01,2025-12-01).';

CREATE TABLE cmis.campaign_channels (
    campaign_channel_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    channel_code text NOT NULL,
    allocation_pct numeric(5,2) DEFAULT 0 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaign_channels_pkey PRIMARY KEY (campaign_channel_id),
    CONSTRAINT campaign_channels_allocation_range CHECK (allocation_pct BETWEEN 0 AND 100)
);
COMMENT ON TABLE cmis.campaign_channels IS 'Channels a campaign runs on and the share of budget allocated to each.';

CREATE TABLE cmis.campaign_goals (
    goal_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    metric_code text NOT NULL,
    comparison text DEFAULT 'gte' NOT NULL,
    target_value numeric(18,4) NOT NULL,
    baseline_value numeric(18,4),
    current_value numeric(18,4),
    due_date date,
    achieved_at timestamptz,
    is_primary boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT campaign_goals_pkey PRIMARY KEY (goal_id),
    CONSTRAINT campaign_goals_comparison_valid CHECK (comparison IN ('gte', 'lte', 'eq')),
    CONSTRAINT campaign_goals_target_nonnegative CHECK (target_value >= 0)
);
COMMENT ON TABLE cmis.campaign_goals IS 'Measurable KPI targets of a campaign; at most one primary goal per campaign.';

CREATE TABLE cmis.campaign_milestones (
    milestone_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    due_at timestamptz NOT NULL,
    completed_at timestamptz,
    completed_by uuid,
    sort_order integer DEFAULT 0 NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaign_milestones_pkey PRIMARY KEY (milestone_id),
    CONSTRAINT campaign_milestones_completion_complete CHECK (completed_at IS NOT NULL OR completed_by IS NULL)
);
COMMENT ON TABLE cmis.campaign_milestones IS 'Key dates of a campaign (brief approved, creatives delivered, launch, wrap-up).';

CREATE TABLE cmis.campaign_members (
    campaign_member_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    user_id uuid NOT NULL,
    member_role text DEFAULT 'editor' NOT NULL,
    added_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaign_members_pkey PRIMARY KEY (campaign_member_id),
    CONSTRAINT campaign_members_role_valid CHECK (member_role IN ('owner', 'editor', 'reviewer', 'viewer'))
);
COMMENT ON TABLE cmis.campaign_members IS 'Users working on a campaign and their role on it.';

CREATE TABLE cmis.campaign_status_history (
    history_id bigint NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    old_status cmis.campaign_status,
    new_status cmis.campaign_status NOT NULL,
    changed_by uuid,
    reason text,
    changed_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaign_status_history_pkey PRIMARY KEY (history_id),
    CONSTRAINT campaign_status_history_changed CHECK (old_status IS DISTINCT FROM new_status)
);
COMMENT ON TABLE cmis.campaign_status_history IS 'Append-only log of campaign status changes, written by trigger.';

-- Views.
CREATE VIEW cmis.v_campaign_overview WITH (security_invoker = true) AS
    SELECT c.campaign_id,
           c.org_id,
           c.campaign_number,
           c.name,
           c.status,
           c.objective_code,
           c.start_date,
           c.end_date,
           c.currency_code,
           c.total_budget,
           coalesce(b.budgeted, 0)::numeric(14,2) AS budgeted_amount,
           coalesce(b.spent, 0)::numeric(14,2) AS spent_amount,
           (SELECT count(*) FROM cmis.campaign_channels ch
             WHERE ch.campaign_id = c.campaign_id AND ch.is_active) AS active_channel_count,
           (SELECT count(*) FROM cmis.campaign_context_links l
             WHERE l.campaign_id = c.campaign_id) AS context_count,
           g.metric_code AS primary_metric_code,
           g.target_value AS primary_target_value,
           g.current_value AS primary_current_value,
           c.owner_user_id,
           c.updated_at
      FROM cmis.campaigns c
      LEFT JOIN LATERAL (
            SELECT sum(cb.amount) AS budgeted, sum(cb.spent_amount) AS spent
              FROM cmis.campaign_budgets cb
             WHERE cb.campaign_id = c.campaign_id AND cb.deleted_at IS NULL) b ON true
      LEFT JOIN cmis.campaign_goals g
        ON g.campaign_id = c.campaign_id AND g.is_primary AND g.deleted_at IS NULL
     WHERE c.deleted_at IS NULL;
COMMENT ON VIEW cmis.v_campaign_overview IS 'Campaign list with budget totals, channel and context counts and the primary goal; security_invoker so RLS applies.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaigns_tenant_isolation ON cmis.campaigns
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
CREATE POLICY campaigns_readonly_hide_drafts ON cmis.campaigns AS RESTRICTIVE FOR SELECT TO cmis_readonly
    USING (status <> 'draft' AND deleted_at IS NULL);
ALTER TABLE cmis.contexts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contexts_tenant_isolation ON cmis.contexts
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_context_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_context_links_tenant_isolation ON cmis.campaign_context_links
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.segments ENABLE ROW LEVEL SECURITY;
CREATE POLICY segments_tenant_isolation ON cmis.segments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.audiences ENABLE ROW LEVEL SECURITY;
CREATE POLICY audiences_tenant_isolation ON cmis.audiences
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_audiences ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_audiences_tenant_isolation ON cmis.campaign_audiences
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_budgets ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_budgets_tenant_isolation ON cmis.campaign_budgets
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_channels ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_channels_tenant_isolation ON cmis.campaign_channels
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_goals ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_goals_tenant_isolation ON cmis.campaign_goals
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_milestones ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_milestones_tenant_isolation ON cmis.campaign_milestones
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_members_tenant_isolation ON cmis.campaign_members
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_status_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_status_history_tenant_isolation ON cmis.campaign_status_history
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.campaigns, cmis.contexts, cmis.campaign_context_links,
    cmis.segments, cmis.audiences, cmis.campaign_audiences, cmis.campaign_budgets,
    cmis.campaign_channels, cmis.campaign_goals, cmis.campaign_milestones, cmis.campaign_members
    TO cmis_app;
GRANT SELECT, INSERT ON cmis.campaign_status_history TO cmis_app;
GRANT SELECT ON cmis.campaigns, cmis.contexts, cmis.campaign_context_links, cmis.segments,
    cmis.audiences, cmis.campaign_audiences, cmis.campaign_budgets, cmis.campaign_channels,
    cmis.campaign_goals, cmis.campaign_milestones, cmis.campaign_members,
    cmis.campaign_status_history, cmis.v_campaign_overview TO cmis_readonly;
GRANT SELECT ON cmis.v_campaign_overview TO cmis_app;
