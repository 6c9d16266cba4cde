-- AI Agent Context
-- Purpose:   AI/ML features and reporting analytics. cmis_ai_analytics holds the model registry,
--            vector embeddings (pgvector, 1536 dimensions, HNSW cosine index) for semantic
--            search, cognitive (market/topic) trends, predictions, inference request accounting,
--            model evaluations and AI-generated insights. cmis_analytics holds daily campaign
--            performance, KPI targets, attribution touchpoints and scheduled reports, plus the
--            monthly performance materialized view refreshed by a SECURITY DEFINER function.
-- Tables:    cmis_ai_analytics.ai_models, cmis_ai_analytics.embeddings,
--            cmis_ai_analytics.cognitive_trends, cmis_ai_analytics.predictions,
--            cmis_ai_analytics.ai_inference_requests, cmis_ai_analytics.ai_model_evaluations,
--            cmis_ai_analytics.ai_insights, cmis_analytics.performance_daily,
--            cmis_analytics.kpi_targets, cmis_analytics.attribution_touchpoints,
--            cmis_analytics.report_definitions, cmis_analytics.report_runs
-- Views:     cmis_ai_analytics.active_ai_models_v, cmis_analytics.campaign_kpi_progress_v,
--            cmis_analytics.campaign_performance_monthly_mv (materialized)
-- Depends:   extensions_and_schemas (vector, schemas), core_identity_and_access (cmis.orgs,
--            cmis.users), campaigns_and_contexts (cmis.campaigns).
--            FKs/EXCLUDE in all_constraints.sql, HNSW and view indexes in all_indexes.sql.

CREATE TYPE cmis_ai_analytics.model_task AS ENUM ('embedding', 'classification', 'generation', 'forecasting', 'ranking', 'vision');
COMMENT ON TYPE cmis_ai_analytics.model_task IS 'What an AI model is used for.';

CREATE DOMAIN cmis_ai_analytics.probability AS numeric(5,4)
    CHECK (VALUE >= 0 AND VALUE <= 1);
COMMENT ON DOMAIN cmis_ai_analytics.probability IS 'A probability or confidence in [0, 1].';

CREATE TYPE cmis_analytics.metric_totals AS (
    impressions bigint,
    clicks bigint,
    spend numeric(14,2),
    conversions numeric(14,2),
    conversion_value numeric(14,2)
);
COMMENT ON TYPE cmis_analytics.metric_totals IS 'Summed delivery metrics returned by the reporting functions.';

CREATE TABLE cmis_ai_analytics.ai_models (
    model_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid,
    provider text NOT NULL,
    model_name text NOT NULL,
    model_version text DEFAULT 'latest' NOT NULL,
    task cmis_ai_analytics.model_task NOT NULL,
    embedding_dimensions integer,
    context_window integer,
    cost_per_1k_input_tokens numeric(10,6) DEFAULT 0 NOT NULL,
    cost_per_1k_output_tokens numeric(10,6) DEFAULT 0 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ai_models_pkey PRIMARY KEY (model_id),
    CONSTRAINT ai_models_provider_check CHECK (provider IN ('openai', 'anthropic', 'google', 'cohere', 'mistral', 'internal')),
    CONSTRAINT ai_models_embedding_dimensions_check CHECK (task <> 'embedding' OR embedding_dimensions = 1536),
    CONSTRAINT ai_models_costs_check CHECK (cost_per_1k_input_tokens >= 0 AND cost_per_1k_output_tokens >= 0),
    CONSTRAINT ai_models_context_window_check CHECK (context_window IS NULL OR context_window > 0)
);
COMMENT ON TABLE cmis_ai_analytics.ai_models IS 'Registry of AI models; org_id NULL models are shared by all tenants.';
COMMENT ON COLUMN cmis_ai_analytics.ai_models.embedding_dimensions IS 'Vector size for embedding models; CMIS stores 1536-dimension vectors only.';

