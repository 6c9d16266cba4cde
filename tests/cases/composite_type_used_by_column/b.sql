CREATE SCHEMA app;
CREATE TYPE app.money_amount AS (amount numeric(14, 2), currency char(3));
COMMENT ON TYPE app.money_amount IS 'An amount in a currency.';
CREATE TABLE app.budgets (budget_id uuid PRIMARY KEY, planned app.money_amount NOT NULL, spent app.money_amount);
CREATE FUNCTION app.remaining(b app.budgets) RETURNS app.money_amount LANGUAGE sql IMMUTABLE
    RETURN ROW((b.planned).amount - coalesce((b.spent).amount, 0), (b.planned).currency)::app.money_amount;
CREATE VIEW app.budget_left AS SELECT budget_id, app.remaining(b) AS remaining FROM app.budgets b;
