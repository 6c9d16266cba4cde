CREATE SCHEMA app;
CREATE TABLE app.api_keys (api_key_id uuid PRIMARY KEY, org_id uuid NOT NULL, name text NOT NULL, key_hash bytea NOT NULL);
GRANT SELECT (api_key_id, org_id, name) ON app.api_keys TO cmis_readonly;
GRANT UPDATE (name) ON app.api_keys TO cmis_readonly;