CREATE TABLE cmis_ai_analytics.embeddings (
    embedding_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    model_id uuid NOT NULL,
    source_schema name NOT NULL,
    source_table name NOT NULL,
    source_id uuid NOT NULL,
    chunk_index integer DEFAULT 0 NOT NULL,
    content text NOT NULL,
    content_hash text NOT NULL,
    token_count integer,
    embedding public.vector(1536) NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT embeddings_pkey PRIMARY KEY (embedding_id),
    CONSTRAINT embeddings_chunk_index_check CHECK (chunk_index >= 0),
    CONSTRAINT embeddings_token_count_check CHECK (token_count IS NULL OR token_count BETWEEN 1 AND 8191)
);
COMMENT ON TABLE cmis_ai_analytics.embeddings IS 'Vector embeddings of chunks of any CMIS text (posts, creatives, templates ...), searched by cosine distance.';
COMMENT ON COLUMN cmis_ai_analytics.embeddings.content_hash IS 'md5 of content, set by trigger; unchanged content is not re-embedded.';
COMMENT ON COLUMN cmis_ai_analytics.embeddings.embedding IS '1536-dimension embedding, indexed with HNSW (vector_cosine_ops).';

CREATE TABLE cmis_ai_analytics.cognitive_trends (
    trend_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    topic text NOT NULL,
    description text,
    trend_status text DEFAULT 'emerging' NOT NULL,
    trend_score numeric(6,3) NOT NULL,
    momentum numeric(7,4) DEFAULT 0 NOT NULL,
    sentiment numeric(4,3),
    keywords text[] DEFAULT '{}'::text[] NOT NULL,
    observed_window tstzrange NOT NULL,
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    topic_embedding public.vector(1536),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(topic, '') || ' ' || coalesce(description, ''))) STORED,
    detected_at timestamptz DEFAULT now() NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT cognitive_trends_pkey PRIMARY KEY (trend_id),
    CONSTRAINT cognitive_trends_status_check CHECK (trend_status IN ('emerging', 'rising', 'peaking', 'declining', 'stale')),
    CONSTRAINT cognitive_trends_score_check CHECK (trend_score BETWEEN 0 AND 100),
    CONSTRAINT cognitive_trends_sentiment_check CHECK (sentiment IS NULL OR sentiment BETWEEN -1 AND 1),
    CONSTRAINT cognitive_trends_window_bounded CHECK (NOT isempty(observed_window) AND NOT lower_inf(observed_window))
);
COMMENT ON TABLE cmis_ai_analytics.cognitive_trends IS 'Topics and themes detected as trending in the market or in the tenant audience.';
COMMENT ON COLUMN cmis_ai_analytics.cognitive_trends.momentum IS 'Change of trend_score per day over the observed window.';

CREATE TABLE cmis_ai_analytics.predictions (
    prediction_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    model_id uuid NOT NULL,
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    prediction_type text NOT NULL,
    predicted_for date NOT NULL,
    horizon_days smallint DEFAULT 7 NOT NULL,
    predicted_value numeric(18,6) NOT NULL,
    prediction_interval numrange,
    confidence cmis_ai_analytics.probability,
    actual_value numeric(18,6),
    absolute_error numeric(18,6),
    features jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    evaluated_at timestamptz,
    CONSTRAINT predictions_pkey PRIMARY KEY (prediction_id),
    CONSTRAINT predictions_subject_type_check CHECK (subject_type IN ('campaign', 'ad_campaign', 'social_post', 'audience', 'org')),
    CONSTRAINT predictions_type_check CHECK (prediction_type IN ('spend', 'conversions', 'ctr', 'engagement', 'churn', 'revenue')),
    CONSTRAINT predictions_horizon_check CHECK (horizon_days BETWEEN 1 AND 365),
    CONSTRAINT predictions_evaluated_check CHECK ((evaluated_at IS NULL) = (actual_value IS NULL))
);
COMMENT ON TABLE cmis_ai_analytics.predictions IS 'Model forecasts for a subject, later evaluated against the actual value.';

