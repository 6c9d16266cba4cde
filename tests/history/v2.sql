-- v2: billing arrives in its own schema, owned and administered by the application role;
-- the ticket table moves to the application role (its serial sequence must follow).
CREATE SCHEMA billing AUTHORIZATION cmis_app;
GRANT USAGE ON SCHEMA billing TO cmis_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app IN SCHEMA billing GRANT SELECT ON TABLES TO cmis_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app IN SCHEMA billing GRANT USAGE ON SEQUENCES TO cmis_readonly;

SET ROLE cmis_app;
CREATE TABLE billing.invoices (
    invoice_id bigserial PRIMARY KEY,
    org_id uuid NOT NULL,
    issued_on date NOT NULL DEFAULT current_date,
    total numeric(14, 2) NOT NULL DEFAULT 0
);
CREATE TABLE billing.invoice_lines (
    invoice_id bigint NOT NULL REFERENCES billing.invoices (invoice_id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    amount numeric(14, 2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);
CREATE VIEW billing.open_invoices AS SELECT invoice_id, org_id, total FROM billing.invoices WHERE total > 0;
RESET ROLE;
-- the application role's own privileges on its future tables from now on, spelled out (stored explicitly)
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app REVOKE ALL ON TABLES FROM cmis_app;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cmis_app;

ALTER TABLE cmis.support_tickets OWNER TO cmis_app;
ALTER TABLE cmis.user_sessions OWNER TO cmis_app;

-- column-level access replaces table-level access for the read-only role on api_keys
REVOKE ALL ON cmis.api_keys FROM cmis_readonly;
GRANT SELECT (api_key_id, org_id, name, key_prefix, created_at) ON cmis.api_keys TO cmis_readonly;
