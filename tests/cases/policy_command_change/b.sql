-- Policy command change: campaigns_tenant goes from FOR SELECT to FOR ALL with a WITH CHECK
-- (needs drop + create), and campaigns_insert's WITH CHECK expression changes (ALTER POLICY).
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

CREATE POLICY campaigns_tenant ON app.campaigns FOR ALL
    USING (org_id = app.current_org_id())
    WITH CHECK (org_id = app.current_org_id() AND NOT archived);

CREATE POLICY campaigns_insert ON app.campaigns FOR INSERT
    WITH CHECK (org_id = app.current_org_id() AND NOT archived);
