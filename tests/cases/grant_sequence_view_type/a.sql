CREATE SCHEMA app;

CREATE TYPE app.campaign_status AS ENUM ('draft', 'active', 'paused');

CREATE DOMAIN app.positive_cents AS bigint
    CONSTRAINT positive_cents_check CHECK (VALUE >= 0);

CREATE SEQUENCE app.invoice_number_seq;

CREATE TABLE app.campaigns (
    campaign_id bigint NOT NULL,
    status app.campaign_status DEFAULT 'draft' NOT NULL,
    budget app.positive_cents,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id)
);

CREATE VIEW app.active_campaigns AS
    SELECT campaign_id, budget FROM app.campaigns WHERE status = 'active';
