-- AI Agent Context
-- Purpose:   ETL and automation. ETL pipelines and their runs plus per-stream sync cursors
--            (cmis_ops); import batches landed in cmis_staging with their raw rows and validation
--            errors before they are loaded; tenant workflows (definitions, ordered steps, runs,
--            step runs) and event-driven automation rules in cmis.
-- Tables:    cmis_ops.etl_pipelines, cmis_ops.etl_runs, cmis_ops.data_sync_cursors,
--            cmis_staging.import_batches, cmis_staging.import_rows, cmis_staging.import_errors,
--            cmis.workflows, cmis.workflow_steps, cmis.workflow_runs, cmis.workflow_step_runs,
--            cmis.automation_rules
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id),
--            integrations_and_accounts (cmis.integrations), campaigns_and_contexts (cmis.campaigns).
--            Sequences in all_sequences.sql, FKs in all_constraints.sql, indexes in
--            all_indexes.sql, functions in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE cmis_ops.run_status AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'skipped');
COMMENT ON TYPE cmis_ops.run_status IS 'Life cycle of an ETL run, workflow run or orchestration step.';

CREATE DOMAIN cmis_ops.cron_expression AS text
    CHECK (VALUE ~ '^\S+(\s+\S+){4}$');
COMMENT ON DOMAIN cmis_ops.cron_expression IS 'Five-field cron schedule such as "*/15 * * * *".';

CREATE TABLE cmis_ops.etl_pipelines (
    pipeline_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid,
    name text NOT NULL,
    description text,
    source_kind text NOT NULL,
    target_table text NOT NULL,
    schedule cmis_ops.cron_expression,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    max_retries smallint DEFAULT 3 NOT NULL,
    run_timeout interval DEFAULT '00:30:00'::interval NOT NULL,
    last_run_at timestamptz,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT etl_pipelines_pkey PRIMARY KEY (pipeline_id),
    CONSTRAINT etl_pipelines_source_kind_check CHECK (source_kind IN ('api', 'file', 'database', 'webhook', 'warehouse')),
    CONSTRAINT etl_pipelines_target_table_check CHECK (target_table ~ '^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$'),
    CONSTRAINT etl_pipelines_max_retries_check CHECK (max_retries BETWEEN 0 AND 10),
    CONSTRAINT etl_pipelines_run_timeout_check CHECK (run_timeout > '00:00:00'::interval)
);
COMMENT ON TABLE cmis_ops.etl_pipelines IS 'Configured extract-transform-load pipelines of a tenant, optionally fed by an integration.';
COMMENT ON COLUMN cmis_ops.etl_pipelines.target_table IS 'Schema-qualified table the pipeline loads into, e.g. cmis.campaigns.';
COMMENT ON COLUMN cmis_ops.etl_pipelines.schedule IS 'Cron schedule; NULL for pipelines run only on demand.';

