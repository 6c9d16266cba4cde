-- AI Agent Context
-- Purpose:   Historical data. Cold copies of campaigns, audit-log rows, workflow runs and comments
--            moved out of the hot tables by archive jobs, and restore requests for archived
--            campaigns (schema archive); the snapshot of the security tables taken on 2025-11-11
--            before the RLS refactor (schema cmis_security_backup_20251111_202413). Archived rows
--            keep their original ids and hold no foreign keys to the hot tables they came from.
--            Backup tables reference only each other; those with org_id are tenant-isolated.
-- Tables:    archive.archive_jobs, archive.archived_campaigns, archive.archived_audit_log,
--            archive.archived_workflow_runs, archive.archived_comments, archive.restore_requests,
--            cmis_security_backup_20251111_202413.users_backup, .user_orgs_backup, .roles_backup,
--            .permissions_backup, .role_permissions_backup, .user_permissions_backup
-- Views:     archive.archive_summary (materialized; unique index in all_indexes.sql, refreshed by
--            archive.refresh_archive_summary()).
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id).
--            Sequences, FKs, indexes, functions and triggers live in the all_*.sql files.

CREATE TYPE archive.restore_status AS ENUM ('requested', 'approved', 'rejected', 'restored', 'failed');
COMMENT ON TYPE archive.restore_status IS 'Life cycle of a request to bring archived data back into the hot tables.';

CREATE TABLE archive.archive_jobs (
    archive_job_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    job_number bigint NOT NULL,
    source_table text NOT NULL,
    cutoff_at timestamptz NOT NULL,
    status text DEFAULT 'queued' NOT NULL,
    rows_archived bigint DEFAULT 0 NOT NULL,
    requested_by uuid,
    started_at timestamptz,
    finished_at timestamptz,
    error_message text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT archive_jobs_pkey PRIMARY KEY (archive_job_id),
    CONSTRAINT archive_jobs_source_table_check CHECK (source_table ~ '^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$'),
    CONSTRAINT archive_jobs_status_check CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    CONSTRAINT archive_jobs_rows_check CHECK (rows_archived >= 0),
    CONSTRAINT archive_jobs_finished_after_started CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE archive.archive_jobs IS 'Runs that moved rows older than cutoff_at from a hot table into the archive schema.';
COMMENT ON COLUMN archive.archive_jobs.job_number IS 'Human-readable number from archive.archive_job_number_seq.';

CREATE TABLE archive.archived_campaigns (
    archived_campaign_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    archive_job_id uuid,
    campaign_name text,
    snapshot jsonb NOT NULL,
    related_counts jsonb DEFAULT '{}'::jsonb NOT NULL,
    archive_reason text DEFAULT 'completed' NOT NULL,
    archived_by uuid,
    original_created_at timestamptz,
    archived_at timestamptz DEFAULT now() NOT NULL,
    restore_deadline timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(campaign_name, ''))) STORED,
    CONSTRAINT archived_campaigns_pkey PRIMARY KEY (archived_campaign_id),
    CONSTRAINT archived_campaigns_snapshot_object CHECK (jsonb_typeof(snapshot) = 'object'),
    CONSTRAINT archived_campaigns_reason_check CHECK (archive_reason IN ('completed', 'expired', 'manual', 'org_offboarding', 'retention_policy')),
    CONSTRAINT archived_campaigns_restore_deadline_check CHECK (restore_deadline IS NULL OR restore_deadline > archived_at)
);
COMMENT ON TABLE archive.archived_campaigns IS 'Full JSON snapshot of a campaign (cmis.campaigns row) removed from the hot tables.';
COMMENT ON COLUMN archive.archived_campaigns.campaign_id IS 'Original cmis.campaigns.campaign_id; no foreign key, the campaign no longer exists.';
COMMENT ON COLUMN archive.archived_campaigns.snapshot IS 'to_jsonb() of the campaign row at archive time; immutable (guard trigger).';

CREATE TABLE archive.archived_audit_log (
    audit_id uuid NOT NULL,
    event_number bigint NOT NULL,
    org_id uuid,
    table_schema text NOT NULL,
    table_name text NOT NULL,
    operation text NOT NULL,
    row_id text,
    old_data jsonb,
    new_data jsonb,
    changed_columns text[],
    actor_user_id uuid,
    occurred_at timestamptz NOT NULL,
    archive_job_id uuid,
    archived_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT archived_audit_log_pkey PRIMARY KEY (audit_id),
    CONSTRAINT archived_audit_log_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'))
);
COMMENT ON TABLE archive.archived_audit_log IS 'cmis_audit.audit_log rows past their hot retention; a plain (unpartitioned) table.';
COMMENT ON COLUMN archive.archived_audit_log.org_id IS 'Tenant of the audited row; not a foreign key, like cmis_audit.audit_log.org_id.';