CREATE TABLE cmis_ai_analytics.ai_inference_requests (
    request_id uuid DEFAULT uuidv7() NOT NULL,
    request_number bigint NOT NULL,
    org_id uuid NOT NULL,
    model_id uuid NOT NULL,
    user_id uuid,
    purpose text NOT NULL,
    status text DEFAULT 'pending' NOT NULL,
    input_tokens integer DEFAULT 0 NOT NULL,
    output_tokens integer DEFAULT 0 NOT NULL,
    latency_ms integer,
    cost numeric(12,6) DEFAULT 0 NOT NULL,
    error_message text,
    requested_at timestamptz DEFAULT now() NOT NULL,
    completed_at timestamptz,
    CONSTRAINT ai_inference_requests_pkey PRIMARY KEY (request_id),
    CONSTRAINT ai_inference_requests_status_check CHECK (status IN ('pending', 'succeeded', 'failed', 'timeout')),
    CONSTRAINT ai_inference_requests_tokens_check CHECK (input_tokens >= 0 AND output_tokens >= 0),
    CONSTRAINT ai_inference_requests_cost_check CHECK (cost >= 0),
    CONSTRAINT ai_inference_requests_completion_check CHECK (completed_at IS NULL OR completed_at >= requested_at)
);
COMMENT ON TABLE cmis_ai_analytics.ai_inference_requests IS 'Every call to an AI model, for usage limits and cost accounting.';

CREATE TABLE cmis_ai_analytics.ai_model_evaluations (
    evaluation_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    model_id uuid NOT NULL,
    dataset_label text NOT NULL,
    metric_name text NOT NULL,
    metric_value numeric(12,6) NOT NULL,
    sample_count integer NOT NULL,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    evaluated_by uuid,
    evaluated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ai_model_evaluations_pkey PRIMARY KEY (evaluation_id),
    CONSTRAINT ai_model_evaluations_metric_check CHECK (metric_name IN ('accuracy', 'precision', 'recall', 'f1', 'mape', 'rmse', 'ndcg', 'human_rating')),
    CONSTRAINT ai_model_evaluations_sample_check CHECK (sample_count > 0)
);
COMMENT ON TABLE cmis_ai_analytics.ai_model_evaluations IS 'Offline evaluation scores of a model on a tenant data set.';

CREATE TABLE cmis_ai_analytics.ai_insights (
    insight_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    model_id uuid,
    insight_type text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    severity smallint DEFAULT 3 NOT NULL,
    confidence cmis_ai_analytics.probability,
    evidence jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_dismissed boolean DEFAULT false NOT NULL,
    dismissed_by uuid,
    dismissed_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT ai_insights_pkey PRIMARY KEY (insight_id),
    CONSTRAINT ai_insights_type_check CHECK (insight_type IN ('anomaly', 'opportunity', 'budget', 'creative_fatigue', 'audience', 'trend')),
    CONSTRAINT ai_insights_severity_check CHECK (severity BETWEEN 1 AND 5),
    CONSTRAINT ai_insights_dismissal_check CHECK (is_dismissed = (dismissed_at IS NOT NULL))
);
COMMENT ON TABLE cmis_ai_analytics.ai_insights IS 'Insights and recommendations generated by AI for a tenant or one of its campaigns.';

