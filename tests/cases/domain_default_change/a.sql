CREATE SCHEMA app;

CREATE DOMAIN app.currency_code AS text DEFAULT 'USD'
    CONSTRAINT currency_code_check CHECK (VALUE ~ '^[A-Z]{3}$');

CREATE TABLE app.prices (
    price_id bigint NOT NULL,
    currency app.currency_code,
    CONSTRAINT prices_pkey PRIMARY KEY (price_id)
);
