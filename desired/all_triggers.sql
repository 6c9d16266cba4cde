-- AI Agent Context
-- Purpose:   Phase 5: triggers of every domain: updated_at stamps, audit capture, guards.
-- Tables:    as each trigger says.
-- Depends:   all_functions.sql.

-- core_identity_and_access
CREATE TRIGGER orgs_set_updated_at BEFORE UPDATE ON cmis.orgs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON cmis.users
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER user_orgs_set_updated_at BEFORE UPDATE ON cmis.user_orgs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER roles_set_updated_at BEFORE UPDATE ON cmis.roles
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER roles_protect_system BEFORE UPDATE OR DELETE ON cmis.roles
    FOR EACH ROW WHEN (OLD.is_system) EXECUTE FUNCTION cmis.prevent_system_role_change();
