-- v1: the first production release. Keys and ownership are set up the way a team does it by
-- hand: FKs between the identity tables, the application role owns its tables, default
-- privileges for what the application creates later, EXECUTE revoked from PUBLIC by default.
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_user_id_fkey FOREIGN KEY (user_id) REFERENCES cmis.users (user_id);
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id);
ALTER TABLE cmis.user_orgs ADD CONSTRAINT user_orgs_role_id_fkey FOREIGN KEY (role_id) REFERENCES cmis.roles (role_id);
ALTER TABLE cmis.campaigns ADD CONSTRAINT campaigns_org_id_fkey FOREIGN KEY (org_id) REFERENCES cmis.orgs (org_id);
ALTER TABLE cmis.team_members ADD CONSTRAINT team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES cmis.teams (team_id) ON DELETE CASCADE;

-- a ticket counter: serial (a sequence OWNED BY the column)
CREATE TABLE cmis.support_tickets (
    ticket_no serial PRIMARY KEY,
    org_id uuid NOT NULL REFERENCES cmis.orgs (org_id),
    subject text NOT NULL,
    opened_at timestamptz DEFAULT now() NOT NULL
);
GRANT SELECT ON cmis.support_tickets TO cmis_readonly;

-- a lookup with an integer key, referenced by another table
CREATE TABLE cmis.ticket_priorities (priority_id integer PRIMARY KEY, label text NOT NULL UNIQUE);
ALTER TABLE cmis.support_tickets ADD COLUMN priority_id integer REFERENCES cmis.ticket_priorities (priority_id);

-- reporting helpers
CREATE FUNCTION cmis.campaign_count(p_org uuid) RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM cmis.campaigns WHERE org_id = p_org $$;
CREATE VIEW cmis.v_org_summary AS
SELECT o.org_id, o.name, o.slug, cmis.campaign_count(o.org_id) AS campaigns FROM cmis.orgs o;
GRANT SELECT ON cmis.v_org_summary TO cmis_readonly;
CREATE TYPE cmis.ticket_stats AS (open_tickets bigint, oldest timestamptz);
CREATE FUNCTION cmis.ticket_stats_for(p_org uuid) RETURNS cmis.ticket_stats
    LANGUAGE sql STABLE AS $$ SELECT count(*), min(opened_at) FROM cmis.support_tickets WHERE org_id = p_org $$;

-- ownership and default privileges
ALTER TABLE cmis.api_keys OWNER TO cmis_app;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app IN SCHEMA cmis GRANT SELECT ON TABLES TO cmis_readonly;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
