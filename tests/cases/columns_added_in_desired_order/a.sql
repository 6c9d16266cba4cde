-- Several columns added to one table land in desired's order (not sorted by name).
CREATE SCHEMA app;
CREATE TABLE app.invoices (invoice_id uuid PRIMARY KEY, org_id uuid NOT NULL);
