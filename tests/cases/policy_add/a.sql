CREATE SCHEMA app;

CREATE FUNCTION app.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $$;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

ALTER TABLE app.campaigns ENABLE ROW LEVEL SECURITY;
