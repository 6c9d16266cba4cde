-- AI Agent Context
-- Purpose:   Governance evidence. A generic row-change audit log (filled by the trigger function
--            cmis_audit.capture_row_change in all_functions.sql), compliance rules with their
--            periodic checks and violations, data-retention policies and their executions,
--            consent records, data-subject requests (GDPR/CCPA), access reviews, security events
--            and legal holds.
-- Tables:    cmis_audit.audit_log, cmis_audit.compliance_rules, cmis_audit.compliance_checks,
--            cmis_audit.compliance_violations, cmis_audit.data_retention_policies,
--            cmis_audit.retention_executions, cmis_audit.consent_records,
--            cmis_audit.data_subject_requests, cmis_audit.access_reviews,
--            cmis_audit.access_review_items, cmis_audit.security_events, cmis_audit.legal_holds
-- Views:     cmis_audit.open_compliance_violations, cmis_audit.current_consents
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.roles, cmis.permissions,
--            cmis.email_address, cmis.current_org_id). audit_log and security_events keep their
--            rows when a tenant is deleted (evidence outlives the tenant), so audit_log.org_id is
--            not a foreign key. Sequences, FKs, indexes, functions and triggers live in all_*.sql.

CREATE TYPE cmis_audit.audit_operation AS ENUM ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE');
COMMENT ON TYPE cmis_audit.audit_operation IS 'Kind of row change captured in the audit log (TG_OP).';

CREATE TYPE cmis_audit.severity_level AS ENUM ('info', 'low', 'medium', 'high', 'critical');
COMMENT ON TYPE cmis_audit.severity_level IS 'Ordered severity of a compliance rule, violation or security event.';

CREATE DOMAIN cmis_audit.retention_interval AS interval
    CHECK (VALUE >= '1 day'::interval AND VALUE <= '100 years'::interval);
COMMENT ON DOMAIN cmis_audit.retention_interval IS 'How long data is kept: between one day and one hundred years.';

CREATE TABLE cmis_audit.audit_log (
    audit_id uuid DEFAULT uuidv7() NOT NULL,
    event_number bigint NOT NULL,
    org_id uuid,
    table_schema text NOT NULL,
    table_name text NOT NULL,
    operation cmis_audit.audit_operation NOT NULL,
    row_id text,
    old_data jsonb,
    new_data jsonb,
    changed_columns text[],
    actor_user_id uuid,
    actor_role text DEFAULT SESSION_USER NOT NULL,
    client_addr inet,
    txid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    occurred_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (audit_id),
    CONSTRAINT audit_log_images_match_operation CHECK (
        (operation = 'INSERT' AND old_data IS NULL AND new_data IS NOT NULL)
        OR (operation = 'UPDATE' AND old_data IS NOT NULL AND new_data IS NOT NULL)
        OR (operation = 'DELETE' AND old_data IS NOT NULL AND new_data IS NULL)
        OR operation = 'TRUNCATE')
);
COMMENT ON TABLE cmis_audit.audit_log IS 'Append-only row-change history written by cmis_audit.capture_row_change(); UPDATE/DELETE are blocked by a guard trigger.';
COMMENT ON COLUMN cmis_audit.audit_log.org_id IS 'Tenant of the changed row; deliberately not a foreign key so the trail survives tenant deletion.';
COMMENT ON COLUMN cmis_audit.audit_log.row_id IS 'Primary key value of the changed row, as text.';
COMMENT ON COLUMN cmis_audit.audit_log.changed_columns IS 'For UPDATE: the columns whose value changed.';
COMMENT ON COLUMN cmis_audit.audit_log.actor_user_id IS 'Application user from the app.current_user_id setting, when set.';

CREATE TABLE cmis_audit.compliance_rules (
    rule_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    code text NOT NULL,
    framework text NOT NULL,
    title text NOT NULL,
    description text,
    severity cmis_audit.severity_level DEFAULT 'medium' NOT NULL,
    evaluation jsonb DEFAULT '{}'::jsonb NOT NULL,
    check_frequency interval DEFAULT '1 day'::interval NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    effective_during tstzrange DEFAULT tstzrange(now(), NULL::timestamptz) NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT compliance_rules_pkey PRIMARY KEY (rule_id),
    CONSTRAINT compliance_rules_code_format CHECK (code ~ '^[A-Z][A-Z0-9]{1,9}-[0-9]{1,4}$'),
    CONSTRAINT compliance_rules_framework_check CHECK (framework IN ('gdpr', 'ccpa', 'hipaa', 'soc2', 'iso27001', 'pci_dss', 'internal')),
    CONSTRAINT compliance_rules_check_frequency_check CHECK (check_frequency >= '00:05:00'::interval)
);
COMMENT ON TABLE cmis_audit.compliance_rules IS 'Controls a tenant must satisfy (GDPR-17, SOC2-CC6 ...), evaluated periodically.';
COMMENT ON COLUMN cmis_audit.compliance_rules.evaluation IS 'Declarative description of how the checker evaluates the rule.';

