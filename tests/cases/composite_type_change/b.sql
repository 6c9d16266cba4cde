-- Composite type change: an unused composite type gains one attribute (ALTER TYPE ... ADD ATTRIBUTE).
CREATE SCHEMA app;

CREATE TYPE app.money_amount AS (
    amount_cents bigint,
    currency text,
    exchange_rate numeric(12,6)
);
