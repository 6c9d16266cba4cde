-- AI Agent Context
-- Purpose:   Organic social publishing: posts drafted for a connected social integration, their
--            media and edit history, approval workflow, publishing queues with posting slots,
--            explicitly scheduled posts, publish attempts, engagement metrics snapshots, comments
--            pulled back from the platform, and reusable hashtag sets.
-- Tables:    cmis.social_posts, cmis.social_post_media, cmis.social_post_versions,
--            cmis.social_approval_requests, cmis.publishing_queues, cmis.publishing_queue_items,
--            cmis.scheduled_social_posts, cmis.social_publish_attempts, cmis.social_post_metrics,
--            cmis.social_comments, cmis.social_hashtag_sets
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users), integrations_and_accounts
--            (cmis.integrations: the connected social account), campaigns_and_contexts
--            (cmis.campaigns). Sequences in all_sequences.sql, FKs in all_constraints.sql.

CREATE TYPE cmis.social_post_status AS ENUM ('draft', 'pending_approval', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'cancelled');
COMMENT ON TYPE cmis.social_post_status IS 'Workflow status of a social post.';

CREATE DOMAIN cmis.hashtag AS text
    CHECK (VALUE ~ '^#[[:alnum:]_]{1,100}$');
COMMENT ON DOMAIN cmis.hashtag IS 'One hashtag including the leading #, letters, digits and underscore only.';