CREATE TABLE cmis_audit.compliance_checks (
    check_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    rule_id uuid NOT NULL,
    checked_at timestamptz DEFAULT now() NOT NULL,
    outcome text NOT NULL,
    findings jsonb DEFAULT '[]'::jsonb NOT NULL,
    duration_ms integer,
    checked_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT compliance_checks_pkey PRIMARY KEY (check_id),
    CONSTRAINT compliance_checks_outcome_check CHECK (outcome IN ('pass', 'fail', 'error', 'not_applicable')),
    CONSTRAINT compliance_checks_duration_check CHECK (duration_ms IS NULL OR duration_ms >= 0),
    CONSTRAINT compliance_checks_findings_array CHECK (jsonb_typeof(findings) = 'array')
);
COMMENT ON TABLE cmis_audit.compliance_checks IS 'One evaluation of a compliance rule; checked_by is NULL for automated checks.';

CREATE TABLE cmis_audit.compliance_violations (
    violation_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    rule_id uuid NOT NULL,
    check_id uuid,
    violation_number integer NOT NULL,
    severity cmis_audit.severity_level NOT NULL,
    entity_type text,
    entity_id uuid,
    summary text NOT NULL,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'open' NOT NULL,
    assigned_to uuid,
    detected_at timestamptz DEFAULT now() NOT NULL,
    resolved_at timestamptz,
    resolution_note text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT compliance_violations_pkey PRIMARY KEY (violation_id),
    CONSTRAINT compliance_violations_status_check CHECK (status IN ('open', 'acknowledged', 'remediating', 'resolved', 'waived')),
    CONSTRAINT compliance_violations_resolution_consistent CHECK ((status IN ('resolved', 'waived')) = (resolved_at IS NOT NULL)),
    CONSTRAINT compliance_violations_resolved_after_detected CHECK (resolved_at IS NULL OR resolved_at >= detected_at)
);
COMMENT ON TABLE cmis_audit.compliance_violations IS 'Failures found by compliance checks, tracked until resolved or waived.';
COMMENT ON COLUMN cmis_audit.compliance_violations.violation_number IS 'Human-readable number from cmis_audit.violation_number_seq.';

CREATE TABLE cmis_audit.data_retention_policies (
    policy_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    target_schema text NOT NULL,
    target_table text NOT NULL,
    timestamp_column text DEFAULT 'created_at' NOT NULL,
    retention cmis_audit.retention_interval NOT NULL,
    retention_action text DEFAULT 'delete' NOT NULL,
    legal_basis text,
    is_active boolean DEFAULT true NOT NULL,
    last_applied_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT data_retention_policies_pkey PRIMARY KEY (policy_id),
    CONSTRAINT data_retention_policies_identifiers_check CHECK (
        target_schema ~ '^[a-z_][a-z0-9_]*$' AND target_table ~ '^[a-z_][a-z0-9_]*$' AND timestamp_column ~ '^[a-z_][a-z0-9_]*$'),
    CONSTRAINT data_retention_policies_action_check CHECK (retention_action IN ('delete', 'archive', 'anonymize'))
);
COMMENT ON TABLE cmis_audit.data_retention_policies IS 'How long rows of a table are kept for a tenant, and what happens after.';
COMMENT ON COLUMN cmis_audit.data_retention_policies.retention IS 'Rows older than now() - retention (by timestamp_column) are due.';