CREATE TABLE cmis_analytics.performance_daily (
    performance_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    channel text NOT NULL,
    metric_date date NOT NULL,
    impressions bigint DEFAULT 0 NOT NULL,
    clicks bigint DEFAULT 0 NOT NULL,
    spend numeric(14,2) DEFAULT 0 NOT NULL,
    conversions numeric(14,2) DEFAULT 0 NOT NULL,
    conversion_value numeric(14,2) DEFAULT 0 NOT NULL,
    engagements bigint DEFAULT 0 NOT NULL,
    roas numeric(12,4) GENERATED ALWAYS AS (CASE WHEN spend > 0 THEN round(conversion_value / spend, 4) END) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT performance_daily_pkey PRIMARY KEY (performance_id),
    CONSTRAINT performance_daily_channel_check CHECK (channel IN ('paid_social', 'paid_search', 'organic_social', 'email', 'display', 'video', 'other')),
    CONSTRAINT performance_daily_non_negative CHECK (impressions >= 0 AND clicks >= 0 AND spend >= 0 AND conversions >= 0 AND conversion_value >= 0 AND engagements >= 0)
);
COMMENT ON TABLE cmis_analytics.performance_daily IS 'Cross-channel daily performance per campaign, consolidated from ads and social metrics.';
COMMENT ON COLUMN cmis_analytics.performance_daily.roas IS 'Return on ad spend: conversion_value / spend.';

CREATE TABLE cmis_analytics.kpi_targets (
    kpi_target_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    metric_name text NOT NULL,
    target_value numeric(18,4) NOT NULL,
    comparison text DEFAULT 'gte' NOT NULL,
    valid_during daterange NOT NULL,
    owner_id uuid,
    notes text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT kpi_targets_pkey PRIMARY KEY (kpi_target_id),
    CONSTRAINT kpi_targets_metric_check CHECK (metric_name IN ('impressions', 'clicks', 'spend', 'conversions', 'conversion_value', 'roas', 'ctr', 'cpa')),
    CONSTRAINT kpi_targets_comparison_check CHECK (comparison IN ('gte', 'lte')),
    CONSTRAINT kpi_targets_period_bounded CHECK (NOT isempty(valid_during) AND NOT lower_inf(valid_during) AND NOT upper_inf(valid_during))
);
COMMENT ON TABLE cmis_analytics.kpi_targets IS 'KPI goals of a campaign over a period; periods of one metric may not overlap.';

CREATE TABLE cmis_analytics.attribution_touchpoints (
    touchpoint_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    conversion_key text NOT NULL,
    channel text NOT NULL,
    touch_at timestamptz NOT NULL,
    touch_position smallint NOT NULL,
    attribution_model text NOT NULL,
    credit numeric(7,6) NOT NULL,
    attributed_revenue numeric(14,2) DEFAULT 0 NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT attribution_touchpoints_pkey PRIMARY KEY (touchpoint_id),
    CONSTRAINT attribution_touchpoints_model_check CHECK (attribution_model IN ('first_touch', 'last_touch', 'linear', 'time_decay', 'position_based', 'data_driven')),
    CONSTRAINT attribution_touchpoints_credit_check CHECK (credit >= 0 AND credit <= 1),
    CONSTRAINT attribution_touchpoints_position_check CHECK (touch_position >= 1)
);
COMMENT ON TABLE cmis_analytics.attribution_touchpoints IS 'Touchpoints on the path to a conversion with the credit each model assigns.';
COMMENT ON COLUMN cmis_analytics.attribution_touchpoints.conversion_key IS 'Identifier of the conversion the touchpoint led to (order id, lead id).';

CREATE TABLE cmis_analytics.report_definitions (
    report_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    query_spec jsonb NOT NULL,
    output_format text DEFAULT 'csv' NOT NULL,
    schedule_cron text,
    recipients cmis.email_address[] DEFAULT '{}'::cmis.email_address[] NOT NULL,
    owner_id uuid,
    is_active boolean DEFAULT true NOT NULL,
    last_run_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT report_definitions_pkey PRIMARY KEY (report_id),
    CONSTRAINT report_definitions_format_check CHECK (output_format IN ('csv', 'xlsx', 'pdf', 'json')),
    CONSTRAINT report_definitions_cron_check CHECK (schedule_cron IS NULL OR schedule_cron ~ '^(\S+\s+){4}\S+$'),
    CONSTRAINT report_definitions_spec_object CHECK (jsonb_typeof(query_spec) = 'object')
);
COMMENT ON TABLE cmis_analytics.report_definitions IS 'Saved and scheduled reports of a tenant.';
COMMENT ON COLUMN cmis_analytics.report_definitions.schedule_cron IS 'Five-field cron expression in UTC; NULL for on-demand reports.';

