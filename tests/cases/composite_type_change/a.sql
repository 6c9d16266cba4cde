CREATE SCHEMA app;

CREATE TYPE app.money_amount AS (
    amount_cents bigint,
    currency text
);
