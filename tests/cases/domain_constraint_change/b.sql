CREATE SCHEMA app;

CREATE DOMAIN app.currency_code AS char(3)
    CONSTRAINT currency_code_format CHECK (VALUE IN ('USD', 'EUR', 'GBP', 'SAR', 'AED'));

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    currency app.currency_code DEFAULT 'USD' NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id)
);
