CREATE SCHEMA app;
CREATE TABLE app.invoices (
    invoice_id uuid PRIMARY KEY,
    org_id uuid NOT NULL,
    total numeric(14, 2) NOT NULL DEFAULT 0,
    due_on date,
    currency char(3) NOT NULL DEFAULT 'USD',
    paid_on date,
    balance numeric(14, 2) GENERATED ALWAYS AS (total) STORED,
    reference text
);
