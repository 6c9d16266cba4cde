CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL, slug text NOT NULL);
CREATE VIEW app.org_summary AS SELECT org_id, name AS org_name, slug::varchar(64) AS slug FROM app.orgs;
COMMENT ON VIEW app.org_summary IS 'One row per org.';
GRANT SELECT ON app.org_summary TO cmis_readonly;
CREATE VIEW app.org_names AS SELECT org_id FROM app.org_summary;
CREATE FUNCTION app.org_count() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT count(*) FROM app.org_summary; END;
