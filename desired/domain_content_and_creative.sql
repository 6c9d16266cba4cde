-- AI Agent Context
-- Purpose:   Phase 3 content production: creative assets (images, videos, ...) with their
--            versions, reusable copy components (headlines, bodies, CTAs), creative briefs and
--            the ad-ready variants combining asset and copy (schema cmis); content plans, their
--            content items with attached assets and copy, approvals, calendar slots and review
--            comments (schema cmis_marketing). Assets, copy and items carry vector(1536)
--            embeddings (HNSW indexes) and generated tsvector columns for search.
-- Tables:    cmis.creative_assets, cmis.creative_asset_versions, cmis.copy_components,
--            cmis.creative_briefs, cmis.creative_variants, cmis_marketing.content_plans,
--            cmis_marketing.content_items, cmis_marketing.content_item_assets,
--            cmis_marketing.content_item_copies, cmis_marketing.content_approvals,
--            cmis_marketing.content_calendar_slots, cmis_marketing.content_comments
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id),
--            public_reference_tables (public.media_kind, content/channel types, MIME types, aspect
--            ratios, ad formats, languages, calls to action), campaigns_and_contexts
--            (cmis.campaigns, cmis.contexts), integrations_and_accounts (cmis.social_accounts).
--            FKs live in all_constraints.sql, indexes in all_indexes.sql, sequences in
--            all_sequences.sql, functions in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE cmis_marketing.content_status AS ENUM ('idea', 'draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'failed', 'archived');
COMMENT ON TYPE cmis_marketing.content_status IS 'Editorial workflow of a content item from idea to publication.';

CREATE DOMAIN cmis.sha256_digest AS bytea
    CHECK (octet_length(VALUE) = 32);
COMMENT ON DOMAIN cmis.sha256_digest IS 'Raw 32-byte SHA-256 digest of a stored file.';

CREATE TABLE cmis.creative_assets (
    asset_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    asset_number bigint NOT NULL,
    title text NOT NULL,
    description text,
    media_kind public.media_kind NOT NULL,
    mime_type text NOT NULL,
    storage_disk text DEFAULT 's3' NOT NULL,
    storage_path text NOT NULL,
    file_size_bytes bigint NOT NULL,
    checksum_sha256 cmis.sha256_digest,
    width_px integer,
    height_px integer,
    duration_ms integer,
    aspect_ratio_code text,
    alt_text text,
    dominant_colors text[] DEFAULT '{}'::text[] NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    source text DEFAULT 'upload' NOT NULL,
    status text DEFAULT 'processing' NOT NULL,
    current_version integer DEFAULT 1 NOT NULL,
    rights_expire_at timestamptz,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    embedding public.vector(1536),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(alt_text, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT creative_assets_pkey PRIMARY KEY (asset_id),
    CONSTRAINT creative_assets_file_size_positive CHECK (file_size_bytes > 0),
    CONSTRAINT creative_assets_dimensions_positive CHECK ((width_px IS NULL OR width_px > 0) AND (height_px IS NULL OR height_px > 0)),
    CONSTRAINT creative_assets_duration_for_timed_media CHECK (duration_ms IS NULL OR media_kind IN ('video', 'audio')),
    CONSTRAINT creative_assets_source_valid CHECK (source IN ('upload', 'generated', 'stock', 'platform_import', 'agency')),
    CONSTRAINT creative_assets_status_valid CHECK (status IN ('uploading', 'processing', 'ready', 'rejected', 'archived')),
    CONSTRAINT creative_assets_version_positive CHECK (current_version > 0)
);
COMMENT ON TABLE cmis.creative_assets IS 'Media files of an org (images, videos, audio, documents) with technical metadata and embeddings.';
COMMENT ON COLUMN cmis.creative_assets.asset_number IS 'Human-readable number (AST-100042) from cmis.creative_asset_number_seq.';
COMMENT ON COLUMN cmis.creative_assets.embedding IS '1536-dimension embedding of the asset (caption model) for similarity search.';

CREATE TABLE cmis.creative_asset_versions (
    version_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    asset_id uuid NOT NULL,
    version_no integer NOT NULL,
    storage_path text NOT NULL,
    file_size_bytes bigint NOT NULL,
    checksum_sha256 cmis.sha256_digest,
    change_note text,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT creative_asset_versions_pkey PRIMARY KEY (version_id),
    CONSTRAINT creative_asset_versions_no_positive CHECK (version_no > 0),
    CONSTRAINT creative_asset_versions_size_positive CHECK (file_size_bytes > 0)
);
COMMENT ON TABLE cmis.creative_asset_versions IS 'Earlier and current file versions of an asset; version_no is assigned by trigger.';

CREATE TABLE cmis.copy_components (
    component_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    context_id uuid,
    component_type text NOT NULL,
    language_code text DEFAULT 'en' NOT NULL,
    tone text,
    content text NOT NULL,
    char_count integer GENERATED ALWAYS AS (char_length(content)) STORED,
    max_chars smallint,
    cta_code text,
    status text DEFAULT 'draft' NOT NULL,
    source text DEFAULT 'human' NOT NULL,
    generation_prompt text,
    embedding public.vector(1536),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(content, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT copy_components_pkey PRIMARY KEY (component_id),
    CONSTRAINT copy_components_type_valid CHECK (component_type IN ('headline', 'primary_text', 'description', 'cta', 'hashtags', 'caption', 'subject_line', 'tagline')),
    CONSTRAINT copy_components_status_valid CHECK (status IN ('draft', 'approved', 'rejected', 'retired')),
    CONSTRAINT copy_components_source_valid CHECK (source IN ('human', 'ai_generated', 'ai_assisted', 'imported')),
    CONSTRAINT copy_components_within_limit CHECK (max_chars IS NULL OR char_length(content) <= max_chars),
    CONSTRAINT copy_components_content_not_blank CHECK (btrim(content) <> ''),
    CONSTRAINT copy_components_generated_has_prompt CHECK (source <> 'ai_generated' OR generation_prompt IS NOT NULL)
);
COMMENT ON TABLE cmis.copy_components IS 'Reusable pieces of copy (headlines, primary texts, CTAs, ...) in one language, human or AI written.';
COMMENT ON COLUMN cmis.copy_components.max_chars IS 'Limit of the placement the copy was written for; enforced when set.';

CREATE TABLE cmis.creative_briefs (
    brief_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    brief_number integer NOT NULL,
    title text NOT NULL,
    objective text,
    key_message text,
    target_audience text,
    tone_of_voice text,
    mandatories jsonb DEFAULT '[]'::jsonb NOT NULL,
    deliverables jsonb DEFAULT '[]'::jsonb NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    due_at timestamptz,
    approved_by uuid,
    approved_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(objective, '') || ' ' || coalesce(key_message, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT creative_briefs_pkey PRIMARY KEY (brief_id),
    CONSTRAINT creative_briefs_status_valid CHECK (status IN ('draft', 'submitted', 'approved', 'in_production', 'closed')),
    CONSTRAINT creative_briefs_deliverables_is_array CHECK (jsonb_typeof(deliverables) = 'array'),
    CONSTRAINT creative_briefs_approved_complete CHECK (status NOT IN ('approved', 'in_production') OR approved_at IS NOT NULL)
);
COMMENT ON TABLE cmis.creative_briefs IS 'Creative briefs of a campaign: message, audience, mandatories and deliverables.';
COMMENT ON COLUMN cmis.creative_briefs.brief_number IS 'Human-readable number from cmis.creative_brief_number_seq.';

CREATE TABLE cmis.creative_variants (
    variant_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    asset_id uuid,
    headline_component_id uuid,
    body_component_id uuid,
    cta_code text,
    format_code text,
    aspect_ratio_code text,
    variant_label text NOT NULL,
    is_control boolean DEFAULT false NOT NULL,
    landing_url text,
    utm_params jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT creative_variants_pkey PRIMARY KEY (variant_id),
    CONSTRAINT creative_variants_has_content CHECK (asset_id IS NOT NULL OR headline_component_id IS NOT NULL OR body_component_id IS NOT NULL),
    CONSTRAINT creative_variants_label_format CHECK (variant_label ~ '^[A-Za-z0-9_-]{1,32}$')
);
COMMENT ON TABLE cmis.creative_variants IS 'Ad-ready combinations of asset, copy, CTA and format used in campaigns and experiments.';

CREATE TABLE cmis_marketing.content_plans (
    plan_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    name text NOT NULL,
    description text,
    period daterange NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    owner_user_id uuid,
    goals jsonb DEFAULT '{}'::jsonb NOT NULL,
    posting_cadence jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT content_plans_pkey PRIMARY KEY (plan_id),
    CONSTRAINT content_plans_status_valid CHECK (status IN ('draft', 'active', 'completed', 'archived')),
    CONSTRAINT content_plans_period_bounded CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period))
);
COMMENT ON TABLE cmis_marketing.content_plans IS 'Editorial plans over a period, optionally tied to a campaign.';
COMMENT ON COLUMN cmis_marketing.content_plans.posting_cadence IS 'Target posts per channel and week, e.g. {"organic_social": 5}.';

CREATE TABLE cmis_marketing.content_items (
    item_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    plan_id uuid,
    campaign_id uuid,
    item_number integer NOT NULL,
    content_type_code text NOT NULL,
    channel_code text,
    social_account_id uuid,
    title text NOT NULL,
    body text,
    language_code text DEFAULT 'en' NOT NULL,
    status cmis_marketing.content_status DEFAULT 'idea' NOT NULL,
    scheduled_at timestamptz,
    published_at timestamptz,
    external_post_id text,
    publish_error text,
    author_id uuid,
    hashtags text[] DEFAULT '{}'::text[] NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    embedding public.vector(1536),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT content_items_pkey PRIMARY KEY (item_id),
    CONSTRAINT content_items_scheduled_has_time CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
    CONSTRAINT content_items_published_has_time CHECK (status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT content_items_title_not_blank CHECK (btrim(title) <> '')
);
COMMENT ON TABLE cmis_marketing.content_items IS 'Individual pieces of content (posts, stories, articles, emails) moving through the editorial workflow.';
COMMENT ON COLUMN cmis_marketing.content_items.item_number IS 'Human-readable number from cmis_marketing.content_item_number_seq.';
COMMENT ON COLUMN cmis_marketing.content_items.external_post_id IS 'Id of the published post on the platform, set by the publisher.';

CREATE TABLE cmis_marketing.content_item_assets (
    org_id uuid NOT NULL,
    item_id uuid NOT NULL,
    asset_id uuid NOT NULL,
    position smallint DEFAULT 1 NOT NULL,
    asset_role text DEFAULT 'primary' NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT content_item_assets_pkey PRIMARY KEY (item_id, asset_id),
    CONSTRAINT content_item_assets_position_range CHECK (position BETWEEN 1 AND 20),
    CONSTRAINT content_item_assets_role_valid CHECK (asset_role IN ('primary', 'thumbnail', 'carousel', 'attachment'))
);
COMMENT ON TABLE cmis_marketing.content_item_assets IS 'Assets attached to a content item, in display order (carousel cards, thumbnails).';

CREATE TABLE cmis_marketing.content_item_copies (
    org_id uuid NOT NULL,
    item_id uuid NOT NULL,
    slot text NOT NULL,
    component_id uuid NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT content_item_copies_pkey PRIMARY KEY (item_id, slot),
    CONSTRAINT content_item_copies_slot_valid CHECK (slot IN ('headline', 'body', 'cta', 'caption', 'hashtags', 'subject_line'))
);
COMMENT ON TABLE cmis_marketing.content_item_copies IS 'Copy component used in each text slot of a content item.';

CREATE TABLE cmis_marketing.content_approvals (
    approval_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    item_id uuid NOT NULL,
    step smallint DEFAULT 1 NOT NULL,
    reviewer_id uuid NOT NULL,
    decision text DEFAULT 'pending' NOT NULL,
    comment text,
    requested_at timestamptz DEFAULT now() NOT NULL,
    decided_at timestamptz,
    CONSTRAINT content_approvals_pkey PRIMARY KEY (approval_id),
    CONSTRAINT content_approvals_decision_valid CHECK (decision IN ('pending', 'approved', 'changes_requested', 'rejected')),
    CONSTRAINT content_approvals_decided_consistent CHECK ((decision = 'pending') = (decided_at IS NULL)),
    CONSTRAINT content_approvals_step_range CHECK (step BETWEEN 1 AND 10),
    CONSTRAINT content_approvals_rejection_has_comment CHECK (decision NOT IN ('changes_requested', 'rejected') OR comment IS NOT NULL)
);
COMMENT ON TABLE cmis_marketing.content_approvals IS 'Review requests and decisions per approval step of a content item.';

CREATE TABLE cmis_marketing.content_calendar_slots (
    slot_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    channel_code text NOT NULL,
    social_account_id uuid,
    slot_time tstzrange NOT NULL,
    item_id uuid,
    label text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT content_calendar_slots_pkey PRIMARY KEY (slot_id),
    CONSTRAINT content_calendar_slots_time_bounded CHECK (NOT isempty(slot_time) AND NOT lower_inf(slot_time) AND NOT upper_inf(slot_time))
);
COMMENT ON TABLE cmis_marketing.content_calendar_slots IS 'Reserved publishing windows of a plan per channel; windows of one channel never overlap.';

CREATE TABLE cmis_marketing.content_comments (
    comment_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    item_id uuid NOT NULL,
    parent_comment_id uuid,
    author_id uuid,
    body text NOT NULL,
    anchor jsonb,
    resolved_at timestamptz,
    resolved_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT content_comments_pkey PRIMARY KEY (comment_id),
    CONSTRAINT content_comments_body_not_blank CHECK (btrim(body) <> ''),
    CONSTRAINT content_comments_resolution_complete CHECK (resolved_by IS NULL OR resolved_at IS NOT NULL)
);
COMMENT ON TABLE cmis_marketing.content_comments IS 'Threaded review comments on a content item, optionally anchored to a text range.';

-- Views.
CREATE VIEW cmis_marketing.v_content_pipeline WITH (security_invoker = true) AS
    SELECT p.plan_id,
           p.org_id,
           p.name AS plan_name,
           p.period,
           count(i.item_id) AS item_count,
           count(i.item_id) FILTER (WHERE i.status IN ('idea', 'draft')) AS drafting_count,
           count(i.item_id) FILTER (WHERE i.status IN ('in_review', 'changes_requested')) AS in_review_count,
           count(i.item_id) FILTER (WHERE i.status IN ('approved', 'scheduled')) AS ready_count,
           count(i.item_id) FILTER (WHERE i.status = 'published') AS published_count,
           count(i.item_id) FILTER (WHERE i.status = 'failed') AS failed_count,
           min(i.scheduled_at) FILTER (WHERE i.status = 'scheduled' AND i.scheduled_at > now()) AS next_scheduled_at
      FROM cmis_marketing.content_plans p
      LEFT JOIN cmis_marketing.content_items i
        ON i.plan_id = p.plan_id AND i.deleted_at IS NULL
     WHERE p.deleted_at IS NULL
     GROUP BY p.plan_id, p.org_id, p.name, p.period;
COMMENT ON VIEW cmis_marketing.v_content_pipeline IS 'Content items per plan and workflow stage; security_invoker so RLS applies.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.creative_assets ENABLE ROW LEVEL SECURITY;
CREATE POLICY creative_assets_tenant_isolation ON cmis.creative_assets
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.creative_asset_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY creative_asset_versions_tenant_isolation ON cmis.creative_asset_versions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.copy_components ENABLE ROW LEVEL SECURITY;
CREATE POLICY copy_components_tenant_isolation ON cmis.copy_components
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.creative_briefs ENABLE ROW LEVEL SECURITY;
CREATE POLICY creative_briefs_tenant_isolation ON cmis.creative_briefs
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.creative_variants ENABLE ROW LEVEL SECURITY;
CREATE POLICY creative_variants_tenant_isolation ON cmis.creative_variants
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_plans_tenant_isolation ON cmis_marketing.content_plans
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_items_tenant_isolation ON cmis_marketing.content_items
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_item_assets ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_item_assets_tenant_isolation ON cmis_marketing.content_item_assets
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_item_copies ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_item_copies_tenant_isolation ON cmis_marketing.content_item_copies
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_approvals ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_approvals_tenant_isolation ON cmis_marketing.content_approvals
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_calendar_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_calendar_slots_tenant_isolation ON cmis_marketing.content_calendar_slots
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.content_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY content_comments_tenant_isolation ON cmis_marketing.content_comments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.creative_assets, cmis.creative_asset_versions,
    cmis.copy_components, cmis.creative_briefs, cmis.creative_variants,
    cmis_marketing.content_plans, cmis_marketing.content_items, cmis_marketing.content_item_assets,
    cmis_marketing.content_item_copies, cmis_marketing.content_approvals,
    cmis_marketing.content_calendar_slots, cmis_marketing.content_comments TO cmis_app;
GRANT SELECT ON cmis.creative_assets, cmis.creative_asset_versions, cmis.copy_components,
    cmis.creative_briefs, cmis.creative_variants, cmis_marketing.content_plans,
    cmis_marketing.content_items, cmis_marketing.content_item_assets,
    cmis_marketing.content_item_copies, cmis_marketing.content_approvals,
    cmis_marketing.content_calendar_slots, cmis_marketing.v_content_pipeline TO cmis_readonly;
GRANT SELECT ON cmis_marketing.v_content_pipeline TO cmis_app;
