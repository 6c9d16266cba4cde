-- AI Agent Context
-- Purpose:   Phase 5: business logic of every domain: trigger functions, tenant helpers,
--            SECURITY DEFINER entry points (each with a fixed search_path), reporting helpers.
-- Tables:    read and written as each function says.
-- Depends:   every domain_*.sql file.

-- shared trigger functions
CREATE FUNCTION cmis.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.set_updated_at() IS 'BEFORE UPDATE trigger: stamps updated_at.';

-- core_identity_and_access
CREATE FUNCTION cmis.user_has_permission(p_user_id uuid, p_org_id uuid, p_permission text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
    SELECT coalesce(
        (SELECT up.is_granted
           FROM cmis.user_permissions up
           JOIN cmis.permissions p ON p.permission_id = up.permission_id
          WHERE up.user_id = p_user_id AND up.org_id = p_org_id AND p.permission_code = p_permission
            AND up.deleted_at IS NULL AND (up.expires_at IS NULL OR up.expires_at > now())
          LIMIT 1),
        EXISTS (SELECT 1
                  FROM cmis.user_orgs uo
                  JOIN cmis.role_permissions rp ON rp.role_id = uo.role_id
                  JOIN cmis.permissions p ON p.permission_id = rp.permission_id
                 WHERE uo.user_id = p_user_id AND uo.org_id = p_org_id AND uo.status = 'active'
                   AND uo.deleted_at IS NULL AND p.permission_code = p_permission))
$$;
COMMENT ON FUNCTION cmis.user_has_permission(uuid, uuid, text) IS 'Effective permission: a per-user override wins over the role.';
REVOKE EXECUTE ON FUNCTION cmis.user_has_permission(uuid, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.user_has_permission(uuid, uuid, text) TO cmis_app;

CREATE FUNCTION cmis.accept_invitation(p_token_hash bytea, p_user_id uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_inv cmis.org_invitations%ROWTYPE;
BEGIN
    SELECT * INTO v_inv FROM cmis.org_invitations
     WHERE token_hash = p_token_hash AND status = 'invited' AND expires_at > now()
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'invitation not found or expired';
    END IF;
    INSERT INTO cmis.user_orgs (user_id, org_id, role_id, status)
    VALUES (p_user_id, v_inv.org_id, v_inv.role_id, 'active')
    ON CONFLICT (user_id, org_id) DO UPDATE SET status = 'active', role_id = EXCLUDED.role_id;
    UPDATE cmis.org_invitations SET status = 'active' WHERE invitation_id = v_inv.invitation_id;
    RETURN v_inv.org_id;
END
$$;
REVOKE EXECUTE ON FUNCTION cmis.accept_invitation(bytea, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.accept_invitation(bytea, uuid) TO cmis_app;

CREATE FUNCTION cmis.active_session_count(p_user_id uuid) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*)::integer FROM cmis.user_sessions
     WHERE user_id = p_user_id AND revoked_at IS NULL AND expires_at > now()
$$;

CREATE FUNCTION cmis.revoke_user_sessions(p_user_id uuid) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE cmis.user_sessions SET revoked_at = now()
     WHERE user_id = p_user_id AND revoked_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

CREATE FUNCTION cmis.prevent_system_role_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.is_system THEN
        RAISE EXCEPTION 'system role % cannot be changed', OLD.role_name;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
