CREATE SCHEMA app;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    name text NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE FUNCTION app.audit_campaign() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE NOTICE 'campaign % %', NEW.campaign_id, TG_OP;
    RETURN NEW;
END
$$;

CREATE TRIGGER campaigns_audit BEFORE INSERT ON app.campaigns
    FOR EACH ROW EXECUTE FUNCTION app.audit_campaign();
