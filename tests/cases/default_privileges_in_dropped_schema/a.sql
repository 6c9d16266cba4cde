-- Default privileges inside a schema the plan drops go with the schema (no ALTER DEFAULT
-- PRIVILEGES naming it after the DROP SCHEMA); reverse: created after the schema.
CREATE SCHEMA app;
CREATE SCHEMA billing AUTHORIZATION cmis_app;
GRANT USAGE ON SCHEMA billing TO cmis_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app IN SCHEMA billing GRANT SELECT ON TABLES TO cmis_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE cmis_app IN SCHEMA billing GRANT USAGE ON SEQUENCES TO cmis_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT EXECUTE ON FUNCTIONS TO cmis_app;
CREATE TABLE billing.invoices (invoice_id bigserial PRIMARY KEY);
ALTER TABLE billing.invoices OWNER TO cmis_app;
