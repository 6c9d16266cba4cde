-- v4: billing is folded back into cmis (its schema goes, and the default privileges in it); the read-only
-- role may no longer see new tables by default; sessions return to the owner of the schema.
DROP SCHEMA billing CASCADE;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app IN SCHEMA cmis REVOKE SELECT ON TABLES FROM cmis_readonly;
ALTER TABLE cmis.user_sessions OWNER TO postgres;

CREATE SCHEMA reporting;
GRANT USAGE ON SCHEMA reporting TO cmis_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO cmis_readonly;
CREATE MATERIALIZED VIEW reporting.tickets_per_org AS
SELECT org_id, count(*) AS tickets FROM cmis.support_tickets GROUP BY org_id;
CREATE TABLE cmis.invoices (
    invoice_id uuid DEFAULT uuidv7() PRIMARY KEY,
    org_id uuid NOT NULL REFERENCES cmis.orgs (org_id),
    issued_on date NOT NULL DEFAULT current_date,
    total numeric(14, 2) NOT NULL DEFAULT 0
);
ALTER TABLE cmis.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant_isolation ON cmis.invoices USING (org_id = cmis.current_org_id());