CREATE TABLE archive.archived_workflow_runs (
    workflow_run_id uuid NOT NULL,
    org_id uuid NOT NULL,
    workflow_id uuid,
    workflow_name text,
    run_number bigint NOT NULL,
    status text NOT NULL,
    trigger_payload jsonb,
    step_runs jsonb DEFAULT '[]'::jsonb NOT NULL,
    started_at timestamptz,
    finished_at timestamptz,
    archive_job_id uuid,
    archived_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT archived_workflow_runs_pkey PRIMARY KEY (workflow_run_id),
    CONSTRAINT archived_workflow_runs_step_runs_array CHECK (jsonb_typeof(step_runs) = 'array')
);
COMMENT ON TABLE archive.archived_workflow_runs IS 'Finished workflow runs with their step runs folded into one JSON array.';

CREATE TABLE archive.archived_comments (
    comment_id uuid NOT NULL,
    org_id uuid NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    thread_root_id uuid,
    author_user_id uuid,
    body text NOT NULL,
    original_created_at timestamptz NOT NULL,
    original_deleted_at timestamptz,
    archive_job_id uuid,
    archived_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT archived_comments_pkey PRIMARY KEY (comment_id),
    CONSTRAINT archived_comments_dates_check CHECK (original_deleted_at IS NULL OR original_deleted_at >= original_created_at)
);
COMMENT ON TABLE archive.archived_comments IS 'Comments of archived entities and long soft-deleted comments.';

CREATE TABLE archive.restore_requests (
    restore_request_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    request_number integer NOT NULL,
    archived_campaign_id uuid NOT NULL,
    status archive.restore_status DEFAULT 'requested' NOT NULL,
    reason text NOT NULL,
    requested_by uuid,
    decided_by uuid,
    requested_at timestamptz DEFAULT now() NOT NULL,
    decided_at timestamptz,
    restored_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT restore_requests_pkey PRIMARY KEY (restore_request_id),
    CONSTRAINT restore_requests_decision_consistent CHECK ((status = 'requested') = (decided_at IS NULL)),
    CONSTRAINT restore_requests_restored_at_required CHECK ((status = 'restored') = (restored_at IS NOT NULL))
);
COMMENT ON TABLE archive.restore_requests IS 'Requests to restore an archived campaign, approved by an admin before the restore runs.';

CREATE TABLE cmis_security_backup_20251111_202413.users_backup (
    user_id uuid NOT NULL,
    email citext NOT NULL,
    display_name text NOT NULL,
    password_hash text,
    is_superadmin boolean DEFAULT false NOT NULL,
    last_login_at timestamptz,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    deleted_at timestamptz,
    backed_up_at timestamptz DEFAULT '2025-11-11 20:24:13+00'::timestamptz NOT NULL,
    CONSTRAINT users_backup_pkey PRIMARY KEY (user_id)
);
COMMENT ON TABLE cmis_security_backup_20251111_202413.users_backup IS 'Snapshot of cmis.users at 2025-11-11 20:24:13 UTC; no org_id, so no RLS.';

CREATE TABLE cmis_security_backup_20251111_202413.user_orgs_backup (
    user_org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    org_id uuid NOT NULL,
    role_id uuid,
    status text NOT NULL,
    joined_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    deleted_at timestamptz,
    backed_up_at timestamptz DEFAULT '2025-11-11 20:24:13+00'::timestamptz NOT NULL,
    CONSTRAINT user_orgs_backup_pkey PRIMARY KEY (user_org_id),
    CONSTRAINT user_orgs_backup_status_check CHECK (status IN ('invited', 'active', 'suspended', 'removed'))
);
COMMENT ON TABLE cmis_security_backup_20251111_202413.user_orgs_backup IS 'Snapshot of cmis.user_orgs at 2025-11-11 20:24:13 UTC; status kept as text.';

CREATE TABLE cmis_security_backup_20251111_202413.roles_backup (
    role_id uuid NOT NULL,
    org_id uuid,
    role_name text NOT NULL,
    description text,
    is_system boolean DEFAULT false NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    deleted_at timestamptz,
    backed_up_at timestamptz DEFAULT '2025-11-11 20:24:13+00'::timestamptz NOT NULL,
    CONSTRAINT roles_backup_pkey PRIMARY KEY (role_id)
);
COMMENT ON TABLE cmis_security_backup_20251111_202413.roles_backup IS 'Snapshot of cmis.roles at 2025-11-11 20:24:13 UTC; system roles have org_id NULL.';

CREATE TABLE cmis_security_backup_20251111_202413.permissions_backup (
    permission_id uuid NOT NULL,
    permission_code text NOT NULL,
    description text,
    category text NOT NULL,
    created_at timestamptz NOT NULL,
    backed_up_at timestamptz DEFAULT '2025-11-11 20:24:13+00'::timestamptz NOT NULL,
    CONSTRAINT permissions_backup_pkey PRIMARY KEY (permission_id)
);
COMMENT ON TABLE cmis_security_backup_20251111_202413.permissions_backup IS 'Snapshot of cmis.permissions at 2025-11-11 20:24:13 UTC; global catalogue, no RLS.';

