-- PUBLIC and grant options, only in B: SELECT WITH GRANT OPTION to cmis_readonly, EXECUTE revoked
-- from PUBLIC on a function, SELECT granted to PUBLIC on a table.
CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    name text NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE TABLE app.countries (
    country_code text NOT NULL,
    name text NOT NULL,
    CONSTRAINT countries_pkey PRIMARY KEY (country_code)
);

CREATE FUNCTION app.purge_archived() RETURNS integer
    LANGUAGE sql
    AS $$ SELECT 0 $$;

GRANT SELECT ON TABLE app.campaigns TO cmis_readonly WITH GRANT OPTION;
REVOKE EXECUTE ON FUNCTION app.purge_archived() FROM PUBLIC;
GRANT SELECT ON TABLE app.countries TO PUBLIC;
