CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TYPE app.campaign_status AS ENUM ('draft', 'active', 'paused');

CREATE DOMAIN app.positive_cents AS bigint
    CONSTRAINT positive_cents_check CHECK (VALUE >= 0);

CREATE SEQUENCE app.invoice_number_seq;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    org_id bigint NOT NULL,
    status app.campaign_status DEFAULT 'draft' NOT NULL,
    budget app.positive_cents,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_budget_cap CHECK (budget < 100000000)
);

CREATE INDEX campaigns_org_id_idx ON app.campaigns (org_id);

ALTER TABLE app.campaigns ENABLE ROW LEVEL SECURITY;

CREATE POLICY campaigns_tenant ON app.campaigns
    USING (org_id = nullif(current_setting('app.current_org_id', true), '')::bigint);

CREATE FUNCTION app.noop_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN NEW;
END
$$;

CREATE TRIGGER campaigns_noop BEFORE UPDATE ON app.campaigns
    FOR EACH ROW EXECUTE FUNCTION app.noop_trigger();

CREATE VIEW app.active_campaigns AS
    SELECT campaign_id, budget FROM app.campaigns WHERE status = 'active';

CREATE MATERIALIZED VIEW app.campaign_totals AS
    SELECT status, count(*) AS n FROM app.campaigns GROUP BY status;

CREATE PROCEDURE app.pause_all()
    LANGUAGE sql
    AS $$ UPDATE app.campaigns SET status = 'paused' WHERE status = 'active' $$;
