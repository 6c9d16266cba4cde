CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    name text NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION app.log_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
    RETURN NULL;
END
$$;

CREATE TRIGGER campaigns_touch_updated_at BEFORE UPDATE ON app.campaigns
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TRIGGER campaigns_log_change AFTER INSERT OR UPDATE OR DELETE ON app.campaigns
    FOR EACH ROW EXECUTE FUNCTION app.log_change();
