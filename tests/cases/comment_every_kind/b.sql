-- Comments on every remaining kind, only in B: constraint, index, policy, trigger, extension
-- (replacing pg_trgm's built-in comment), view, sequence, enum type, domain, matview, procedure.
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

COMMENT ON CONSTRAINT campaigns_budget_cap ON app.campaigns IS 'Budget hard cap (1M units).';
COMMENT ON INDEX app.campaigns_org_id_idx IS 'Tenant lookups.';
COMMENT ON POLICY campaigns_tenant ON app.campaigns IS 'Rows visible only to the current org.';
COMMENT ON TRIGGER campaigns_noop ON app.campaigns IS 'Placeholder trigger.';
COMMENT ON EXTENSION pg_trgm IS 'Trigram matching for fuzzy campaign search.';
COMMENT ON VIEW app.active_campaigns IS 'Campaigns currently running.';
COMMENT ON SEQUENCE app.invoice_number_seq IS 'Invoice numbers, gapless not guaranteed.';
COMMENT ON TYPE app.campaign_status IS 'Campaign lifecycle.';
COMMENT ON DOMAIN app.positive_cents IS 'Non-negative amount in cents.';
COMMENT ON MATERIALIZED VIEW app.campaign_totals IS 'Campaign counts per status.';
COMMENT ON PROCEDURE app.pause_all() IS 'Pause every active campaign.';
