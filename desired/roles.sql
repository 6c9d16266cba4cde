-- AI Agent Context
-- Purpose: cluster-wide roles the CMIS schema grants to. Roles are not part of one database, so
--          cmis-diff runs this file (idempotent) on the scratch server before loading desired/,
--          and a plan for a live server lacking one of these roles lists it as a prerequisite.
-- Roles:   cmis_app (the application), cmis_readonly (reporting, read-only).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cmis_app') THEN
        CREATE ROLE cmis_app NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cmis_readonly') THEN
        CREATE ROLE cmis_readonly NOLOGIN;
    END IF;
END
$$;
