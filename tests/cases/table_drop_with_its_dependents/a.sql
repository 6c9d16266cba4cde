-- Two tables dropped together with their own constraints, triggers and policies, and a foreign
-- key from a table that stays; the trigger function goes too (after its table).
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.campaigns (
    campaign_id uuid PRIMARY KEY,
    org_id uuid NOT NULL REFERENCES app.orgs (org_id),
    code text NOT NULL UNIQUE,
    budget numeric CHECK (budget >= 0),
    updated_at timestamptz
);
CREATE TABLE app.ads (
    ad_id uuid PRIMARY KEY,
    campaign_id uuid NOT NULL REFERENCES app.campaigns (campaign_id),
    org_id uuid NOT NULL
);
CREATE TABLE app.reports (
    report_id uuid PRIMARY KEY,
    campaign_id uuid REFERENCES app.campaigns (campaign_id)
);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER campaigns_touch BEFORE UPDATE ON app.campaigns FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaigns_tenant ON app.campaigns USING (org_id = current_setting('app.org_id')::uuid);
ALTER TABLE app.ads ENABLE ROW LEVEL SECURITY;
CREATE POLICY ads_tenant ON app.ads USING (org_id = current_setting('app.org_id')::uuid);
