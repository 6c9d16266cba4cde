-- AI Agent Context
-- Purpose:   Advanced campaign features. Knowledge base (collections, documents and their chunks
--            with vector(1536) embeddings for semantic search, plus a search log) in
--            cmis_knowledge; multi-channel campaign orchestration (orchestrations and their steps)
--            in cmis; feature flags with per-tenant overrides in lab.
-- Tables:    cmis_knowledge.document_collections, cmis_knowledge.documents,
--            cmis_knowledge.document_chunks, cmis_knowledge.semantic_search_log,
--            cmis.campaign_orchestrations, cmis.orchestration_steps, lab.feature_flags,
--            lab.feature_flag_overrides
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id),
--            campaigns_and_contexts (cmis.campaigns), teams_and_communication (cmis.teams),
--            data_and_workflows (cmis.workflows, FK only), extension vector.
--            HNSW indexes in all_indexes.sql; FKs and exclusion constraints in all_constraints.sql.

CREATE TYPE cmis_knowledge.document_status AS ENUM ('draft', 'processing', 'published', 'archived', 'failed');
COMMENT ON TYPE cmis_knowledge.document_status IS 'Ingestion and publication state of a knowledge base document.';

CREATE TYPE cmis.orchestration_status AS ENUM ('draft', 'scheduled', 'running', 'paused', 'completed', 'failed', 'cancelled');
COMMENT ON TYPE cmis.orchestration_status IS 'Life cycle of a campaign orchestration.';

CREATE TABLE cmis_knowledge.document_collections (
    collection_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    description text,
    path ltree,
    visibility text DEFAULT 'org' NOT NULL,
    team_id uuid,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT document_collections_pkey PRIMARY KEY (collection_id),
    CONSTRAINT document_collections_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    CONSTRAINT document_collections_visibility_check CHECK (visibility IN ('private', 'team', 'org')),
    CONSTRAINT document_collections_team_visibility CHECK (visibility <> 'team' OR team_id IS NOT NULL)
);
COMMENT ON TABLE cmis_knowledge.document_collections IS 'Folders of knowledge base documents, optionally restricted to a team.';

CREATE TABLE cmis_knowledge.documents (
    document_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    collection_id uuid,
    document_number integer NOT NULL,
    title text NOT NULL,
    summary text,
    body text DEFAULT '' NOT NULL,
    source_type text DEFAULT 'manual' NOT NULL,
    source_uri text,
    mime_type text DEFAULT 'text/markdown' NOT NULL,
    language text DEFAULT 'en' NOT NULL,
    status cmis_knowledge.document_status DEFAULT 'draft' NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    content_hash bytea,
    embedding vector(1536),
    embedding_model text,
    embedded_at timestamptz,
    token_count integer,
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'C')) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT documents_pkey PRIMARY KEY (document_id),
    CONSTRAINT documents_source_type_check CHECK (source_type IN ('upload', 'url', 'integration', 'manual', 'generated')),
    CONSTRAINT documents_language_check CHECK (language ~ '^[a-z]{2}(-[A-Z]{2})?$'),
    CONSTRAINT documents_embedding_model_required CHECK (embedding IS NULL OR embedding_model IS NOT NULL),
    CONSTRAINT documents_token_count_check CHECK (token_count IS NULL OR token_count >= 0)
);
COMMENT ON TABLE cmis_knowledge.documents IS 'Knowledge base documents (brand guides, briefs, FAQs) searchable by text and by meaning.';
COMMENT ON COLUMN cmis_knowledge.documents.embedding IS 'Whole-document embedding (1536 dimensions, cosine distance, HNSW index); NULL while stale.';
COMMENT ON COLUMN cmis_knowledge.documents.content_hash IS 'SHA-256 of the body, to skip re-embedding unchanged documents.';

CREATE TABLE cmis_knowledge.document_chunks (
    chunk_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    document_id uuid NOT NULL,
    chunk_index integer NOT NULL,
    content text NOT NULL,
    char_range int4range,
    token_count integer,
    embedding vector(1536),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(content, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT document_chunks_pkey PRIMARY KEY (chunk_id),
    CONSTRAINT document_chunks_chunk_index_check CHECK (chunk_index >= 0),
    CONSTRAINT document_chunks_token_count_check CHECK (token_count IS NULL OR token_count > 0)
);
COMMENT ON TABLE cmis_knowledge.document_chunks IS 'Passages of a document with their own embeddings, the unit of retrieval-augmented generation.';
COMMENT ON COLUMN cmis_knowledge.document_chunks.char_range IS 'Character offsets of the chunk within the document body.';

CREATE TABLE cmis_knowledge.semantic_search_log (
    search_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    user_id uuid,
    collection_id uuid,
    query_text text NOT NULL,
    query_embedding vector(1536),
    result_count integer DEFAULT 0 NOT NULL,
    top_document_id uuid,
    latency_ms integer,
    feedback smallint,
    searched_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT semantic_search_log_pkey PRIMARY KEY (search_id),
    CONSTRAINT semantic_search_log_result_count_check CHECK (result_count >= 0),
    CONSTRAINT semantic_search_log_latency_check CHECK (latency_ms IS NULL OR latency_ms >= 0),
    CONSTRAINT semantic_search_log_feedback_check CHECK (feedback IS NULL OR feedback IN (-1, 0, 1))
);
COMMENT ON TABLE cmis_knowledge.semantic_search_log IS 'Knowledge base searches with latency and thumbs-up/down feedback, for relevance tuning.';

CREATE TABLE cmis.campaign_orchestrations (
    orchestration_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    status cmis.orchestration_status DEFAULT 'draft' NOT NULL,
    strategy text DEFAULT 'sequential' NOT NULL,
    scheduled_window tstzrange,
    budget_cap numeric(14,2),
    currency char(3) DEFAULT 'USD' NOT NULL,
    goals jsonb DEFAULT '{}'::jsonb NOT NULL,
    started_at timestamptz,
    completed_at timestamptz,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT campaign_orchestrations_pkey PRIMARY KEY (orchestration_id),
    CONSTRAINT campaign_orchestrations_strategy_check CHECK (strategy IN ('sequential', 'parallel', 'adaptive')),
    CONSTRAINT campaign_orchestrations_budget_cap_check CHECK (budget_cap IS NULL OR budget_cap >= 0),
    CONSTRAINT campaign_orchestrations_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT campaign_orchestrations_completed_after_started CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at)
);
COMMENT ON TABLE cmis.campaign_orchestrations IS 'Cross-channel plan that drives a campaign (cmis.campaigns) through ordered or parallel steps.';
COMMENT ON COLUMN cmis.campaign_orchestrations.strategy IS 'sequential, parallel, or adaptive (steps re-ordered by measured performance).';

