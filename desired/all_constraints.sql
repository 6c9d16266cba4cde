-- AI Agent Context
-- Purpose:   Phase 4: foreign keys, unique and exclusion constraints of every domain, added after
--            all tables exist. Primary keys and simple CHECKs stay inline in the domain files.
-- Tables:    all domains' tables (see the section headers).
-- Depends:   every domain_*.sql file.

-- core_identity_and_access
ALTER TABLE cmis.orgs ADD CONSTRAINT orgs_slug_key UNIQUE (slug);
ALTER TABLE cmis.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE cmis.roles ADD CONSTRAINT roles_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id) ON DELETE CASCADE;
ALTER TABLE cmis.roles ADD CONSTRAINT roles_org_name_key UNIQUE NULLS NOT DISTINCT (org_id, role_name);
ALTER TABLE cmis.permissions ADD CONSTRAINT permissions_code_key UNIQUE (permission_code);
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_user_id_fkey FOREIGN KEY (user_id) REFERENCES cmis.users (user_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_role_id_fkey FOREIGN KEY (role_id) REFERENCES cmis.roles (role_id) ON DELETE SET NULL;
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_user_org_key UNIQUE (user_id, org_id);
ALTER TABLE cmis.role_permissions ADD CONSTRAINT role_permissions_role_id_fkey FOREIGN KEY (role_id) REFERENCES cmis.roles (role_id) ON DELETE CASCADE;
ALTER TABLE cmis.role_permissions ADD CONSTRAINT role_permissions_permission_id_fkey FOREIGN KEY (permission_id) REFERENCES cmis.permissions (permission_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_permissions ADD CONSTRAINT user_permissions_user_id_fkey FOREIGN KEY (user_id) REFERENCES cmis.users (user_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_permissions ADD CONSTRAINT user_permissions_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_permissions ADD CONSTRAINT user_permissions_permission_id_fkey FOREIGN KEY (permission_id) REFERENCES cmis.permissions (permission_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_permissions ADD CONSTRAINT user_permissions_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES cmis.users (user_id) ON DELETE SET NULL;
ALTER TABLE cmis.user_sessions ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES cmis.users (user_id) ON DELETE CASCADE;
ALTER TABLE cmis.user_sessions ADD CONSTRAINT user_sessions_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id) ON DELETE SET NULL;
ALTER TABLE cmis.api_keys ADD CONSTRAINT api_keys_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id) ON DELETE CASCADE;
ALTER TABLE cmis.api_keys ADD CONSTRAINT api_keys_created_by_fkey FOREIGN KEY (created_by) REFERENCES cmis.users (user_id) ON DELETE SET NULL;
ALTER TABLE cmis.api_keys ADD CONSTRAINT api_keys_key_prefix_key UNIQUE (key_prefix);
ALTER TABLE cmis.org_invitations ADD CONSTRAINT org_invitations_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id) ON DELETE CASCADE;
ALTER TABLE cmis.org_invitations ADD CONSTRAINT org_invitations_role_id_fkey FOREIGN KEY (role_id) REFERENCES cmis.roles (role_id) ON DELETE SET NULL;
ALTER TABLE cmis.org_invitations ADD CONSTRAINT org_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES cmis.users (user_id) ON DELETE SET NULL;
ALTER TABLE cmis.user_sessions ADD CONSTRAINT user_sessions_no_overlap EXCLUDE USING gist (session_id WITH =, tstzrange(started_at, expires_at) WITH &&);
