-- AI Agent Context
-- Purpose:   Collaboration inside a tenant: teams (nested via ltree path) and their members,
--            threaded comments on any entity with @mentions, and per-user notifications with
--            delivery preferences per type and channel.
-- Tables:    cmis.teams, cmis.team_members, cmis.comments, cmis.comment_mentions,
--            cmis.notifications, cmis.notification_preferences
-- Views:     cmis.team_roster
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id).
--            Sequences in all_sequences.sql, FKs and exclusion constraints in all_constraints.sql,
--            indexes in all_indexes.sql, functions in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE cmis.team_member_role AS ENUM ('owner', 'lead', 'member', 'viewer');
COMMENT ON TYPE cmis.team_member_role IS 'Role of a user inside one team (independent of the org-level RBAC role).';

CREATE TYPE cmis.notification_channel AS ENUM ('in_app', 'email', 'push', 'slack', 'webhook');
COMMENT ON TYPE cmis.notification_channel IS 'Delivery channel of a notification.';

CREATE TABLE cmis.teams (
    team_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    description text,
    parent_team_id uuid,
    path ltree,
    color text,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_by uuid,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT teams_pkey PRIMARY KEY (team_id),
    CONSTRAINT teams_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    CONSTRAINT teams_color_format CHECK (color IS NULL OR color ~ '^#[0-9a-fA-F]{6}$'),
    CONSTRAINT teams_not_own_parent CHECK (parent_team_id IS NULL OR parent_team_id <> team_id)
);
COMMENT ON TABLE cmis.teams IS 'Groups of users inside an org; teams may nest under a parent team.';
COMMENT ON COLUMN cmis.teams.path IS 'Materialised ancestry (ltree of slugs with - replaced by _) for subtree queries.';

CREATE TABLE cmis.team_members (
    team_member_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    team_id uuid NOT NULL,
    user_id uuid NOT NULL,
    member_role cmis.team_member_role DEFAULT 'member' NOT NULL,
    joined_at timestamptz DEFAULT now() NOT NULL,
    left_at timestamptz,
    invited_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT team_members_pkey PRIMARY KEY (team_member_id),
    CONSTRAINT team_members_left_after_joined CHECK (left_at IS NULL OR left_at > joined_at)
);
COMMENT ON TABLE cmis.team_members IS 'Membership periods of users (cmis.users) in teams; periods of one user in one team never overlap.';
COMMENT ON COLUMN cmis.team_members.left_at IS 'End of the membership; NULL while the user is still a member.';

