-- Table-level access replaced by column-level access: the table-level REVOKE must come before
-- the column GRANTs (a REVOKE on the table also takes the same privilege on every column).
CREATE SCHEMA app;
CREATE TABLE app.api_keys (api_key_id uuid PRIMARY KEY, org_id uuid NOT NULL, name text NOT NULL, key_hash bytea NOT NULL);
GRANT SELECT, UPDATE ON app.api_keys TO cmis_readonly;
