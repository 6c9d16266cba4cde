-- AI Agent Context
-- Purpose:   Phase 4: performance indexes of every domain (not those backing constraints):
--            foreign-key lookups, partial indexes that skip soft-deleted rows, GIN indexes on
--            tsvector/jsonb/trigram, HNSW indexes on vector embeddings.
-- Tables:    all domains' tables (see the section headers).
-- Depends:   every domain_*.sql file and all_constraints.sql.

-- core_identity_and_access
CREATE INDEX orgs_active_idx ON cmis.orgs (name) WHERE deleted_at IS NULL;
CREATE INDEX users_search_idx ON cmis.users USING gin (search_vector);
CREATE INDEX users_display_name_trgm_idx ON cmis.users USING gin (display_name gin_trgm_ops);
CREATE INDEX users_active_idx ON cmis.users (lower(email::text)) WHERE deleted_at IS NULL;
CREATE INDEX user_orgs_org_id_idx ON cmis.user_orgs (org_id) WHERE deleted_at IS NULL;
CREATE INDEX user_orgs_role_id_idx ON cmis.user_orgs (role_id);
CREATE INDEX roles_org_id_idx ON cmis.roles (org_id) WHERE deleted_at IS NULL;
CREATE INDEX role_permissions_permission_id_idx ON cmis.role_permissions (permission_id);
CREATE INDEX user_permissions_user_org_idx ON cmis.user_permissions (user_id, org_id) INCLUDE (permission_id, is_granted) WHERE deleted_at IS NULL;
CREATE INDEX user_sessions_user_id_idx ON cmis.user_sessions (user_id, last_seen_at DESC);
CREATE INDEX user_sessions_expires_idx ON cmis.user_sessions USING brin (expires_at);
CREATE INDEX api_keys_org_id_idx ON cmis.api_keys (org_id) WHERE deleted_at IS NULL;
CREATE INDEX org_invitations_org_email_idx ON cmis.org_invitations (org_id, email);
