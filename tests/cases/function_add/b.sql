CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    budget_cents bigint DEFAULT 0 NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE FUNCTION app.org_total_budget(p_org_id uuid) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(budget_cents), 0)::bigint FROM app.campaigns WHERE org_id = p_org_id $$;