CREATE TABLE cmis_analytics.report_runs (
    report_run_id uuid DEFAULT uuidv7() NOT NULL,
    run_number integer NOT NULL,
    org_id uuid NOT NULL,
    report_id uuid NOT NULL,
    triggered_by uuid,
    status text DEFAULT 'running' NOT NULL,
    started_at timestamptz DEFAULT now() NOT NULL,
    finished_at timestamptz,
    row_count integer,
    output_url text,
    error_message text,
    CONSTRAINT report_runs_pkey PRIMARY KEY (report_run_id),
    CONSTRAINT report_runs_status_check CHECK (status IN ('running', 'succeeded', 'failed')),
    CONSTRAINT report_runs_finish_after_start CHECK (finished_at IS NULL OR finished_at >= started_at),
    CONSTRAINT report_runs_failed_has_error CHECK (status <> 'failed' OR error_message IS NOT NULL)
);
COMMENT ON TABLE cmis_analytics.report_runs IS 'Executions of a report with their outcome and output location.';

-- Views.
CREATE VIEW cmis_ai_analytics.active_ai_models_v WITH (security_invoker = true) AS
    SELECT m.model_id,
           m.org_id,
           m.provider,
           m.model_name,
           m.model_version,
           m.task,
           m.embedding_dimensions,
           m.cost_per_1k_input_tokens,
           m.cost_per_1k_output_tokens
      FROM cmis_ai_analytics.ai_models m
     WHERE m.is_active AND m.deleted_at IS NULL;
COMMENT ON VIEW cmis_ai_analytics.active_ai_models_v IS 'Models that may be used now (shared and tenant-owned).';

CREATE VIEW cmis_analytics.campaign_kpi_progress_v WITH (security_invoker = true) AS
    SELECT t.kpi_target_id,
           t.org_id,
           t.campaign_id,
           t.metric_name,
           t.comparison,
           t.target_value,
           t.valid_during,
           CASE t.metric_name
               WHEN 'impressions' THEN sum(p.impressions)::numeric
               WHEN 'clicks' THEN sum(p.clicks)::numeric
               WHEN 'spend' THEN sum(p.spend)
               WHEN 'conversions' THEN sum(p.conversions)
               WHEN 'conversion_value' THEN sum(p.conversion_value)
               WHEN 'roas' THEN sum(p.conversion_value) / nullif(sum(p.spend), 0)
               WHEN 'ctr' THEN sum(p.clicks)::numeric / nullif(sum(p.impressions), 0)
               WHEN 'cpa' THEN sum(p.spend) / nullif(sum(p.conversions), 0)
           END AS actual_value
      FROM cmis_analytics.kpi_targets t
      LEFT JOIN cmis_analytics.performance_daily p
        ON p.campaign_id = t.campaign_id AND p.metric_date <@ t.valid_during
     WHERE t.deleted_at IS NULL
     GROUP BY t.kpi_target_id, t.org_id, t.campaign_id, t.metric_name, t.comparison, t.target_value, t.valid_during;
COMMENT ON VIEW cmis_analytics.campaign_kpi_progress_v IS 'Each KPI target with the actual value reached in its period.';

CREATE MATERIALIZED VIEW cmis_analytics.campaign_performance_monthly_mv AS
    SELECT p.org_id,
           p.campaign_id,
           p.channel,
           date_trunc('month', p.metric_date)::date AS month,
           sum(p.impressions)::bigint AS impressions,
           sum(p.clicks)::bigint AS clicks,
           sum(p.spend)::numeric(14,2) AS spend,
           sum(p.conversions)::numeric(14,2) AS conversions,
           sum(p.conversion_value)::numeric(14,2) AS conversion_value,
           count(*)::integer AS days_reported
      FROM cmis_analytics.performance_daily p
     GROUP BY p.org_id, p.campaign_id, p.channel, date_trunc('month', p.metric_date)::date;
