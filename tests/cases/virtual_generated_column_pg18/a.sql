CREATE SCHEMA app;

CREATE TABLE app.email_sends (
    campaign_id uuid NOT NULL,
    send_date date NOT NULL,
    delivered integer DEFAULT 0 NOT NULL,
    opened integer DEFAULT 0 NOT NULL,
    CONSTRAINT email_sends_pkey PRIMARY KEY (campaign_id, send_date)
);