CREATE TABLE cmis.social_posts (
    post_id uuid DEFAULT uuidv7() NOT NULL,
    post_number integer NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid,
    integration_id uuid NOT NULL,
    platform text NOT NULL,
    post_type text DEFAULT 'feed' NOT NULL,
    status cmis.social_post_status DEFAULT 'draft' NOT NULL,
    caption text,
    hashtags cmis.hashtag[] DEFAULT '{}'::cmis.hashtag[] NOT NULL,
    link_url text,
    first_comment text,
    location_tag text,
    external_post_id text,
    permalink text,
    published_at timestamptz,
    author_id uuid,
    approved_by uuid,
    approved_at timestamptz,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(caption, '') || ' ' || coalesce(first_comment, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT social_posts_pkey PRIMARY KEY (post_id),
    CONSTRAINT social_posts_platform_check CHECK (platform IN ('facebook', 'instagram', 'tiktok', 'linkedin', 'x', 'youtube', 'pinterest', 'threads', 'snapchat')),
    CONSTRAINT social_posts_post_type_check CHECK (post_type IN ('feed', 'story', 'reel', 'short', 'carousel', 'article', 'pin')),
    CONSTRAINT social_posts_published_has_time CHECK (status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT social_posts_approval_pair CHECK ((approved_by IS NULL) = (approved_at IS NULL)),
    CONSTRAINT social_posts_caption_length CHECK (caption IS NULL OR char_length(caption) <= 63206),
    CONSTRAINT social_posts_link_url_check CHECK (link_url IS NULL OR link_url ~ '^https?://')
);
COMMENT ON TABLE cmis.social_posts IS 'Organic social posts for one connected social account (integration).';
COMMENT ON COLUMN cmis.social_posts.integration_id IS 'Connected social account the post is published to.';
COMMENT ON COLUMN cmis.social_posts.external_post_id IS 'Identifier returned by the platform once published.';
COMMENT ON COLUMN cmis.social_posts.post_number IS 'Human-readable post number (P-10001).';

CREATE TABLE cmis.social_post_media (
    post_media_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    position smallint NOT NULL,
    media_type text NOT NULL,
    storage_url text NOT NULL,
    thumbnail_url text,
    alt_text text,
    mime_type text,
    width integer,
    height integer,
    duration_seconds numeric(8,3),
    file_size_bytes bigint,
    checksum text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT social_post_media_pkey PRIMARY KEY (post_media_id),
    CONSTRAINT social_post_media_type_check CHECK (media_type IN ('image', 'video', 'gif', 'document')),
    CONSTRAINT social_post_media_position_check CHECK (position BETWEEN 0 AND 19),
    CONSTRAINT social_post_media_dimensions_check CHECK ((width IS NULL OR width > 0) AND (height IS NULL OR height > 0)),
    CONSTRAINT social_post_media_video_duration CHECK (media_type <> 'video' OR duration_seconds IS NOT NULL)
);
COMMENT ON TABLE cmis.social_post_media IS 'Ordered media attachments of a post (up to 20, e.g. a carousel).';

CREATE TABLE cmis.social_post_versions (
    post_version_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    version_number integer NOT NULL,
    caption text,
    hashtags text[] DEFAULT '{}'::text[] NOT NULL,
    link_url text,
    edited_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT social_post_versions_pkey PRIMARY KEY (post_version_id),
    CONSTRAINT social_post_versions_number_check CHECK (version_number > 0)
);
COMMENT ON TABLE cmis.social_post_versions IS 'Previous captions of a post, captured by trigger on every edit.';

CREATE TABLE cmis.social_approval_requests (
    approval_request_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    requested_by uuid,
    reviewer_id uuid,
    decision text DEFAULT 'pending' NOT NULL,
    reviewer_comment text,
    due_at timestamptz,
    decided_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT social_approval_requests_pkey PRIMARY KEY (approval_request_id),
    CONSTRAINT social_approval_requests_decision_check CHECK (decision IN ('pending', 'approved', 'rejected', 'changes_requested')),
    CONSTRAINT social_approval_requests_decided_check CHECK ((decision = 'pending') = (decided_at IS NULL))
);
COMMENT ON TABLE cmis.social_approval_requests IS 'Review requests for posts that need approval before scheduling.';

CREATE TABLE cmis.publishing_queues (
    queue_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    name text NOT NULL,
    timezone text DEFAULT 'UTC' NOT NULL,
    posting_slots time[] DEFAULT '{09:00,12:00,17:00}'::time[] NOT NULL,
    active_weekdays smallint[] DEFAULT '{1,2,3,4,5}'::smallint[] NOT NULL,
    max_posts_per_day smallint DEFAULT 5 NOT NULL,
    is_paused boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT publishing_queues_pkey PRIMARY KEY (queue_id),
    CONSTRAINT publishing_queues_max_posts_check CHECK (max_posts_per_day BETWEEN 1 AND 100),
    CONSTRAINT publishing_queues_weekdays_check CHECK (active_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]),
    CONSTRAINT publishing_queues_slots_present CHECK (cardinality(posting_slots) > 0)
);
COMMENT ON TABLE cmis.publishing_queues IS 'Publishing queue of a social account: posts fill its recurring time slots in order.';
COMMENT ON COLUMN cmis.publishing_queues.active_weekdays IS 'ISO weekdays (1 = Monday) on which slots are used.';

CREATE TABLE cmis.publishing_queue_items (
    queue_item_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    queue_id uuid NOT NULL,
    post_id uuid NOT NULL,
    position integer NOT NULL,
    status text DEFAULT 'queued' NOT NULL,
    slot_at timestamptz,
    attempts smallint DEFAULT 0 NOT NULL,
    locked_by text,
    locked_until timestamptz,
    last_error text,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT publishing_queue_items_pkey PRIMARY KEY (queue_item_id),
    CONSTRAINT publishing_queue_items_status_check CHECK (status IN ('queued', 'claimed', 'published', 'failed', 'skipped')),
    CONSTRAINT publishing_queue_items_position_check CHECK (position >= 0),
    CONSTRAINT publishing_queue_items_attempts_check CHECK (attempts BETWEEN 0 AND 10),
    CONSTRAINT publishing_queue_items_lock_pair CHECK ((locked_by IS NULL) = (locked_until IS NULL))
);
COMMENT ON TABLE cmis.publishing_queue_items IS 'Posts waiting in a publishing queue; position is unique per queue (deferred, so items can be reordered).';

CREATE TABLE cmis.scheduled_social_posts (
    scheduled_post_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    integration_id uuid NOT NULL,
    scheduled_for timestamptz NOT NULL,
    timezone text DEFAULT 'UTC' NOT NULL,
    recurrence_rule text,
    status text DEFAULT 'pending' NOT NULL,
    published_at timestamptz,
    attempt_count smallint DEFAULT 0 NOT NULL,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT scheduled_social_posts_pkey PRIMARY KEY (scheduled_post_id),
    CONSTRAINT scheduled_social_posts_status_check CHECK (status IN ('pending', 'publishing', 'published', 'failed', 'cancelled')),
    CONSTRAINT scheduled_social_posts_rrule_check CHECK (recurrence_rule IS NULL OR recurrence_rule ~ '^(RRULE:)?FREQ='),
    CONSTRAINT scheduled_social_posts_published_check CHECK (status <> 'published' OR published_at IS NOT NULL)
);
COMMENT ON TABLE cmis.scheduled_social_posts IS 'Posts scheduled at an explicit time (optionally recurring), outside any queue.';
COMMENT ON COLUMN cmis.scheduled_social_posts.recurrence_rule IS 'iCalendar RRULE for evergreen posts, NULL for one-off.';

CREATE TABLE cmis.social_publish_attempts (
    attempt_id uuid DEFAULT uuidv7() NOT NULL,
    attempt_number bigint NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    scheduled_post_id uuid,
    integration_id uuid NOT NULL,
    started_at timestamptz DEFAULT now() NOT NULL,
    finished_at timestamptz,
    outcome text,
    http_status smallint,
    error_code text,
    response jsonb,
    CONSTRAINT social_publish_attempts_pkey PRIMARY KEY (attempt_id),
    CONSTRAINT social_publish_attempts_outcome_check CHECK (outcome IS NULL OR outcome IN ('success', 'failure', 'retry', 'rate_limited')),
    CONSTRAINT social_publish_attempts_http_status_check CHECK (http_status IS NULL OR http_status BETWEEN 100 AND 599),
    CONSTRAINT social_publish_attempts_finish_after_start CHECK (finished_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE cmis.social_publish_attempts IS 'Each call to a platform publish API, successful or not.';

CREATE TABLE cmis.social_post_metrics (
    post_metric_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    captured_at timestamptz DEFAULT now() NOT NULL,
    impressions bigint DEFAULT 0 NOT NULL,
    reach bigint DEFAULT 0 NOT NULL,
    likes bigint DEFAULT 0 NOT NULL,
    comments bigint DEFAULT 0 NOT NULL,
    shares bigint DEFAULT 0 NOT NULL,
    saves bigint DEFAULT 0 NOT NULL,
    link_clicks bigint DEFAULT 0 NOT NULL,
    video_views bigint DEFAULT 0 NOT NULL,
    engagement_rate numeric(9,6) GENERATED ALWAYS AS (CASE WHEN impressions > 0 THEN round((likes + comments + shares + saves)::numeric / impressions, 6) END) STORED,
    raw_payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT social_post_metrics_pkey PRIMARY KEY (post_metric_id),
    CONSTRAINT social_post_metrics_non_negative CHECK (impressions >= 0 AND reach >= 0 AND likes >= 0 AND comments >= 0 AND shares >= 0 AND saves >= 0 AND link_clicks >= 0 AND video_views >= 0)
);
COMMENT ON TABLE cmis.social_post_metrics IS 'Engagement snapshots of a published post, captured periodically.';
COMMENT ON COLUMN cmis.social_post_metrics.engagement_rate IS '(likes + comments + shares + saves) / impressions.';

CREATE TABLE cmis.social_comments (
    comment_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    post_id uuid NOT NULL,
    parent_comment_id uuid,
    external_comment_id text NOT NULL,
    author_handle text NOT NULL,
    author_external_id text,
    body text NOT NULL,
    sentiment numeric(4,3),
    is_hidden boolean DEFAULT false NOT NULL,
    replied_by uuid,
    replied_at timestamptz,
    commented_at timestamptz NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(author_handle, '') || ' ' || coalesce(body, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT social_comments_pkey PRIMARY KEY (comment_id),
    CONSTRAINT social_comments_sentiment_check CHECK (sentiment IS NULL OR sentiment BETWEEN -1 AND 1),
    CONSTRAINT social_comments_not_own_parent CHECK (parent_comment_id IS DISTINCT FROM comment_id)
);
COMMENT ON TABLE cmis.social_comments IS 'Comments and replies on published posts, pulled from the platform for the inbox.';
COMMENT ON COLUMN cmis.social_comments.sentiment IS 'Model sentiment score in [-1, 1].';

CREATE TABLE cmis.social_hashtag_sets (
    hashtag_set_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    hashtags cmis.hashtag[] NOT NULL,
    platforms text[] DEFAULT '{}'::text[] NOT NULL,
    usage_count integer DEFAULT 0 NOT NULL,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT social_hashtag_sets_pkey PRIMARY KEY (hashtag_set_id),
    CONSTRAINT social_hashtag_sets_size_check CHECK (cardinality(hashtags) BETWEEN 1 AND 30),
    CONSTRAINT social_hashtag_sets_usage_check CHECK (usage_count >= 0)
);
COMMENT ON TABLE cmis.social_hashtag_sets IS 'Reusable named sets of hashtags (at most 30, the Instagram limit).';

-- Views.
CREATE VIEW cmis.social_posts_due_v WITH (security_invoker = true) AS
    SELECT s.scheduled_post_id,
           s.org_id,
           s.post_id,
           s.integration_id,
           p.platform,
           s.scheduled_for,
           s.attempt_count
      FROM cmis.scheduled_social_posts s
      JOIN cmis.social_posts p ON p.post_id = s.post_id
     WHERE s.status = 'pending'
       AND s.scheduled_for <= now()
       AND p.deleted_at IS NULL
       AND p.status IN ('approved', 'scheduled');
COMMENT ON VIEW cmis.social_posts_due_v IS 'Scheduled posts whose time has come and that are approved for publishing.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.social_posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_posts_tenant_isolation ON cmis.social_posts
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_post_media ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_post_media_tenant_isolation ON cmis.social_post_media
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_post_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_post_versions_tenant_isolation ON cmis.social_post_versions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_approval_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_approval_requests_tenant_isolation ON cmis.social_approval_requests
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.publishing_queues ENABLE ROW LEVEL SECURITY;
CREATE POLICY publishing_queues_tenant_isolation ON cmis.publishing_queues
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.publishing_queue_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY publishing_queue_items_tenant_isolation ON cmis.publishing_queue_items
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.scheduled_social_posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY scheduled_social_posts_tenant_isolation ON cmis.scheduled_social_posts
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_publish_attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_publish_attempts_tenant_isolation ON cmis.social_publish_attempts
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_post_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_post_metrics_tenant_isolation ON cmis.social_post_metrics
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.social_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_comments_tenant_isolation ON cmis.social_comments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
CREATE POLICY social_comments_readonly_visible ON cmis.social_comments AS RESTRICTIVE FOR SELECT TO cmis_readonly
    USING (NOT is_hidden);
ALTER TABLE cmis.social_hashtag_sets ENABLE ROW LEVEL SECURITY;
CREATE POLICY social_hashtag_sets_tenant_isolation ON cmis.social_hashtag_sets
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.social_posts, cmis.social_post_media,
    cmis.social_post_versions, cmis.social_approval_requests, cmis.publishing_queues,
    cmis.publishing_queue_items, cmis.scheduled_social_posts, cmis.social_publish_attempts,
    cmis.social_post_metrics, cmis.social_comments, cmis.social_hashtag_sets TO cmis_app;
GRANT SELECT ON cmis.social_posts, cmis.social_post_media, cmis.social_post_versions,
    cmis.social_approval_requests, cmis.publishing_queues, cmis.publishing_queue_items,
    cmis.scheduled_social_posts, cmis.social_publish_attempts, cmis.social_post_metrics,
    cmis.social_comments, cmis.social_hashtag_sets TO cmis_readonly;
GRANT SELECT ON cmis.social_posts_due_v TO cmis_app, cmis_readonly;
