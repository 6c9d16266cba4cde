CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TABLE app.plan_prices (
    plan_code text NOT NULL,
    valid_during tstzrange NOT NULL,
    monthly_price_cents integer NOT NULL,
    CONSTRAINT plan_prices_pkey PRIMARY KEY (plan_code, valid_during)
);