CREATE TABLE cmis_ops.etl_runs (
    run_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    pipeline_id uuid NOT NULL,
    run_number bigint NOT NULL,
    status cmis_ops.run_status DEFAULT 'queued' NOT NULL,
    attempt smallint DEFAULT 1 NOT NULL,
    queued_at timestamptz DEFAULT now() NOT NULL,
    started_at timestamptz,
    finished_at timestamptz,
    rows_read bigint DEFAULT 0 NOT NULL,
    rows_written bigint DEFAULT 0 NOT NULL,
    rows_rejected bigint DEFAULT 0 NOT NULL,
    error_message text,
    stats jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT etl_runs_pkey PRIMARY KEY (run_id),
    CONSTRAINT etl_runs_attempt_check CHECK (attempt >= 1),
    CONSTRAINT etl_runs_row_counts_check CHECK (rows_read >= 0 AND rows_written >= 0 AND rows_rejected >= 0),
    CONSTRAINT etl_runs_finished_after_started CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE cmis_ops.etl_runs IS 'One execution (attempt) of an ETL pipeline with row counters and outcome.';
COMMENT ON COLUMN cmis_ops.etl_runs.run_number IS 'Human-readable run number from cmis_ops.etl_run_number_seq.';

CREATE TABLE cmis_ops.data_sync_cursors (
    cursor_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    stream_name text NOT NULL,
    cursor_kind text DEFAULT 'timestamp' NOT NULL,
    cursor_value text,
    last_synced_at timestamptz,
    sync_lag interval,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT data_sync_cursors_pkey PRIMARY KEY (cursor_id),
    CONSTRAINT data_sync_cursors_cursor_kind_check CHECK (cursor_kind IN ('timestamp', 'offset', 'token', 'id'))
);
COMMENT ON TABLE cmis_ops.data_sync_cursors IS 'Incremental sync position per integration stream (high-water mark).';
COMMENT ON COLUMN cmis_ops.data_sync_cursors.cursor_value IS 'Opaque position: timestamp, offset, page token or last id, as cursor_kind says.';

CREATE TABLE cmis_staging.import_batches (
    batch_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    batch_number integer NOT NULL,
    pipeline_id uuid,
    integration_id uuid,
    source_name text NOT NULL,
    file_name text,
    file_size_bytes bigint,
    checksum_sha256 bytea,
    entity_type text NOT NULL,
    status text DEFAULT 'pending' NOT NULL,
    row_count integer DEFAULT 0 NOT NULL,
    error_count integer DEFAULT 0 NOT NULL,
    uploaded_by uuid,
    received_at timestamptz DEFAULT now() NOT NULL,
    validated_at timestamptz,
    loaded_at timestamptz,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT import_batches_pkey PRIMARY KEY (batch_id),
    CONSTRAINT import_batches_status_check CHECK (status IN ('pending', 'validating', 'validated', 'rejected', 'loaded', 'discarded')),
    CONSTRAINT import_batches_counts_check CHECK (row_count >= 0 AND error_count >= 0),
    CONSTRAINT import_batches_file_size_check CHECK (file_size_bytes IS NULL OR file_size_bytes >= 0),
    CONSTRAINT import_batches_checksum_check CHECK (checksum_sha256 IS NULL OR octet_length(checksum_sha256) = 32)
);
COMMENT ON TABLE cmis_staging.import_batches IS 'A file or API payload landed for import; validated before it is loaded into the hot tables.';
COMMENT ON COLUMN cmis_staging.import_batches.entity_type IS 'Kind of record the batch carries, e.g. contacts, campaigns, ad_metrics.';

CREATE TABLE cmis_staging.import_rows (
    import_row_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    batch_id uuid NOT NULL,
    row_number integer NOT NULL,
    payload jsonb NOT NULL,
    normalized jsonb,
    status text DEFAULT 'pending' NOT NULL,
    target_id uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    processed_at timestamptz,
    CONSTRAINT import_rows_pkey PRIMARY KEY (import_row_id),
    CONSTRAINT import_rows_row_number_check CHECK (row_number >= 1),
    CONSTRAINT import_rows_status_check CHECK (status IN ('pending', 'valid', 'invalid', 'loaded', 'skipped'))
);
COMMENT ON TABLE cmis_staging.import_rows IS 'Raw rows of an import batch, as received and after normalisation.';
COMMENT ON COLUMN cmis_staging.import_rows.target_id IS 'Primary key of the row created or updated from this import row.';

CREATE TABLE cmis_staging.import_errors (
    import_error_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    batch_id uuid NOT NULL,
    import_row_id uuid,
    field_name text,
    error_code text NOT NULL,
    message text NOT NULL,
    severity text DEFAULT 'error' NOT NULL,
    raw_value text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT import_errors_pkey PRIMARY KEY (import_error_id),
    CONSTRAINT import_errors_error_code_check CHECK (error_code ~ '^[A-Z][A-Z0-9_]*$'),
    CONSTRAINT import_errors_severity_check CHECK (severity IN ('warning', 'error', 'fatal'))
);
COMMENT ON TABLE cmis_staging.import_errors IS 'Validation findings of an import batch, per row and field when known.';

CREATE TABLE cmis.workflows (
    workflow_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    trigger_type text NOT NULL,
    trigger_config jsonb DEFAULT '{}'::jsonb NOT NULL,
    schedule cmis_ops.cron_expression,
    status text DEFAULT 'draft' NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    campaign_id uuid,
    owner_user_id uuid,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT workflows_pkey PRIMARY KEY (workflow_id),
    CONSTRAINT workflows_trigger_type_check CHECK (trigger_type IN ('manual', 'schedule', 'event', 'webhook')),
    CONSTRAINT workflows_status_check CHECK (status IN ('draft', 'active', 'paused', 'archived')),
    CONSTRAINT workflows_version_check CHECK (version >= 1),
    CONSTRAINT workflows_schedule_required CHECK (trigger_type <> 'schedule' OR schedule IS NOT NULL)
);
COMMENT ON TABLE cmis.workflows IS 'Automation workflow definitions: a trigger and an ordered list of steps.';
COMMENT ON COLUMN cmis.workflows.version IS 'Incremented when the steps change; runs record the version they executed.';

CREATE TABLE cmis.workflow_steps (
    step_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    step_order integer NOT NULL,
    name text NOT NULL,
    action_type text NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    on_failure text DEFAULT 'stop' NOT NULL,
    next_step_id uuid,
    step_timeout interval,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT workflow_steps_pkey PRIMARY KEY (step_id),
    CONSTRAINT workflow_steps_step_order_check CHECK (step_order >= 1),
    CONSTRAINT workflow_steps_action_type_check CHECK (action_type IN ('send_email', 'publish_post', 'update_record', 'call_webhook', 'wait', 'branch', 'approval', 'ai_generate')),
    CONSTRAINT workflow_steps_on_failure_check CHECK (on_failure IN ('stop', 'continue', 'retry')),
    CONSTRAINT workflow_steps_not_self_next CHECK (next_step_id IS NULL OR next_step_id <> step_id)
);
COMMENT ON TABLE cmis.workflow_steps IS 'Ordered steps of a workflow; branches jump with next_step_id.';
COMMENT ON COLUMN cmis.workflow_steps.next_step_id IS 'Explicit successor for branching; NULL means the next step_order.';

CREATE TABLE cmis.workflow_runs (
    workflow_run_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    run_number bigint NOT NULL,
    workflow_version integer NOT NULL,
    status cmis_ops.run_status DEFAULT 'queued' NOT NULL,
    trigger_payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    triggered_by uuid,
    current_step_id uuid,
    started_at timestamptz,
    finished_at timestamptz,
    error_message text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT workflow_runs_pkey PRIMARY KEY (workflow_run_id),
    CONSTRAINT workflow_runs_finished_after_started CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE cmis.workflow_runs IS 'One execution of a workflow with the payload that triggered it.';
COMMENT ON COLUMN cmis.workflow_runs.triggered_by IS 'User who started a manual run; NULL for scheduled or event runs.';

CREATE TABLE cmis.workflow_step_runs (
    step_run_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    step_id uuid NOT NULL,
    attempt smallint DEFAULT 1 NOT NULL,
    status cmis_ops.run_status DEFAULT 'queued' NOT NULL,
    input jsonb,
    output jsonb,
    error_message text,
    started_at timestamptz,
    finished_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT workflow_step_runs_pkey PRIMARY KEY (step_run_id),
    CONSTRAINT workflow_step_runs_attempt_check CHECK (attempt >= 1),
    CONSTRAINT workflow_step_runs_finished_after_started CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE cmis.workflow_step_runs IS 'Execution of one step within a workflow run, one row per attempt.';

CREATE TABLE cmis.automation_rules (
    rule_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    event_type text NOT NULL,
    conditions jsonb DEFAULT '[]'::jsonb NOT NULL,
    actions jsonb NOT NULL,
    workflow_id uuid,
    campaign_id uuid,
    priority smallint DEFAULT 100 NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    cooldown interval,
    active_during tstzrange,
    last_fired_at timestamptz,
    fire_count bigint DEFAULT 0 NOT NULL,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT automation_rules_pkey PRIMARY KEY (rule_id),
    CONSTRAINT automation_rules_event_type_check CHECK (event_type ~ '^[a-z_]+\.[a-z_]+$'),
    CONSTRAINT automation_rules_conditions_check CHECK (jsonb_typeof(conditions) = 'array'),
    CONSTRAINT automation_rules_actions_check CHECK (jsonb_typeof(actions) = 'array' AND jsonb_array_length(actions) > 0),
    CONSTRAINT automation_rules_priority_check CHECK (priority BETWEEN 0 AND 1000),
    CONSTRAINT automation_rules_fire_count_check CHECK (fire_count >= 0)
);
COMMENT ON TABLE cmis.automation_rules IS 'If-this-then-that rules: on an event matching the conditions, run the actions or a workflow.';
COMMENT ON COLUMN cmis.automation_rules.event_type IS 'Domain event name such as campaign.launched or post.published.';
COMMENT ON COLUMN cmis.automation_rules.priority IS 'Lower fires first when several rules match one event.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis_ops.etl_pipelines ENABLE ROW LEVEL SECURITY;
CREATE POLICY etl_pipelines_tenant_isolation ON cmis_ops.etl_pipelines
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ops.etl_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY etl_runs_tenant_isolation ON cmis_ops.etl_runs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_ops.data_sync_cursors ENABLE ROW LEVEL SECURITY;
CREATE POLICY data_sync_cursors_tenant_isolation ON cmis_ops.data_sync_cursors
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_staging.import_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_batches_tenant_isolation ON cmis_staging.import_batches
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_staging.import_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_rows_tenant_isolation ON cmis_staging.import_rows
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_staging.import_errors ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_errors_tenant_isolation ON cmis_staging.import_errors
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.workflows ENABLE ROW LEVEL SECURITY;
CREATE POLICY workflows_tenant_isolation ON cmis.workflows
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.workflow_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY workflow_steps_tenant_isolation ON cmis.workflow_steps
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.workflow_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY workflow_runs_tenant_isolation ON cmis.workflow_runs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.workflow_step_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY workflow_step_runs_tenant_isolation ON cmis.workflow_step_runs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.automation_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY automation_rules_tenant_isolation ON cmis.automation_rules
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges. cmis_staging is reachable by the application only.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_ops.etl_pipelines, cmis_ops.etl_runs, cmis_ops.data_sync_cursors TO cmis_app;
GRANT SELECT ON cmis_ops.etl_pipelines, cmis_ops.etl_runs, cmis_ops.data_sync_cursors TO cmis_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_staging.import_batches, cmis_staging.import_rows, cmis_staging.import_errors TO cmis_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.workflows, cmis.workflow_steps, cmis.workflow_runs,
    cmis.workflow_step_runs, cmis.automation_rules TO cmis_app;
GRANT SELECT ON cmis.workflows, cmis.workflow_steps, cmis.workflow_runs, cmis.workflow_step_runs,
    cmis.automation_rules TO cmis_readonly;
