-- An input parameter renamed: CREATE OR REPLACE refuses ("cannot change name of input
-- parameter"); the function is dropped and re-created, with the view that calls it and its grant.
CREATE SCHEMA app;
CREATE TABLE app.campaigns (campaign_id uuid PRIMARY KEY, org_id uuid NOT NULL);
CREATE FUNCTION app.campaign_count(p_org uuid) RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.campaigns WHERE org_id = p_org $$;
CREATE VIEW app.org_counts AS SELECT DISTINCT org_id, app.campaign_count(org_id) AS n FROM app.campaigns;
GRANT EXECUTE ON FUNCTION app.campaign_count(uuid) TO cmis_readonly;
