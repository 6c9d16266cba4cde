CREATE SCHEMA app;
CREATE TABLE app.campaigns (campaign_id uuid PRIMARY KEY, org_id uuid NOT NULL, name text NOT NULL,
    status text NOT NULL DEFAULT 'draft', budget numeric(14,2), starts_on date, ends_on date, channel text,
    CONSTRAINT campaigns_dates CHECK (ends_on IS NULL OR ends_on >= starts_on));
CREATE TABLE app.spend (campaign_id uuid NOT NULL REFERENCES app.campaigns, day date NOT NULL, amount numeric(14,2) NOT NULL);
CREATE VIEW app.v_campaign_spend AS
    SELECT c.campaign_id, c.name, coalesce(sum(s.amount), 0) AS spent,
           CASE WHEN c.budget IS NULL THEN NULL ELSE c.budget - coalesce(sum(s.amount), 0) END AS remaining
      FROM app.campaigns c LEFT JOIN app.spend s USING (campaign_id)
     WHERE c.status <> 'archived'
     GROUP BY c.campaign_id, c.name, c.budget;
CREATE VIEW app.v_active AS SELECT campaign_id, name, channel FROM app.campaigns WHERE status IN ('active', 'paused', 'scheduled') AND starts_on <= current_date;
CREATE FUNCTION app.total_spend(p_campaign uuid) RETURNS numeric LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(amount), 0) FROM app.spend WHERE campaign_id = p_campaign $$;
CREATE FUNCTION app.days_left(p_campaign uuid) RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE v date;
BEGIN
    SELECT ends_on INTO v FROM app.campaigns WHERE campaign_id = p_campaign;
    RETURN greatest(v - current_date, 0);
END $$;
CREATE FUNCTION app.is_over_budget(p_campaign uuid) RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT app.total_spend(p_campaign) > coalesce((SELECT budget FROM app.campaigns WHERE campaign_id = p_campaign), 0);
END;
COMMENT ON VIEW app.v_campaign_spend IS 'Spend per campaign';