CREATE TABLE cmis.comments (
    comment_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    parent_comment_id uuid,
    thread_root_id uuid,
    author_user_id uuid,
    body text NOT NULL,
    body_format text DEFAULT 'markdown' NOT NULL,
    is_resolved boolean DEFAULT false NOT NULL,
    resolved_by uuid,
    resolved_at timestamptz,
    edited_at timestamptz,
    reactions jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(body, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT comments_pkey PRIMARY KEY (comment_id),
    CONSTRAINT comments_entity_type_check CHECK (entity_type IN ('campaign', 'content_plan', 'creative_asset', 'ad_campaign', 'social_post', 'workflow', 'offering', 'document')),
    CONSTRAINT comments_body_length CHECK (char_length(body) BETWEEN 1 AND 20000),
    CONSTRAINT comments_body_format_check CHECK (body_format IN ('plain', 'markdown')),
    CONSTRAINT comments_resolution_consistent CHECK (is_resolved = (resolved_at IS NOT NULL))
);
COMMENT ON TABLE cmis.comments IS 'Threaded discussion on any entity (polymorphic entity_type + entity_id).';
COMMENT ON COLUMN cmis.comments.thread_root_id IS 'First comment of the thread; NULL on the root itself.';
COMMENT ON COLUMN cmis.comments.reactions IS 'Emoji reactions: {"emoji": ["user_id", ...]}.';

CREATE TABLE cmis.comment_mentions (
    mention_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    comment_id uuid NOT NULL,
    mentioned_user_id uuid,
    mentioned_team_id uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT comment_mentions_pkey PRIMARY KEY (mention_id),
    CONSTRAINT comment_mentions_one_target CHECK (num_nonnulls(mentioned_user_id, mentioned_team_id) = 1)
);
COMMENT ON TABLE cmis.comment_mentions IS '@mentions of a user or a whole team in a comment; each raises a notification.';

CREATE TABLE cmis.notifications (
    notification_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    sequence_number bigint NOT NULL,
    channel cmis.notification_channel DEFAULT 'in_app' NOT NULL,
    notification_type text NOT NULL,
    title text NOT NULL,
    body text,
    link_url text,
    entity_type text,
    entity_id uuid,
    source_comment_id uuid,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    priority smallint DEFAULT 3 NOT NULL,
    delivered_at timestamptz,
    read_at timestamptz,
    expires_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT notifications_pkey PRIMARY KEY (notification_id),
    CONSTRAINT notifications_type_format CHECK (notification_type ~ '^[a-z_]+(\.[a-z_]+)*$'),
    CONSTRAINT notifications_priority_check CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT notifications_link_url_check CHECK (link_url IS NULL OR link_url ~ '^(https?://|/)'),
    CONSTRAINT notifications_expiry_check CHECK (expires_at IS NULL OR expires_at > created_at)
);
COMMENT ON TABLE cmis.notifications IS 'Messages to one user (cmis.users) about activity in the org.';
COMMENT ON COLUMN cmis.notifications.sequence_number IS 'Monotonic number from cmis.notification_sequence_seq for cursor pagination.';
COMMENT ON COLUMN cmis.notifications.read_at IS 'When the recipient read it; NULL means unread.';

CREATE TABLE cmis.notification_preferences (
    preference_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    notification_type text NOT NULL,
    channel cmis.notification_channel NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    digest_frequency text DEFAULT 'immediate' NOT NULL,
    quiet_hours int4range,
    time_zone text DEFAULT 'UTC' NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT notification_preferences_pkey PRIMARY KEY (preference_id),
    CONSTRAINT notification_preferences_digest_check CHECK (digest_frequency IN ('immediate', 'hourly', 'daily', 'weekly', 'never')),
    CONSTRAINT notification_preferences_quiet_hours_check CHECK (quiet_hours IS NULL OR quiet_hours <@ int4range(0, 24, '[]'))
);
COMMENT ON TABLE cmis.notification_preferences IS 'Per user, notification type and channel: on/off, digest frequency and quiet hours.';
COMMENT ON COLUMN cmis.notification_preferences.quiet_hours IS 'Hours of the day (0-24, in time_zone) when nothing is delivered.';

-- Views.
CREATE VIEW cmis.team_roster WITH (security_invoker = true) AS
SELECT t.team_id,
       t.org_id,
       t.name AS team_name,
       t.path,
       tm.user_id,
       u.display_name,
       u.email,
       tm.member_role,
       tm.joined_at
  FROM cmis.teams t
  JOIN cmis.team_members tm ON tm.team_id = t.team_id AND tm.left_at IS NULL
  JOIN cmis.users u ON u.user_id = tm.user_id AND u.deleted_at IS NULL
 WHERE t.deleted_at IS NULL;
COMMENT ON VIEW cmis.team_roster IS 'Current members of every live team with their names; runs with the caller''s RLS.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis.teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_tenant_isolation ON cmis.teams
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.team_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members_tenant_isolation ON cmis.team_members
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_tenant_isolation ON cmis.comments
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.comment_mentions ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_mentions_tenant_isolation ON cmis.comment_mentions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_tenant_isolation ON cmis.notifications
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.notification_preferences ENABLE ROW LEVEL SECURITY;
CREATE POLICY notification_preferences_tenant_isolation ON cmis.notification_preferences
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.teams, cmis.team_members, cmis.comments,
    cmis.comment_mentions, cmis.notifications, cmis.notification_preferences TO cmis_app;
GRANT SELECT ON cmis.teams, cmis.team_members, cmis.comments, cmis.comment_mentions TO cmis_readonly;
GRANT SELECT ON cmis.team_roster TO cmis_app, cmis_readonly;
