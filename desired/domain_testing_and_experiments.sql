-- AI Agent Context
-- Purpose:   A/B and multivariate testing of campaigns: experiments with a hypothesis and a
--            primary metric, weighted variants (one control), sticky subject assignments,
--            computed results per variant, plus the lab feature flags and raw exposure /
--            conversion event log used to run experiments behind flags.
-- Tables:    cmis.experiments, cmis.experiment_variants, cmis.experiment_assignments,
--            cmis.experiment_results, lab.experiment_feature_flags, lab.experiment_event_log
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users), campaigns_and_contexts
--            (cmis.campaigns), ad_platforms (cmis.ad_creatives for creative variants).
--            Sequences in all_sequences.sql, FKs/UNIQUEs/EXCLUDE in all_constraints.sql.

CREATE TYPE cmis.experiment_status AS ENUM ('draft', 'running', 'paused', 'completed', 'cancelled');
COMMENT ON TYPE cmis.experiment_status IS 'Life cycle of an experiment; transitions are guarded by trigger.';

CREATE TABLE cmis.experiments (
    experiment_id uuid DEFAULT uuidv7() NOT NULL,
    experiment_number integer NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    name text NOT NULL,
    hypothesis text,
    primary_metric text NOT NULL,
    status cmis.experiment_status DEFAULT 'draft' NOT NULL,
    traffic_allocation numeric(5,4) DEFAULT 1 NOT NULL,
    confidence_level numeric(4,3) DEFAULT 0.95 NOT NULL,
    minimum_sample_size integer DEFAULT 1000 NOT NULL,
    run_window tstzrange,
    winner_variant_id uuid,
    created_by uuid,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(hypothesis, '') || ' ' || coalesce(primary_metric, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT experiments_pkey PRIMARY KEY (experiment_id),
    CONSTRAINT experiments_traffic_allocation_check CHECK (traffic_allocation > 0 AND traffic_allocation <= 1),
    CONSTRAINT experiments_confidence_level_check CHECK (confidence_level >= 0.800 AND confidence_level < 1),
    CONSTRAINT experiments_min_sample_check CHECK (minimum_sample_size > 0),
    CONSTRAINT experiments_running_has_window CHECK (status NOT IN ('running', 'completed') OR run_window IS NOT NULL),
    CONSTRAINT experiments_winner_only_completed CHECK (winner_variant_id IS NULL OR status = 'completed')
);
COMMENT ON TABLE cmis.experiments IS 'A/B experiments on a campaign, measured on one primary metric.';
COMMENT ON COLUMN cmis.experiments.traffic_allocation IS 'Share (0..1] of eligible subjects entered into the experiment.';
COMMENT ON COLUMN cmis.experiments.run_window IS 'When the experiment runs; running experiments of a campaign on the same metric may not overlap.';

CREATE TABLE cmis.experiment_variants (
    variant_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    experiment_id uuid NOT NULL,
    variant_key text NOT NULL,
    name text NOT NULL,
    description text,
    is_control boolean DEFAULT false NOT NULL,
    weight numeric(5,4) NOT NULL,
    ad_creative_id uuid,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT experiment_variants_pkey PRIMARY KEY (variant_id),
    CONSTRAINT experiment_variants_key_format CHECK (variant_key ~ '^[a-z0-9][a-z0-9_-]{0,31}$'),
    CONSTRAINT experiment_variants_weight_check CHECK (weight >= 0 AND weight <= 1)
);
COMMENT ON TABLE cmis.experiment_variants IS 'Arms of an experiment; weights of an experiment must sum to 1 when it starts.';
COMMENT ON COLUMN cmis.experiment_variants.variant_key IS 'Stable key used by clients (control, b, c ...).';

CREATE TABLE cmis.experiment_assignments (
    assignment_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    experiment_id uuid NOT NULL,
    variant_id uuid NOT NULL,
    subject_type text NOT NULL,
    subject_key text NOT NULL,
    assigned_at timestamptz DEFAULT now() NOT NULL,
    context jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT experiment_assignments_pkey PRIMARY KEY (assignment_id),
    CONSTRAINT experiment_assignments_subject_type_check CHECK (subject_type IN ('user', 'session', 'device', 'audience', 'geo'))
);
COMMENT ON TABLE cmis.experiment_assignments IS 'Sticky assignment of a subject to one variant of an experiment.';
COMMENT ON COLUMN cmis.experiment_assignments.subject_key IS 'Identifier of the subject in its type (hashed user id, session id ...).';

CREATE TABLE cmis.experiment_results (
    result_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    experiment_id uuid NOT NULL,
    variant_id uuid NOT NULL,
    metric_name text NOT NULL,
    measured_on date NOT NULL,
    sample_size integer NOT NULL,
    conversions integer DEFAULT 0 NOT NULL,
    metric_value numeric(18,6) NOT NULL,
    std_error numeric(18,6),
    ci_low numeric(18,6),
    ci_high numeric(18,6),
    p_value numeric(7,6),
    lift_vs_control numeric(10,6),
    computed_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT experiment_results_pkey PRIMARY KEY (result_id),
    CONSTRAINT experiment_results_sample_check CHECK (sample_size >= 0 AND conversions >= 0 AND conversions <= sample_size),
    CONSTRAINT experiment_results_ci_order CHECK (ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high),
    CONSTRAINT experiment_results_p_value_check CHECK (p_value IS NULL OR (p_value >= 0 AND p_value <= 1))
);
COMMENT ON TABLE cmis.experiment_results IS 'Daily computed statistics per variant and metric.';

CREATE TABLE lab.experiment_feature_flags (
    flag_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid,
    flag_key text NOT NULL,
    description text,
    is_enabled boolean DEFAULT false NOT NULL,
    rollout_percentage smallint DEFAULT 0 NOT NULL,
    experiment_id uuid,
    targeting_rules jsonb DEFAULT '[]'::jsonb NOT NULL,
    expires_at timestamptz,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT experiment_feature_flags_pkey PRIMARY KEY (flag_id),
    CONSTRAINT experiment_feature_flags_key_format CHECK (flag_key ~ '^[a-z][a-z0-9_.-]*$'),
    CONSTRAINT experiment_feature_flags_rollout_check CHECK (rollout_percentage BETWEEN 0 AND 100)
);
COMMENT ON TABLE lab.experiment_feature_flags IS 'Feature flags for experimental features; org_id NULL is a global default overridden per org.';
COMMENT ON COLUMN lab.experiment_feature_flags.rollout_percentage IS 'Share of subjects (0..100) that see the feature, by stable hash of the subject key.';

CREATE TABLE lab.experiment_event_log (
    event_id uuid DEFAULT uuidv7() NOT NULL,
    event_seq bigint NOT NULL,
    org_id uuid NOT NULL,
    experiment_id uuid NOT NULL,
    variant_id uuid,
    assignment_id uuid,
    event_type text NOT NULL,
    event_name text,
    event_value numeric(14,4),
    occurred_at timestamptz DEFAULT now() NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT experiment_event_log_pkey PRIMARY KEY (event_id),
    CONSTRAINT experiment_event_log_type_check CHECK (event_type IN ('exposure', 'click', 'conversion', 'revenue', 'custom')),
    CONSTRAINT experiment_event_log_custom_named CHECK (event_type <> 'custom' OR event_name IS NOT NULL)
);
COMMENT ON TABLE lab.experiment_event_log IS 'Append-only exposure and conversion events that experiment results are computed from.';
COMMENT ON COLUMN lab.experiment_event_log.event_seq IS 'Monotonic sequence number used by incremental result computation.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.experiments ENABLE ROW LEVEL SECURITY;
CREATE POLICY experiments_tenant_isolation ON cmis.experiments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.experiment_variants ENABLE ROW LEVEL SECURITY;
CREATE POLICY experiment_variants_tenant_isolation ON cmis.experiment_variants
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.experiment_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY experiment_assignments_tenant_isolation ON cmis.experiment_assignments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.experiment_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY experiment_results_tenant_isolation ON cmis.experiment_results
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE lab.experiment_feature_flags ENABLE ROW LEVEL SECURITY;
CREATE POLICY experiment_feature_flags_tenant_isolation ON lab.experiment_feature_flags
    USING (org_id IS NULL OR org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE lab.experiment_event_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY experiment_event_log_tenant_isolation ON lab.experiment_event_log
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.experiments, cmis.experiment_variants,
    cmis.experiment_assignments, cmis.experiment_results TO cmis_app;
GRANT SELECT ON cmis.experiments, cmis.experiment_variants, cmis.experiment_assignments,
    cmis.experiment_results TO cmis_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON lab.experiment_feature_flags TO cmis_app;
GRANT SELECT, INSERT ON lab.experiment_event_log TO cmis_app;
