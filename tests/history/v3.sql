-- v3: per-user permission overrides become a view over the role grants; a reporting function's
-- parameter is renamed; a view's columns renamed and retyped; priorities get bigint keys.
DROP TABLE cmis.user_permissions;
CREATE VIEW cmis.user_permissions AS
SELECT uo.user_id, uo.org_id, rp.permission_id, true AS is_granted
  FROM cmis.user_orgs uo JOIN cmis.role_permissions rp ON rp.role_id = uo.role_id;
GRANT SELECT ON cmis.user_permissions TO cmis_readonly;

DROP VIEW cmis.v_org_summary;
DROP FUNCTION cmis.campaign_count(uuid);
CREATE FUNCTION cmis.campaign_count(org uuid) RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM cmis.campaigns WHERE org_id = org $$;
CREATE VIEW cmis.v_org_summary AS
SELECT o.org_id, o.name AS org_name, o.slug::varchar(64) AS slug, cmis.campaign_count(o.org_id) AS campaigns
  FROM cmis.orgs o;
GRANT SELECT ON cmis.v_org_summary TO cmis_readonly;

ALTER TABLE cmis.support_tickets ALTER COLUMN priority_id TYPE bigint;
ALTER TABLE cmis.ticket_priorities ALTER COLUMN priority_id TYPE bigint;

-- a grant taken back, another given
REVOKE SELECT ON cmis.support_tickets FROM cmis_readonly;
GRANT SELECT, UPDATE ON cmis.support_tickets TO cmis_app;
GRANT SELECT (ticket_no, subject) ON cmis.support_tickets TO cmis_readonly;
