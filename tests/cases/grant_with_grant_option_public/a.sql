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
