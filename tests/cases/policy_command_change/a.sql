CREATE SCHEMA app;

CREATE FUNCTION app.current_org_id() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::bigint $$;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    org_id bigint NOT NULL,
    name text NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

ALTER TABLE app.campaigns ENABLE ROW LEVEL SECURITY;

CREATE POLICY campaigns_tenant ON app.campaigns FOR SELECT
    USING (org_id = app.current_org_id());

CREATE POLICY campaigns_insert ON app.campaigns FOR INSERT
    WITH CHECK (org_id = app.current_org_id());