CREATE TABLE cmis_audit.retention_executions (
    execution_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    policy_id uuid NOT NULL,
    cutoff_at timestamptz NOT NULL,
    started_at timestamptz DEFAULT now() NOT NULL,
    finished_at timestamptz,
    rows_affected bigint DEFAULT 0 NOT NULL,
    status text DEFAULT 'running' NOT NULL,
    error_message text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT retention_executions_pkey PRIMARY KEY (execution_id),
    CONSTRAINT retention_executions_rows_check CHECK (rows_affected >= 0),
    CONSTRAINT retention_executions_status_check CHECK (status IN ('running', 'succeeded', 'failed')),
    CONSTRAINT retention_executions_finished_after_started CHECK (finished_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE cmis_audit.retention_executions IS 'Each application of a retention policy, with the cutoff used and rows affected.';

CREATE TABLE cmis_audit.consent_records (
    consent_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    subject_email cmis.email_address NOT NULL,
    subject_ref text,
    purpose text NOT NULL,
    is_granted boolean NOT NULL,
    lawful_basis text DEFAULT 'consent' NOT NULL,
    source text NOT NULL,
    policy_version text,
    ip_address inet,
    user_agent text,
    evidence jsonb DEFAULT '{}'::jsonb NOT NULL,
    recorded_at timestamptz DEFAULT now() NOT NULL,
    expires_at timestamptz,
    withdrawn_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT consent_records_pkey PRIMARY KEY (consent_id),
    CONSTRAINT consent_records_purpose_check CHECK (purpose IN ('marketing_email', 'sms', 'personalization', 'analytics', 'third_party_sharing', 'profiling')),
    CONSTRAINT consent_records_lawful_basis_check CHECK (lawful_basis IN ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
    CONSTRAINT consent_records_source_check CHECK (source IN ('web_form', 'double_opt_in', 'import', 'api', 'admin')),
    CONSTRAINT consent_records_withdrawn_after_recorded CHECK (withdrawn_at IS NULL OR withdrawn_at >= recorded_at)
);
COMMENT ON TABLE cmis_audit.consent_records IS 'Consent given or refused by a data subject for a purpose; the latest record per subject and purpose wins.';
COMMENT ON COLUMN cmis_audit.consent_records.subject_ref IS 'Identifier of the subject in the tenant''s CRM, when known.';

CREATE TABLE cmis_audit.data_subject_requests (
    request_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    ticket_number integer NOT NULL,
    subject_email cmis.email_address NOT NULL,
    request_type text NOT NULL,
    status text DEFAULT 'received' NOT NULL,
    received_at timestamptz DEFAULT now() NOT NULL,
    due_at timestamptz NOT NULL,
    completed_at timestamptz,
    handled_by uuid,
    verification_method text,
    response_location text,
    notes text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT data_subject_requests_pkey PRIMARY KEY (request_id),
    CONSTRAINT data_subject_requests_type_check CHECK (request_type IN ('access', 'rectification', 'erasure', 'portability', 'restriction', 'objection')),
    CONSTRAINT data_subject_requests_status_check CHECK (status IN ('received', 'verifying', 'in_progress', 'completed', 'rejected')),
    CONSTRAINT data_subject_requests_due_after_received CHECK (due_at > received_at),
    CONSTRAINT data_subject_requests_completed_at_required CHECK (status NOT IN ('completed', 'rejected') OR completed_at IS NOT NULL)
);
COMMENT ON TABLE cmis_audit.data_subject_requests IS 'GDPR/CCPA requests of data subjects (access, erasure ...), due 30 days after receipt.';
COMMENT ON COLUMN cmis_audit.data_subject_requests.due_at IS 'Statutory deadline; filled by a trigger as received_at + 30 days when not given.';

CREATE TABLE cmis_audit.access_reviews (
    review_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    scope text DEFAULT 'org' NOT NULL,
    review_period daterange NOT NULL,
    status text DEFAULT 'planned' NOT NULL,
    reviewer_user_id uuid,
    started_at timestamptz,
    completed_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT access_reviews_pkey PRIMARY KEY (review_id),
    CONSTRAINT access_reviews_scope_check CHECK (scope IN ('org', 'team', 'role', 'api_keys')),
    CONSTRAINT access_reviews_status_check CHECK (status IN ('planned', 'open', 'completed', 'cancelled')),
    CONSTRAINT access_reviews_completed_at_required CHECK (status <> 'completed' OR completed_at IS NOT NULL)
);
COMMENT ON TABLE cmis_audit.access_reviews IS 'Periodic certification campaigns of who has which access in a tenant.';

CREATE TABLE cmis_audit.access_review_items (
    item_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    review_id uuid NOT NULL,
    subject_user_id uuid NOT NULL,
    role_id uuid,
    permission_id uuid,
    decision text DEFAULT 'pending' NOT NULL,
    decided_by uuid,
    decided_at timestamptz,
    justification text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT access_review_items_pkey PRIMARY KEY (item_id),
    CONSTRAINT access_review_items_decision_check CHECK (decision IN ('pending', 'keep', 'revoke', 'modify')),
    CONSTRAINT access_review_items_decided_consistent CHECK ((decision = 'pending') = (decided_at IS NULL))
);
COMMENT ON TABLE cmis_audit.access_review_items IS 'One access grant (role or permission of a user) to certify within an access review.';

CREATE TABLE cmis_audit.security_events (
    event_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid,
    user_id uuid,
    event_type text NOT NULL,
    severity cmis_audit.severity_level DEFAULT 'info' NOT NULL,
    ip_address inet,
    user_agent text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT security_events_pkey PRIMARY KEY (event_id),
    CONSTRAINT security_events_type_format CHECK (event_type ~ '^[a-z_]+(\.[a-z_]+)*$')
);
COMMENT ON TABLE cmis_audit.security_events IS 'Authentication and authorisation events (auth.login_failed, api_key.revoked ...); org_id NULL before a tenant is known.';

CREATE TABLE cmis_audit.legal_holds (
    hold_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    matter_name text NOT NULL,
    matter_reference text,
    entity_type text NOT NULL,
    entity_id uuid,
    hold_period tstzrange DEFAULT tstzrange(now(), NULL::timestamptz) NOT NULL,
    reason text NOT NULL,
    placed_by uuid,
    released_by uuid,
    released_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT legal_holds_pkey PRIMARY KEY (hold_id),
    CONSTRAINT legal_holds_release_consistent CHECK ((released_at IS NULL) = (released_by IS NULL))
);
COMMENT ON TABLE cmis_audit.legal_holds IS 'Litigation holds that suspend retention and erasure for an entity (or a whole entity type when entity_id is NULL).';

-- Views.
CREATE VIEW cmis_audit.open_compliance_violations WITH (security_invoker = true) AS
SELECT v.violation_id,
       v.org_id,
       v.violation_number,
       r.code AS rule_code,
       r.framework,
       r.title AS rule_title,
       v.severity,
       v.summary,
       v.status,
       v.assigned_to,
       v.detected_at,
       now() - v.detected_at AS open_for
  FROM cmis_audit.compliance_violations v
  JOIN cmis_audit.compliance_rules r ON r.rule_id = v.rule_id
 WHERE v.status IN ('open', 'acknowledged', 'remediating');
COMMENT ON VIEW cmis_audit.open_compliance_violations IS 'Unresolved compliance violations with their rule; runs with the caller''s RLS.';

CREATE VIEW cmis_audit.current_consents WITH (security_invoker = true) AS
SELECT DISTINCT ON (c.org_id, c.subject_email, c.purpose)
       c.org_id,
       c.subject_email,
       c.purpose,
       c.is_granted AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()) AS is_effective,
       c.lawful_basis,
       c.recorded_at,
       c.consent_id
  FROM cmis_audit.consent_records c
 ORDER BY c.org_id, c.subject_email, c.purpose, c.recorded_at DESC, c.consent_id DESC;
COMMENT ON VIEW cmis_audit.current_consents IS 'Latest consent decision per subject and purpose, with whether it is in effect now.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis_audit.audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_tenant_isolation ON cmis_audit.audit_log
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.compliance_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY compliance_rules_tenant_isolation ON cmis_audit.compliance_rules
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.compliance_checks ENABLE ROW LEVEL SECURITY;
CREATE POLICY compliance_checks_tenant_isolation ON cmis_audit.compliance_checks
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.compliance_violations ENABLE ROW LEVEL SECURITY;
CREATE POLICY compliance_violations_tenant_isolation ON cmis_audit.compliance_violations
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.data_retention_policies ENABLE ROW LEVEL SECURITY;
CREATE POLICY data_retention_policies_tenant_isolation ON cmis_audit.data_retention_policies
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.retention_executions ENABLE ROW LEVEL SECURITY;
CREATE POLICY retention_executions_tenant_isolation ON cmis_audit.retention_executions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.consent_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_records_tenant_isolation ON cmis_audit.consent_records
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.data_subject_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY data_subject_requests_tenant_isolation ON cmis_audit.data_subject_requests
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.access_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_reviews_tenant_isolation ON cmis_audit.access_reviews
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.access_review_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_review_items_tenant_isolation ON cmis_audit.access_review_items
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.security_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY security_events_tenant_isolation ON cmis_audit.security_events
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_audit.legal_holds ENABLE ROW LEVEL SECURITY;
CREATE POLICY legal_holds_tenant_isolation ON cmis_audit.legal_holds
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges. The audit log and security events are append-only for the application.
GRANT SELECT, INSERT ON cmis_audit.audit_log, cmis_audit.security_events TO cmis_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_audit.compliance_rules, cmis_audit.compliance_checks,
    cmis_audit.compliance_violations, cmis_audit.data_retention_policies,
    cmis_audit.retention_executions, cmis_audit.consent_records, cmis_audit.data_subject_requests,
    cmis_audit.access_reviews, cmis_audit.access_review_items, cmis_audit.legal_holds TO cmis_app;
GRANT SELECT ON cmis_audit.audit_log, cmis_audit.compliance_rules, cmis_audit.compliance_checks,
    cmis_audit.compliance_violations, cmis_audit.data_retention_policies,
    cmis_audit.retention_executions, cmis_audit.access_reviews, cmis_audit.access_review_items,
    cmis_audit.legal_holds TO cmis_readonly;
GRANT SELECT ON cmis_audit.open_compliance_violations, cmis_audit.current_consents TO cmis_app;
GRANT SELECT ON cmis_audit.open_compliance_violations TO cmis_readonly;
