CREATE SCHEMA app;

CREATE TABLE app.ad_spend_daily (
    campaign_id uuid NOT NULL,
    spend_date date NOT NULL,
    spend_cents bigint DEFAULT 0 NOT NULL,
    CONSTRAINT ad_spend_daily_pkey PRIMARY KEY (campaign_id, spend_date)
);

CREATE FUNCTION app.campaign_spend(p_campaign_id uuid) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(spend_cents), 0)::bigint FROM app.ad_spend_daily WHERE campaign_id = p_campaign_id $$;

-- Same name, extra arguments: a second overload, not a replacement.
CREATE FUNCTION app.campaign_spend(p_campaign_id uuid, p_from date, p_to date) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
        SELECT coalesce(sum(spend_cents), 0)::bigint
        FROM app.ad_spend_daily
        WHERE campaign_id = p_campaign_id AND spend_date BETWEEN p_from AND p_to
    $$;