COMMENT ON MATERIALIZED VIEW cmis_analytics.campaign_performance_monthly_mv IS 'Monthly performance per campaign and channel; refreshed by cmis_analytics.refresh_campaign_performance_monthly().';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis_ai_analytics.ai_models ENABLE ROW LEVEL SECURITY;
CREATE POLICY ai_models_tenant_isolation ON cmis_ai_analytics.ai_models
    USING (org_id IS NULL OR org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ai_analytics.embeddings ENABLE ROW LEVEL SECURITY;
CREATE POLICY embeddings_tenant_isolation ON cmis_ai_analytics.embeddings
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ai_analytics.cognitive_trends ENABLE ROW LEVEL SECURITY;
CREATE POLICY cognitive_trends_tenant_isolation ON cmis_ai_analytics.cognitive_trends
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ai_analytics.predictions ENABLE ROW LEVEL SECURITY;
CREATE POLICY predictions_tenant_isolation ON cmis_ai_analytics.predictions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ai_analytics.ai_inference_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY ai_inference_requests_tenant_isolation ON cmis_ai_analytics.ai_inference_requests
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ai_analytics.ai_model_evaluations ENABLE ROW LEVEL SECURITY;
CREATE POLICY ai_model_evaluations_tenant_isolation ON cmis_ai_analytics.ai_model_evaluations
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ai_analytics.ai_insights ENABLE ROW LEVEL SECURITY;
CREATE POLICY ai_insights_tenant_isolation ON cmis_ai_analytics.ai_insights
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_analytics.performance_daily ENABLE ROW LEVEL SECURITY;
CREATE POLICY performance_daily_tenant_isolation ON cmis_analytics.performance_daily
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_analytics.kpi_targets ENABLE ROW LEVEL SECURITY;
CREATE POLICY kpi_targets_tenant_isolation ON cmis_analytics.kpi_targets
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_analytics.attribution_touchpoints ENABLE ROW LEVEL SECURITY;
CREATE POLICY attribution_touchpoints_tenant_isolation ON cmis_analytics.attribution_touchpoints
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_analytics.report_definitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_definitions_tenant_isolation ON cmis_analytics.report_definitions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_analytics.report_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_runs_tenant_isolation ON cmis_analytics.report_runs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges. The materialized view is not row-level secured, so only the reporting role reads it.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_ai_analytics.ai_models, cmis_ai_analytics.embeddings,
    cmis_ai_analytics.cognitive_trends, cmis_ai_analytics.predictions,
    cmis_ai_analytics.ai_inference_requests, cmis_ai_analytics.ai_model_evaluations,
    cmis_ai_analytics.ai_insights TO cmis_app;
GRANT SELECT ON cmis_ai_analytics.ai_models, cmis_ai_analytics.cognitive_trends,
    cmis_ai_analytics.predictions, cmis_ai_analytics.ai_inference_requests,
    cmis_ai_analytics.ai_model_evaluations, cmis_ai_analytics.ai_insights TO cmis_readonly;
GRANT SELECT ON cmis_ai_analytics.active_ai_models_v TO cmis_app, cmis_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_analytics.performance_daily, cmis_analytics.kpi_targets,
    cmis_analytics.attribution_touchpoints, cmis_analytics.report_definitions,
    cmis_analytics.report_runs TO cmis_app;
GRANT SELECT ON cmis_analytics.performance_daily, cmis_analytics.kpi_targets,
    cmis_analytics.attribution_touchpoints, cmis_analytics.report_definitions,
    cmis_analytics.report_runs TO cmis_readonly;
GRANT SELECT ON cmis_analytics.campaign_kpi_progress_v TO cmis_app, cmis_readonly;
GRANT SELECT ON cmis_analytics.campaign_performance_monthly_mv TO cmis_readonly;
