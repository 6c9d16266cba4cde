-- AI Agent Context
-- Purpose:   Content templates and AI content generation: versioned templates with declared
--            variables, prompt templates bound to an AI model, brand voice profiles, the queue of
--            generation requests, the generated content variants and user feedback on them.
-- Tables:    cmis_marketing.content_templates, cmis_marketing.template_versions,
--            cmis_marketing.template_variables, cmis_marketing.prompt_templates,
--            cmis_marketing.brand_voice_profiles, cmis_marketing.generation_requests,
--            cmis_marketing.generated_contents, cmis_marketing.generation_feedback
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users), campaigns_and_contexts
--            (cmis.campaigns), ai_and_analytics (cmis_ai_analytics.ai_models).
--            Sequences in all_sequences.sql, FKs in all_constraints.sql, HNSW in all_indexes.sql.

CREATE TYPE cmis_marketing.generation_status AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');
COMMENT ON TYPE cmis_marketing.generation_status IS 'State of an AI generation request in the worker queue.';

CREATE TABLE cmis_marketing.content_templates (
    template_id uuid DEFAULT gen_random_uuid() NOT NULL,
    template_number integer NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    channel text NOT NULL,
    template_kind text DEFAULT 'text' NOT NULL,
    category_path public.ltree,
    locale text DEFAULT 'en' NOT NULL,
    subject_line text,
    body text NOT NULL,
    variables jsonb DEFAULT '{}'::jsonb NOT NULL,
    current_version integer DEFAULT 1 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(subject_line, '') || ' ' || coalesce(body, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT content_templates_pkey PRIMARY KEY (template_id),
    CONSTRAINT content_templates_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    CONSTRAINT content_templates_channel_check CHECK (channel IN ('email', 'sms', 'social', 'ad', 'landing_page', 'push', 'blog')),
    CONSTRAINT content_templates_kind_check CHECK (template_kind IN ('text', 'html', 'markdown', 'json')),
    CONSTRAINT content_templates_locale_check CHECK (locale ~ '^[a-z]{2}(-[A-Z]{2})?$'),
    CONSTRAINT content_templates_version_check CHECK (current_version > 0)
);
COMMENT ON TABLE cmis_marketing.content_templates IS 'Reusable content templates with {{variable}} placeholders, per channel and locale.';
COMMENT ON COLUMN cmis_marketing.content_templates.category_path IS 'Category tree path, e.g. seasonal.black_friday.email.';
COMMENT ON COLUMN cmis_marketing.content_templates.current_version IS 'Bumped by trigger whenever body changes; older bodies are in template_versions.';

CREATE TABLE cmis_marketing.template_versions (
    template_version_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    template_id uuid NOT NULL,
    version_number integer NOT NULL,
    subject_line text,
    body text NOT NULL,
    variables jsonb DEFAULT '{}'::jsonb NOT NULL,
    change_note text,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT template_versions_pkey PRIMARY KEY (template_version_id),
    CONSTRAINT template_versions_number_check CHECK (version_number > 0)
);
COMMENT ON TABLE cmis_marketing.template_versions IS 'Immutable earlier versions of a template body.';

CREATE TABLE cmis_marketing.template_variables (
    variable_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    template_id uuid NOT NULL,
    variable_name text NOT NULL,
    data_type text DEFAULT 'text' NOT NULL,
    is_required boolean DEFAULT true NOT NULL,
    default_value text,
    validation_regex text,
    max_length integer,
    description text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT template_variables_pkey PRIMARY KEY (variable_id),
    CONSTRAINT template_variables_name_format CHECK (variable_name ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT template_variables_type_check CHECK (data_type IN ('text', 'number', 'date', 'url', 'image_url', 'list')),
    CONSTRAINT template_variables_max_length_check CHECK (max_length IS NULL OR max_length > 0),
    CONSTRAINT template_variables_required_default CHECK (NOT is_required OR default_value IS NULL)
);
COMMENT ON TABLE cmis_marketing.template_variables IS 'Variables a template expects, with type, default and validation.';

CREATE TABLE cmis_marketing.prompt_templates (
    prompt_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    prompt_version integer DEFAULT 1 NOT NULL,
    purpose text NOT NULL,
    model_id uuid,
    system_prompt text NOT NULL,
    user_prompt_template text NOT NULL,
    temperature numeric(3,2) DEFAULT 0.70 NOT NULL,
    max_output_tokens integer DEFAULT 1024 NOT NULL,
    output_schema jsonb,
    is_active boolean DEFAULT true NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(purpose, '') || ' ' || coalesce(user_prompt_template, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT prompt_templates_pkey PRIMARY KEY (prompt_id),
    CONSTRAINT prompt_templates_purpose_check CHECK (purpose IN ('ad_copy', 'social_caption', 'email', 'headline', 'summary', 'translation', 'image_prompt')),
    CONSTRAINT prompt_templates_temperature_check CHECK (temperature BETWEEN 0 AND 2),
    CONSTRAINT prompt_templates_max_tokens_check CHECK (max_output_tokens BETWEEN 1 AND 32768),
    CONSTRAINT prompt_templates_version_check CHECK (prompt_version > 0)
);
COMMENT ON TABLE cmis_marketing.prompt_templates IS 'Versioned LLM prompts (system + user template) and their generation settings.';

CREATE TABLE cmis_marketing.brand_voice_profiles (
    brand_voice_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    tone_keywords text[] DEFAULT '{}'::text[] NOT NULL,
    banned_phrases text[] DEFAULT '{}'::text[] NOT NULL,
    preferred_phrases text[] DEFAULT '{}'::text[] NOT NULL,
    style_guide text,
    reading_level smallint,
    is_default boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT brand_voice_profiles_pkey PRIMARY KEY (brand_voice_id),
    CONSTRAINT brand_voice_profiles_reading_level_check CHECK (reading_level IS NULL OR reading_level BETWEEN 1 AND 18)
);
COMMENT ON TABLE cmis_marketing.brand_voice_profiles IS 'Brand voice guidelines injected into generation prompts; one default per org.';

CREATE TABLE cmis_marketing.generation_requests (
    generation_request_id uuid DEFAULT uuidv7() NOT NULL,
    request_number bigint NOT NULL,
    org_id uuid NOT NULL,
    template_id uuid,
    prompt_id uuid,
    brand_voice_id uuid,
    campaign_id uuid,
    model_id uuid,
    requested_by uuid,
    status cmis_marketing.generation_status DEFAULT 'queued' NOT NULL,
    priority smallint DEFAULT 5 NOT NULL,
    variant_count smallint DEFAULT 1 NOT NULL,
    input_variables jsonb DEFAULT '{}'::jsonb NOT NULL,
    tokens_used integer,
    error_message text,
    requested_at timestamptz DEFAULT now() NOT NULL,
    started_at timestamptz,
    completed_at timestamptz,
    CONSTRAINT generation_requests_pkey PRIMARY KEY (generation_request_id),
    CONSTRAINT generation_requests_source_check CHECK (template_id IS NOT NULL OR prompt_id IS NOT NULL),
    CONSTRAINT generation_requests_priority_check CHECK (priority BETWEEN 1 AND 10),
    CONSTRAINT generation_requests_variant_count_check CHECK (variant_count BETWEEN 1 AND 10),
    CONSTRAINT generation_requests_timing_check CHECK (completed_at IS NULL OR (started_at IS NOT NULL AND completed_at >= started_at)),
    CONSTRAINT generation_requests_failed_has_error CHECK (status <> 'failed' OR error_message IS NOT NULL)
);
COMMENT ON TABLE cmis_marketing.generation_requests IS 'Queue of AI content generation jobs from a template and/or prompt.';
COMMENT ON COLUMN cmis_marketing.generation_requests.priority IS '1 = most urgent, 10 = background.';

CREATE TABLE cmis_marketing.generated_contents (
    generated_content_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    generation_request_id uuid NOT NULL,
    variant_index smallint NOT NULL,
    content_text text NOT NULL,
    content_json jsonb,
    quality_score numeric(5,4),
    is_selected boolean DEFAULT false NOT NULL,
    approved_by uuid,
    approved_at timestamptz,
    content_embedding public.vector(1536),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(content_text, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT generated_contents_pkey PRIMARY KEY (generated_content_id),
    CONSTRAINT generated_contents_variant_index_check CHECK (variant_index >= 0),
    CONSTRAINT generated_contents_quality_check CHECK (quality_score IS NULL OR quality_score BETWEEN 0 AND 1),
    CONSTRAINT generated_contents_approval_pair CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
COMMENT ON TABLE cmis_marketing.generated_contents IS 'Content variants produced by a generation request; at most one selected per request.';
COMMENT ON COLUMN cmis_marketing.generated_contents.content_embedding IS 'Embedding used to find near-duplicate generated content.';

CREATE TABLE cmis_marketing.generation_feedback (
    feedback_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    generated_content_id uuid NOT NULL,
    user_id uuid NOT NULL,
    rating smallint NOT NULL,
    feedback_text text,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT generation_feedback_pkey PRIMARY KEY (feedback_id),
    CONSTRAINT generation_feedback_rating_check CHECK (rating BETWEEN 1 AND 5)
);
COMMENT ON TABLE cmis_marketing.generation_feedback IS 'User ratings of generated content, one per user and content.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis_marketing.content_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_templates_tenant_isolation ON cmis_marketing.content_templates
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.template_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY template_versions_tenant_isolation ON cmis_marketing.template_versions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.template_variables ENABLE ROW LEVEL SECURITY;
CREATE POLICY template_variables_tenant_isolation ON cmis_marketing.template_variables
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.prompt_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY prompt_templates_tenant_isolation ON cmis_marketing.prompt_templates
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.brand_voice_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY brand_voice_profiles_tenant_isolation ON cmis_marketing.brand_voice_profiles
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.generation_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY generation_requests_tenant_isolation ON cmis_marketing.generation_requests
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.generated_contents ENABLE ROW LEVEL SECURITY;
CREATE POLICY generated_contents_tenant_isolation ON cmis_marketing.generated_contents
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.generation_feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY generation_feedback_tenant_isolation ON cmis_marketing.generation_feedback
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_marketing.content_templates, cmis_marketing.template_versions,
    cmis_marketing.template_variables, cmis_marketing.prompt_templates, cmis_marketing.brand_voice_profiles,
    cmis_marketing.generation_requests, cmis_marketing.generated_contents,
    cmis_marketing.generation_feedback TO cmis_app;
GRANT SELECT ON cmis_marketing.content_templates, cmis_marketing.template_versions,
    cmis_marketing.template_variables, cmis_marketing.prompt_templates, cmis_marketing.brand_voice_profiles,
    cmis_marketing.generation_requests, cmis_marketing.generated_contents,
    cmis_marketing.generation_feedback TO cmis_readonly;