CREATE TABLE cmis_security_backup_20251111_202413.role_permissions_backup (
    role_id uuid NOT NULL,
    permission_id uuid NOT NULL,
    org_id uuid,
    granted_at timestamptz NOT NULL,
    backed_up_at timestamptz DEFAULT '2025-11-11 20:24:13+00'::timestamptz NOT NULL,
    CONSTRAINT role_permissions_backup_pkey PRIMARY KEY (role_id, permission_id)
);
COMMENT ON TABLE cmis_security_backup_20251111_202413.role_permissions_backup IS 'Snapshot of cmis.role_permissions at 2025-11-11 20:24:13 UTC.';

CREATE TABLE cmis_security_backup_20251111_202413.user_permissions_backup (
    user_permission_id uuid NOT NULL,
    user_id uuid NOT NULL,
    org_id uuid NOT NULL,
    permission_id uuid NOT NULL,
    is_granted boolean NOT NULL,
    expires_at timestamptz,
    granted_by uuid,
    created_at timestamptz NOT NULL,
    deleted_at timestamptz,
    backed_up_at timestamptz DEFAULT '2025-11-11 20:24:13+00'::timestamptz NOT NULL,
    CONSTRAINT user_permissions_backup_pkey PRIMARY KEY (user_permission_id)
);
COMMENT ON TABLE cmis_security_backup_20251111_202413.user_permissions_backup IS 'Snapshot of cmis.user_permissions at 2025-11-11 20:24:13 UTC.';

-- Materialized views. Not RLS-filtered: read it through archive.org_archive_summary().
CREATE MATERIALIZED VIEW archive.archive_summary AS
SELECT a.org_id,
       count(*) FILTER (WHERE a.kind = 'campaign') AS archived_campaigns,
       count(*) FILTER (WHERE a.kind = 'audit_log') AS archived_audit_rows,
       count(*) FILTER (WHERE a.kind = 'workflow_run') AS archived_workflow_runs,
       count(*) FILTER (WHERE a.kind = 'comment') AS archived_comments,
       count(*) AS total_rows,
       min(a.archived_at) AS first_archived_at,
       max(a.archived_at) AS last_archived_at
  FROM (SELECT org_id, 'campaign'::text AS kind, archived_at FROM archive.archived_campaigns
        UNION ALL
        SELECT org_id, 'audit_log'::text, archived_at FROM archive.archived_audit_log WHERE org_id IS NOT NULL
        UNION ALL
        SELECT org_id, 'workflow_run'::text, archived_at FROM archive.archived_workflow_runs
        UNION ALL
        SELECT org_id, 'comment'::text, archived_at FROM archive.archived_comments) a
 GROUP BY a.org_id;
COMMENT ON MATERIALIZED VIEW archive.archive_summary IS 'Per-tenant counts of archived rows by kind; refreshed concurrently by archive.refresh_archive_summary().';

-- Row-level security: tenant isolation by org_id (users_backup and permissions_backup have none).
ALTER TABLE archive.archive_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY archive_jobs_tenant_isolation ON archive.archive_jobs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE archive.archived_campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY archived_campaigns_tenant_isolation ON archive.archived_campaigns
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE archive.archived_audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY archived_audit_log_tenant_isolation ON archive.archived_audit_log
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE archive.archived_workflow_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY archived_workflow_runs_tenant_isolation ON archive.archived_workflow_runs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE archive.archived_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY archived_comments_tenant_isolation ON archive.archived_comments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE archive.restore_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY restore_requests_tenant_isolation ON archive.restore_requests
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_security_backup_20251111_202413.user_orgs_backup ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_orgs_backup_tenant_isolation ON cmis_security_backup_20251111_202413.user_orgs_backup
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_security_backup_20251111_202413.roles_backup ENABLE ROW LEVEL SECURITY;
CREATE POLICY roles_backup_tenant_isolation ON cmis_security_backup_20251111_202413.roles_backup
    USING (org_id IS NULL OR org_id = cmis.current_org_id());
ALTER TABLE cmis_security_backup_20251111_202413.role_permissions_backup ENABLE ROW LEVEL SECURITY;
CREATE POLICY role_permissions_backup_tenant_isolation ON cmis_security_backup_20251111_202413.role_permissions_backup
    USING (org_id IS NULL OR org_id = cmis.current_org_id());
ALTER TABLE cmis_security_backup_20251111_202413.user_permissions_backup ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_permissions_backup_tenant_isolation ON cmis_security_backup_20251111_202413.user_permissions_backup
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges. archive is reachable by the application only; archived rows are never updated
-- by it. The backup schema has no USAGE grant: only its owner reads it.
GRANT SELECT, INSERT ON archive.archive_jobs, archive.archived_campaigns, archive.archived_audit_log,
    archive.archived_workflow_runs, archive.archived_comments TO cmis_app;
GRANT UPDATE (status, rows_archived, started_at, finished_at, error_message) ON archive.archive_jobs TO cmis_app;
GRANT SELECT, INSERT, UPDATE ON archive.restore_requests TO cmis_app;