CREATE TABLE cmis.orchestration_steps (
    orchestration_step_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    orchestration_id uuid NOT NULL,
    step_order smallint NOT NULL,
    channel text NOT NULL,
    action text NOT NULL,
    depends_on_step_id uuid,
    workflow_id uuid,
    start_delay interval DEFAULT '00:00:00'::interval NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'pending' NOT NULL,
    started_at timestamptz,
    finished_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT orchestration_steps_pkey PRIMARY KEY (orchestration_step_id),
    CONSTRAINT orchestration_steps_step_order_check CHECK (step_order >= 1),
    CONSTRAINT orchestration_steps_channel_check CHECK (channel IN ('email', 'social', 'paid_search', 'paid_social', 'display', 'sms', 'push', 'webhook')),
    CONSTRAINT orchestration_steps_status_check CHECK (status IN ('pending', 'waiting', 'running', 'done', 'failed', 'skipped')),
    CONSTRAINT orchestration_steps_start_delay_check CHECK (start_delay >= '00:00:00'::interval),
    CONSTRAINT orchestration_steps_not_self_dependent CHECK (depends_on_step_id IS NULL OR depends_on_step_id <> orchestration_step_id)
);
COMMENT ON TABLE cmis.orchestration_steps IS 'Channel actions of an orchestration, optionally delegating to a workflow.';

CREATE TABLE lab.feature_flags (
    flag_id uuid DEFAULT gen_random_uuid() NOT NULL,
    flag_number smallint NOT NULL,
    flag_key text NOT NULL,
    description text,
    is_enabled boolean DEFAULT false NOT NULL,
    rollout_percent smallint DEFAULT 0 NOT NULL,
    variants jsonb DEFAULT '{}'::jsonb NOT NULL,
    owner_user_id uuid,
    expires_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT feature_flags_pkey PRIMARY KEY (flag_id),
    CONSTRAINT feature_flags_key_format CHECK (flag_key ~ '^[a-z][a-z0-9_.-]{2,63}$'),
    CONSTRAINT feature_flags_rollout_percent_check CHECK (rollout_percent BETWEEN 0 AND 100)
);
COMMENT ON TABLE lab.feature_flags IS 'Global feature flags (not tenant data): default state and percentage rollout across orgs.';
COMMENT ON COLUMN lab.feature_flags.rollout_percent IS 'Share of orgs (by a stable hash of org_id) that get the flag when no override applies.';

CREATE TABLE lab.feature_flag_overrides (
    override_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    flag_id uuid NOT NULL,
    is_enabled boolean NOT NULL,
    variant text,
    reason text,
    active_during tstzrange DEFAULT tstzrange(now(), NULL::timestamptz) NOT NULL,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT feature_flag_overrides_pkey PRIMARY KEY (override_id),
    CONSTRAINT feature_flag_overrides_active_not_empty CHECK (NOT isempty(active_during))
);
COMMENT ON TABLE lab.feature_flag_overrides IS 'Per-tenant forced state of a flag for a period; periods of one flag and org never overlap.';

-- Row-level security: tenant isolation by org_id (lab.feature_flags is global, no org_id).
ALTER TABLE cmis_knowledge.document_collections ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_collections_tenant_isolation ON cmis_knowledge.document_collections
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_knowledge.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant_isolation ON cmis_knowledge.documents
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_knowledge.document_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_chunks_tenant_isolation ON cmis_knowledge.document_chunks
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_knowledge.semantic_search_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY semantic_search_log_tenant_isolation ON cmis_knowledge.semantic_search_log
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.campaign_orchestrations ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_orchestrations_tenant_isolation ON cmis.campaign_orchestrations
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.orchestration_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY orchestration_steps_tenant_isolation ON cmis.orchestration_steps
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE lab.feature_flag_overrides ENABLE ROW LEVEL SECURITY;
CREATE POLICY feature_flag_overrides_tenant_isolation ON lab.feature_flag_overrides
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges. Flags are read by the application and changed through lab.set_feature_override().
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_knowledge.document_collections, cmis_knowledge.documents,
    cmis_knowledge.document_chunks TO cmis_app;
GRANT SELECT, INSERT ON cmis_knowledge.semantic_search_log TO cmis_app;
GRANT UPDATE (feedback) ON cmis_knowledge.semantic_search_log TO cmis_app;
GRANT SELECT ON cmis_knowledge.document_collections, cmis_knowledge.documents,
    cmis_knowledge.semantic_search_log TO cmis_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.campaign_orchestrations, cmis.orchestration_steps TO cmis_app;
GRANT SELECT ON cmis.campaign_orchestrations, cmis.orchestration_steps TO cmis_readonly;
GRANT SELECT ON lab.feature_flags, lab.feature_flag_overrides TO cmis_app;
