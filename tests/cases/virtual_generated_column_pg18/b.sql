CREATE SCHEMA app;

-- PG18: computed on read, not stored.
CREATE TABLE app.email_sends (
    campaign_id uuid NOT NULL,
    send_date date NOT NULL,
    delivered integer DEFAULT 0 NOT NULL,
    opened integer DEFAULT 0 NOT NULL,
    open_rate numeric GENERATED ALWAYS AS (CASE WHEN delivered > 0 THEN round(opened::numeric / delivered, 4) END) VIRTUAL,
    CONSTRAINT email_sends_pkey PRIMARY KEY (campaign_id, send_date)
);
