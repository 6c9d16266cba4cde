-- Domain default and nullability: DEFAULT 'USD' -> DEFAULT 'EUR', and the domain becomes NOT NULL.
CREATE SCHEMA app;

CREATE DOMAIN app.currency_code AS text DEFAULT 'EUR' NOT NULL
    CONSTRAINT currency_code_check CHECK (VALUE ~ '^[A-Z]{3}$');

CREATE TABLE app.prices (
    price_id bigint NOT NULL,
    currency app.currency_code,
    CONSTRAINT prices_pkey PRIMARY KEY (price_id)
);
